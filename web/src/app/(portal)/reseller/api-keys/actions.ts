'use server';
import { randomUUID } from 'node:crypto';
import { revalidatePath } from 'next/cache';
import { serverApi } from '../../../../lib/api-server';
import { type FormState, problemState, sentValues } from '../form-state';
import { requireReseller } from '../reseller-caller';

/** Scopes a reseller's key may carry (API_KEY_SCOPES of @carillon/domain). */
export type Scope =
  | 'tenants:read'
  | 'tenants:write'
  | 'numbers:read'
  | 'numbers:write'
  | 'users:read'
  | 'users:write'
  | 'devices:read'
  | 'devices:write'
  | 'routing:read'
  | 'routing:write'
  | 'cdrs:read'
  | 'audit:read'
  | 'webhooks:read'
  | 'webhooks:write';

export interface CreatedKey {
  readonly name: string;
  /** The whole key, in this answer only: the API keeps its hash. */
  readonly key: string;
}

/** POST /resellers/{r}/api-keys: the new key comes back once, to be shown once. */
export async function createKey(
  _previous: FormState<CreatedKey>,
  form: FormData,
): Promise<FormState<CreatedKey>> {
  const { resellerId } = await requireReseller();
  const name = String(form.get('name') ?? '').trim();
  const scopes = form.getAll('scopes').map(String) as Scope[];
  const { data, error, response } = await (await serverApi()).POST('/resellers/{resellerId}/api-keys', {
    params: { path: { resellerId }, header: { 'idempotency-key': randomUUID() } },
    body: { name, scopes },
  });
  if (data === undefined) return { ...problemState(error, response.status), values: sentValues(form) };
  revalidatePath('/reseller/api-keys');
  return { done: { name: data.name, key: data.key } };
}

/** DELETE …/api-keys/{id}: refused from the next request on; the record stays for the audit trail. */
export async function revokeKey(_previous: FormState, form: FormData): Promise<FormState> {
  const { resellerId } = await requireReseller();
  const apiKeyId = String(form.get('apiKeyId') ?? '');
  const { error, response } = await (await serverApi()).DELETE(
    '/resellers/{resellerId}/api-keys/{apiKeyId}',
    {
      params: {
        path: { resellerId, apiKeyId },
        // Any version: every use of a key bumps it (lastUsedAt), and revoking does not depend on what changed.
        header: { 'if-match': '*' },
      },
    },
  );
  if (!response.ok) return problemState(error, response.status);
  revalidatePath('/reseller/api-keys');
  return {};
}
