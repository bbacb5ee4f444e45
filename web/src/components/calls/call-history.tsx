import 'server-only';
import type { Problem, Schema } from '@carillon/api-client';
import Link from 'next/link';
import { getI18n } from '../../i18n/server';
import { serverApi } from '../../lib/api-server';
import { callChart } from '../../lib/call-chart';
import {
  apiFieldToForm,
  apiQueryString,
  type CallFilterErrors,
  type CdrApiQuery,
  formParams,
  readCallFilters,
  toCdrQuery,
} from '../../lib/cdr-query';
import { formatDateTime, formatDuration } from '../../lib/format';
import { NextPageLink } from '../next-page-link';
import { CallChart } from './call-chart';
import { CallFilters, filterErrorText } from './call-filters';
import styles from './calls.module.css';

const PAGE_SIZE = 50;
/** The chart reads at most this many calls of the range (10 pages of the API's largest page). */
export const CHART_CALLS = 1000;
const CHART_PAGE = 100;
const DEFAULT_DAYS = 30;
const DAY_MS = 86_400_000;

type Summary = Schema<'CdrSummary'>;
type ListResult = { data?: Schema<'CdrPage'> | undefined; error?: Problem | undefined };

export interface CallHistoryProps {
  /** `tenant`: all of the tenant's calls (admins); `me`: the caller's own calls. */
  readonly scope: 'tenant' | 'me';
  readonly tenantId: string;
  /** On `me`: the caller's user id, which pins the CSV export (the tenant's export route) to their calls. */
  readonly ownUserId?: string;
  /** The page's own path, for the form, the links to details and the next page. */
  readonly basePath: string;
  readonly searchParams: Readonly<Record<string, string | string[] | undefined>>;
}

/** The range the API resolves for a query (its defaults: `to` now, `from` 30 days before). */
function resolvedRange(query: CdrApiQuery, now: number): { from: string; to: string } {
  const to = query.to === undefined ? now : Date.parse(query.to);
  const from = query.from === undefined ? to - DEFAULT_DAYS * DAY_MS : Date.parse(query.from);
  return { from: new Date(from).toISOString(), to: new Date(to).toISOString() };
}

/**
 * A call history with filters, a chart of the range (answered vs missed), one
 * page of calls with links to their legs, and the CSV export of the same
 * filters. Admins read `/tenants/{t}/cdrs`; a user reads `/me/calls`.
 */
export async function CallHistory({ scope, tenantId, ownUserId, basePath, searchParams }: CallHistoryProps) {
  const { t, locale } = await getI18n();
  const api = await serverApi();
  const form = readCallFilters(searchParams);
  const cursor = typeof searchParams.cursor === 'string' ? searchParams.cursor : undefined;
  const parsed = toCdrQuery(form);
  // On a user's own history the user filter does not exist (the API pins it to the caller).
  let query: CdrApiQuery | undefined;
  if (parsed.ok) {
    const { userId, ...rest } = parsed.query;
    query = scope === 'me' || userId === undefined ? rest : { ...rest, userId };
  }

  const list = (page: { limit: number; cursor?: string | undefined }): Promise<ListResult> => {
    const q = { ...query, limit: page.limit, ...(page.cursor === undefined ? {} : { cursor: page.cursor }) };
    return scope === 'tenant'
      ? api.GET('/tenants/{tenantId}/cdrs', { params: { path: { tenantId }, query: q } })
      : api.GET('/me/calls', { params: { query: q } });
  };

  async function chartCalls(): Promise<{ calls: Summary[]; partial: boolean }> {
    const calls: Summary[] = [];
    let next: string | undefined;
    do {
      const { data } = await list({ limit: CHART_PAGE, cursor: next });
      if (data === undefined) break;
      calls.push(...data.items);
      next = data.nextCursor;
    } while (next !== undefined && calls.length < CHART_CALLS);
    return { calls, partial: next !== undefined };
  }

  const users =
    scope === 'tenant'
      ? api.GET('/tenants/{tenantId}/users', { params: { path: { tenantId }, query: { limit: 100 } } })
      : undefined;
  const [page, chart, userPage] = await Promise.all([
    query === undefined ? undefined : list({ limit: PAGE_SIZE, cursor }),
    query === undefined ? undefined : chartCalls(),
    users,
  ]);

  let errors: CallFilterErrors = parsed.ok ? {} : parsed.errors;
  let problem: string | undefined;
  if (page?.error !== undefined) {
    const fieldErrors: CallFilterErrors = {};
    for (const entry of page.error.errors ?? []) {
      const field = apiFieldToForm(entry.field);
      if (field !== undefined) fieldErrors[field] = entry.message;
    }
    if (Object.keys(fieldErrors).length > 0) errors = fieldErrors;
    else problem = page.error.detail ?? page.error.title;
  }
  const userOptions = userPage?.data?.items
    .map((user) => ({ id: user.id, label: `${user.extensionNumber} · ${user.firstName} ${user.lastName}` }))
    .sort((a, b) => a.label.localeCompare(b.label));
  // There is no `/me/calls/export`: a user's own history exports through the tenant's route with their
  // user id (an admin reading their own calls would otherwise export the whole tenant's).
  const exportQuery = query === undefined || scope === 'tenant' ? query : { ...query, userId: ownUserId };
  const exportHref =
    exportQuery === undefined
      ? undefined
      : `/v1/tenants/${tenantId}/cdrs/export${apiQueryString(exportQuery)}`;

  return (
    <>
      <h1>{t(scope === 'me' ? 'myCalls.title' : 'calls.title')}</h1>
      <CallFilters
        action={basePath}
        form={form}
        errors={filterErrorText(t, errors)}
        {...(userOptions === undefined ? {} : { users: userOptions })}
        t={t}
      />
      {exportHref === undefined || page?.data === undefined ? null : (
        <p className="toolbar">
          <a
            className="button secondary"
            href={exportHref}
            download="calls.csv"
            aria-describedby="export-hint"
          >
            {t('calls.export')}
          </a>
          <span id="export-hint" className="hint">
            {t('calls.exportHint')}
          </span>
        </p>
      )}
      {problem === undefined ? null : (
        <p className="notice error" role="alert">
          {t('app.error', { detail: problem })}
        </p>
      )}
      {chart === undefined || query === undefined || page?.data === undefined ? null : (
        <CallChart
          chart={callChart(chart.calls, resolvedRange(query, Date.now()))}
          partial={chart.partial ? chart.calls.length : undefined}
          t={t}
          locale={locale}
        />
      )}
      {page?.data === undefined ? null : (
        <>
          <div className="table-wrap">
            <table aria-label={t(scope === 'me' ? 'myCalls.title' : 'calls.title')}>
              <thead>
                <tr>
                  <th scope="col">{t('calls.start')}</th>
                  <th scope="col">{t('calls.direction')}</th>
                  <th scope="col">{t('calls.from')}</th>
                  <th scope="col">{t('calls.to')}</th>
                  <th scope="col">{t('calls.duration')}</th>
                  <th scope="col">{t('calls.result')}</th>
                  <th scope="col">
                    <span className={styles.visuallyHidden}>{t('calls.open')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {page.data.items.map((call) => (
                  <tr key={call.id} data-cdr-id={call.id}>
                    <td>{formatDateTime(call.startedAt, locale)}</td>
                    <td>{t(`calls.direction.${call.direction}`)}</td>
                    <td>{party(call.caller)}</td>
                    <td>{party(call.callee)}</td>
                    <td>{formatDuration(call.durationSeconds)}</td>
                    <td className={call.disposition === 'answered' ? undefined : styles.dispositionMissed}>
                      {t(`calls.disposition.${call.disposition}`)}
                    </td>
                    <td>
                      <Link
                        href={`${basePath}/${call.id}`}
                        aria-label={t('calls.openCall', { when: formatDateTime(call.startedAt, locale) })}
                      >
                        {t('calls.open')}
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {page.data.items.length === 0 ? <p style={{ padding: '0 0.75rem' }}>{t('app.empty')}</p> : null}
          </div>
          <NextPageLink cursor={page.data.nextCursor} label={t('app.next')} query={formParams(form)} />
        </>
      )}
    </>
  );
}

function party(value: { number: string; name: string | null }): string {
  return value.name === null || value.name === '' ? value.number : `${value.name} (${value.number})`;
}
