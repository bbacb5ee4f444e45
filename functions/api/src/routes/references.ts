import type { ApiDeps } from '../deps';
import { ApiError, type ProblemField } from '../http/problem';

/** 422 naming each field, as the validation hook words it for a body that breaks the schema. */
export function unprocessable(errors: readonly ProblemField[]): ApiError {
  return new ApiError({
    status: 422,
    title: 'Unprocessable Content',
    code: 'validation-failed',
    detail: 'the request body is not valid',
    errors,
  });
}

/** Kinds of tenant items a body may refer to by id, and where the store keeps them. */
export type ReferenceKind =
  | 'user'
  | 'site'
  | 'group'
  | 'queue'
  | 'ivr'
  | 'voicemail-box'
  | 'extension'
  | 'trunk'
  | 'device';

/**
 * Whether the tenant has the item a body names. A reference to another
 * tenant's item reads as one to an item that does not exist: the store's
 * keys start with the tenant, so it is simply not found.
 */
export async function referenceExists(
  deps: ApiDeps,
  tenantId: string,
  kind: ReferenceKind,
  id: string,
): Promise<boolean> {
  const scope = { tenantId };
  const { store } = deps;
  const repository = {
    user: store.users,
    site: store.sites,
    group: store.groups,
    queue: store.queues,
    ivr: store.ivrs,
    'voicemail-box': store.voicemailBoxes,
    extension: store.extensions,
    trunk: store.trunks,
    device: store.devices,
  }[kind];
  return (await repository.find(scope, id)) !== undefined;
}

/** Throws 422 naming `field` when the tenant has no such item. */
export async function requireReference(
  deps: ApiDeps,
  tenantId: string,
  field: string,
  kind: ReferenceKind,
  id: string | null | undefined,
): Promise<void> {
  if (id === null || id === undefined) return;
  if (!(await referenceExists(deps, tenantId, kind, id))) {
    throw unprocessable([{ field, message: `${field} names no ${kind} of this tenant` }]);
  }
}
