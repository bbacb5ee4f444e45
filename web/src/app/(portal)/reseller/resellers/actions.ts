'use server';
import { randomUUID } from 'node:crypto';
import { revalidatePath } from 'next/cache';
import { getI18n } from '../../../../i18n/server';
import { serverApi } from '../../../../lib/api-server';
import { type FormState, problemState, sentValues } from '../form-state';
import { requireReseller } from '../reseller-caller';

/** A whole number from a field; empty is "no limit" (null); undefined when it is not a number. */
function limit(form: FormData, name: string): number | null | undefined {
  const value = String(form.get(name) ?? '').trim();
  if (value === '') return null;
  return /^\d{1,7}$/.test(value) ? Number(value) : undefined;
}

/** POST /resellers/{r}/resellers: a sub-reseller directly below the caller's reseller. */
export async function createSubReseller(
  _previous: FormState<string>,
  form: FormData,
): Promise<FormState<string>> {
  const { resellerId } = await requireReseller();
  const { t } = await getI18n();
  const maxTenants = limit(form, 'limits.maxTenants');
  const maxUsers = limit(form, 'limits.maxUsers');
  if (maxTenants === undefined || maxUsers === undefined) {
    return {
      values: sentValues(form),
      errors: {
        ...(maxTenants === undefined ? { 'limits.maxTenants': t('customers.wholeNumber') } : {}),
        ...(maxUsers === undefined ? { 'limits.maxUsers': t('customers.wholeNumber') } : {}),
      },
    };
  }
  const { data, error, response } = await (await serverApi()).POST('/resellers/{resellerId}/resellers', {
    params: { path: { resellerId }, header: { 'idempotency-key': randomUUID() } },
    body: {
      name: String(form.get('name') ?? '').trim(),
      contactEmail: String(form.get('contactEmail') ?? '').trim(),
      // Sub-resellers of a sub-reseller are the parent's decision later (PATCH by the parent).
      limits: { maxTenants, maxUsers, maxSubResellerDepth: 0 },
    },
  });
  if (data === undefined) return { ...problemState(error, response.status), values: sentValues(form) };
  revalidatePath('/reseller/resellers');
  return { done: data.name };
}
