'use server';
import { randomUUID } from 'node:crypto';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getI18n } from '../../../../i18n/server';
import { serverApi } from '../../../../lib/api-server';
import { etag, type FormState, problemState, sentValues } from '../form-state';
import { requireReseller } from '../reseller-caller';

function text(form: FormData, name: string): string {
  return String(form.get(name) ?? '').trim();
}

/** A whole number from a field; empty is "no limit" (null); undefined when it is not a number. */
function limit(form: FormData, name: string): number | null | undefined {
  const value = text(form, name);
  if (value === '') return null;
  return /^\d{1,7}$/.test(value) ? Number(value) : undefined;
}

/** POST /resellers/{r}/tenants; the API's field errors come back to the form. */
export async function createCustomer(_previous: FormState, form: FormData): Promise<FormState> {
  const { resellerId } = await requireReseller();
  const { t } = await getI18n();
  const maxUsers = limit(form, 'limits.maxUsers');
  const maxConcurrentCalls = limit(form, 'limits.maxConcurrentCalls');
  if (maxUsers === undefined || maxConcurrentCalls === undefined) {
    return {
      values: sentValues(form),
      errors: {
        ...(maxUsers === undefined ? { 'limits.maxUsers': t('customers.wholeNumber') } : {}),
        ...(maxConcurrentCalls === undefined
          ? { 'limits.maxConcurrentCalls': t('customers.wholeNumber') }
          : {}),
      },
    };
  }
  const body = {
    name: text(form, 'name'),
    slug: text(form, 'slug'),
    country: text(form, 'country').toUpperCase(),
    timeZone: text(form, 'timeZone'),
    language: text(form, 'language'),
    limits: {
      maxUsers,
      maxConcurrentCalls,
      maxOutboundCallsPerMinute: 20,
      allowInternational: form.get('limits.allowInternational') === 'on',
      dailySpendLimit: null,
    },
  };
  const { data, error, response } = await (await serverApi()).POST('/resellers/{resellerId}/tenants', {
    params: { path: { resellerId }, header: { 'idempotency-key': randomUUID() } },
    body,
  });
  if (data === undefined) return { ...problemState(error, response.status), values: sentValues(form) };
  revalidatePath('/reseller/customers');
  redirect(`/reseller/customers/${data.id}`);
}

/** Suspend, resume, restore or delete a customer, at the version the page showed (If-Match). */
export async function changeCustomerStatus(_previous: FormState, form: FormData): Promise<FormState> {
  await requireReseller();
  const tenantId = text(form, 'tenantId');
  const step = text(form, 'step');
  const ifMatch = etag(Number(text(form, 'version')));
  const api = await serverApi();
  const params = { path: { tenantId }, header: { 'if-match': ifMatch } };
  const result =
    step === 'delete'
      ? await api.DELETE('/tenants/{tenantId}', { params })
      : step === 'suspend'
        ? await api.POST('/tenants/{tenantId}/suspend', { params })
        : step === 'resume'
          ? await api.POST('/tenants/{tenantId}/resume', { params })
          : step === 'restore'
            ? await api.POST('/tenants/{tenantId}/restore', { params })
            : undefined;
  if (result === undefined) return { problem: `unknown step ${step}` };
  if (result.data === undefined) return problemState(result.error, result.response.status);
  revalidatePath(`/reseller/customers/${tenantId}`);
  revalidatePath('/reseller/customers');
  return {};
}

/** POST /tenants/{t}/numbers: a DID for the customer, unassigned until its admin assigns it. */
export async function addNumber(_previous: FormState<string>, form: FormData): Promise<FormState<string>> {
  await requireReseller();
  const tenantId = text(form, 'tenantId');
  const { data, error, response } = await (await serverApi()).POST('/tenants/{tenantId}/numbers', {
    params: { path: { tenantId }, header: { 'idempotency-key': randomUUID() } },
    body: { e164: text(form, 'e164'), label: text(form, 'label') },
  });
  if (data === undefined) return { ...problemState(error, response.status), values: sentValues(form) };
  revalidatePath(`/reseller/customers/${tenantId}`);
  return { done: data.e164 };
}

/** PATCH /tenants/{t} with the whole `limits` object (the daily spend limit kept as it was). */
export async function changeLimits(
  _previous: FormState<boolean>,
  form: FormData,
): Promise<FormState<boolean>> {
  await requireReseller();
  const { t } = await getI18n();
  const tenantId = text(form, 'tenantId');
  const fields = [
    'limits.maxUsers',
    'limits.maxConcurrentCalls',
    'limits.maxOutboundCallsPerMinute',
  ] as const;
  const [maxUsers, maxConcurrentCalls, maxOutboundCallsPerMinute] = fields.map((name) => limit(form, name));
  const errors = Object.fromEntries(
    fields
      .filter((name) => limit(form, name) === undefined)
      .map((name) => [name, t('customers.wholeNumber')]),
  );
  if (Object.keys(errors).length > 0) return { errors, values: sentValues(form) };
  const api = await serverApi();
  const { data: current } = await api.GET('/tenants/{tenantId}', { params: { path: { tenantId } } });
  if (current === undefined) return { problem: t('app.notFound') };
  const { data, error, response } = await api.PATCH('/tenants/{tenantId}', {
    params: { path: { tenantId }, header: { 'if-match': etag(Number(text(form, 'version'))) } },
    body: {
      limits: {
        maxUsers: maxUsers ?? null,
        maxConcurrentCalls: maxConcurrentCalls ?? null,
        maxOutboundCallsPerMinute: maxOutboundCallsPerMinute ?? null,
        allowInternational: form.get('limits.allowInternational') === 'on',
        dailySpendLimit: current.limits.dailySpendLimit,
      },
    },
  });
  if (data === undefined) return { ...problemState(error, response.status), values: sentValues(form) };
  revalidatePath(`/reseller/customers/${tenantId}`);
  return { done: true };
}
