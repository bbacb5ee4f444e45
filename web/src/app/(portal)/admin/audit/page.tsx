import type { Metadata } from 'next';
import Link from 'next/link';
import styles from '../../../../components/calls/calls.module.css';
import { Field } from '../../../../components/field';
import { NextPageLink } from '../../../../components/next-page-link';
import { getI18n } from '../../../../i18n/server';
import { requireTenantAdmin, serverApi } from '../../../../lib/api-server';
import { auditChanges } from '../../../../lib/audit-diff';
import { readCallFilters, toCdrQuery } from '../../../../lib/cdr-query';
import { formatDateTime } from '../../../../lib/format';

export const metadata: Metadata = { title: 'Audit' };

const PAGE_SIZE = 50;
const TARGET_TYPE = /^[a-z][a-z-]*$/;

type Params = Record<string, string | string[] | undefined>;
type Form = { since: string; until: string; actorId: string; targetType: string; targetId: string };
type Errors = Partial<Record<keyof Form, string>>;

function one(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
}

/** The audit form's field an API error names. */
function formField(field: string): keyof Form | undefined {
  const name = field.replace(/^query\./, '');
  if (name === 'from') return 'since';
  if (name === 'to') return 'until';
  if (name === 'actorId' || name === 'targetType' || name === 'targetId') return name;
  return undefined;
}

/**
 * The tenant's audit trail: who changed what, when, with the fields before
 * and after. Filters are a GET form (each view is a link); an actor or a
 * target in the table is itself a link that filters by it.
 */
export default async function AuditPage({ searchParams }: { searchParams: Promise<Params> }) {
  const { tenantId } = await requireTenantAdmin();
  const { t, locale } = await getI18n();
  const params = await searchParams;
  const form: Form = {
    since: one(params.since),
    until: one(params.until),
    actorId: one(params.actorId),
    targetType: one(params.targetType),
    targetId: one(params.targetId),
  };
  const cursor = one(params.cursor) || undefined;
  // The day fields are the call history's (whole UTC days, `until` inclusive).
  const range = toCdrQuery({ ...readCallFilters({}), since: form.since, until: form.until });
  const errors: Errors = range.ok
    ? {}
    : {
        ...(range.errors.since === undefined ? {} : { since: t('calls.error.date') }),
        ...(range.errors.until === undefined ? {} : { until: t('calls.error.date') }),
      };
  if (form.targetType !== '' && !TARGET_TYPE.test(form.targetType)) errors.targetType = t('audit.error.text');

  const api = await serverApi();
  const [result, users] = await Promise.all([
    Object.keys(errors).length > 0 || !range.ok
      ? undefined
      : api.GET('/tenants/{tenantId}/audit', {
          params: {
            path: { tenantId },
            query: {
              ...range.query,
              ...(form.actorId === '' ? {} : { actorId: form.actorId }),
              ...(form.targetType === '' ? {} : { targetType: form.targetType }),
              ...(form.targetId === '' ? {} : { targetId: form.targetId }),
              limit: PAGE_SIZE,
              ...(cursor === undefined ? {} : { cursor }),
            },
          },
        }),
    api.GET('/tenants/{tenantId}/users', { params: { path: { tenantId }, query: { limit: 100 } } }),
  ]);
  let problem: string | undefined;
  for (const entry of result?.error?.errors ?? []) {
    const field = formField(entry.field);
    if (field !== undefined) errors[field] = entry.message;
  }
  if (result?.error !== undefined && Object.keys(errors).length === 0)
    problem = result.error.detail ?? result.error.title;

  const userOptions = (users.data?.items ?? [])
    .map((user) => ({ id: user.id, label: `${user.firstName} ${user.lastName} (${user.email})` }))
    .sort((a, b) => a.label.localeCompare(b.label));
  // An actor picked from the table that is not a user (an API key) stays selectable.
  if (form.actorId !== '' && !userOptions.some((user) => user.id === form.actorId))
    userOptions.unshift({ id: form.actorId, label: form.actorId });
  const filterLink = (extra: Partial<Form>) =>
    `/admin/audit?${new URLSearchParams(
      Object.entries({ since: form.since, until: form.until, ...extra }).filter(([, value]) => value !== ''),
    ).toString()}`;
  const kept = Object.fromEntries(Object.entries(form).filter(([, value]) => value !== ''));

  return (
    <>
      <h1>{t('audit.title')}</h1>
      <form method="get" action="/admin/audit" aria-label={t('audit.filters')} className={styles.filters}>
        <Field name="since" label={t('calls.since')} error={errors.since} hint={t('calls.rangeHint')}>
          {(props) => <input {...props} type="date" defaultValue={form.since} />}
        </Field>
        <Field name="until" label={t('calls.until')} error={errors.until}>
          {(props) => <input {...props} type="date" defaultValue={form.until} />}
        </Field>
        <Field name="actorId" label={t('audit.actor')} error={errors.actorId} hint={t('audit.actorHint')}>
          {(props) => (
            <select {...props} defaultValue={form.actorId}>
              <option value="">{t('audit.actorAny')}</option>
              {userOptions.map((user) => (
                <option key={user.id} value={user.id}>
                  {user.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          name="targetType"
          label={t('audit.targetType')}
          error={errors.targetType}
          hint={t('audit.targetTypeHint')}
        >
          {(props) => <input {...props} type="search" defaultValue={form.targetType} maxLength={64} />}
        </Field>
        <Field name="targetId" label={t('audit.targetId')} error={errors.targetId}>
          {(props) => <input {...props} type="search" defaultValue={form.targetId} maxLength={200} />}
        </Field>
        <div className={styles.actions}>
          <button type="submit">{t('calls.filter')}</button>
          <Link href="/admin/audit">{t('calls.clear')}</Link>
        </div>
      </form>
      {problem === undefined ? null : (
        <p className="notice error" role="alert">
          {t('app.error', { detail: problem })}
        </p>
      )}
      {result?.data === undefined ? null : (
        <>
          <div className="table-wrap">
            <table aria-label={t('audit.title')}>
              <thead>
                <tr>
                  <th scope="col">{t('audit.when')}</th>
                  <th scope="col">{t('audit.actor')}</th>
                  <th scope="col">{t('audit.action')}</th>
                  <th scope="col">{t('audit.target')}</th>
                  <th scope="col">{t('audit.changes')}</th>
                </tr>
              </thead>
              <tbody>
                {result.data.items.map((entry) => {
                  const when = formatDateTime(entry.at, locale);
                  const changes = auditChanges(entry.before, entry.after);
                  return (
                    <tr key={entry.id} data-audit-id={entry.id} data-action={entry.action}>
                      <td>{when}</td>
                      <td>
                        <Link href={filterLink({ actorId: entry.actor.id })}>
                          {entry.actor.label === '' ? entry.actor.id : entry.actor.label}
                        </Link>{' '}
                        <span className="badge">{t(`audit.kind.${entry.actor.kind}`)}</span>
                      </td>
                      <td>
                        <code>{entry.action}</code>
                      </td>
                      <td>
                        <Link href={filterLink({ targetType: entry.targetType, targetId: entry.targetId })}>
                          {entry.targetType} <code>{entry.targetId}</code>
                        </Link>
                      </td>
                      <td className={styles.changesCell}>
                        {changes.length === 0 ? (
                          t('audit.noChanges')
                        ) : (
                          <details className={styles.disclosure}>
                            <summary>
                              {changes.length} · {changes.map((change) => change.field).join(', ')}
                            </summary>
                            <table className={styles.changes}>
                              <thead>
                                <tr>
                                  <th scope="col">{t('audit.field')}</th>
                                  <th scope="col">{t('audit.before')}</th>
                                  <th scope="col">{t('audit.after')}</th>
                                </tr>
                              </thead>
                              <tbody>
                                {changes.map((change) => (
                                  <tr key={change.field} data-field={change.field}>
                                    <th scope="row">{change.field}</th>
                                    <td>
                                      <code>{change.before ?? '—'}</code>
                                    </td>
                                    <td>
                                      <code>{change.after ?? '—'}</code>
                                    </td>
                                  </tr>
                                ))}
                              </tbody>
                            </table>
                          </details>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            {result.data.items.length === 0 ? <p style={{ padding: '0 0.75rem' }}>{t('app.empty')}</p> : null}
          </div>
          <NextPageLink cursor={result.data.nextCursor} label={t('app.next')} query={kept} />
        </>
      )}
    </>
  );
}
