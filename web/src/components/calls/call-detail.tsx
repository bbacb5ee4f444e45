import 'server-only';
import type { Schema } from '@carillon/api-client';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getI18n } from '../../i18n/server';
import { serverApi } from '../../lib/api-server';
import { formatDateTime, formatDuration } from '../../lib/format';
import styles from './calls.module.css';

type Leg = Schema<'Cdr'>['legs'][number];

function party(value: { number: string; name: string | null }): string {
  return value.name === null || value.name === '' ? value.number : `${value.name} (${value.number})`;
}

function lossPercent(rtp: NonNullable<Leg['rtp']>): string {
  const expected = rtp.packetsReceived + rtp.packetsLost;
  if (expected === 0) return '0';
  return ((rtp.packetsLost / expected) * 100).toFixed(1);
}

/**
 * One call with its legs: who, when, how it ended, and per leg the codec and
 * RTP quality (packets, loss, jitter, MOS). Another tenant's call, or — for a
 * user — a call they were not on, is the API's 404 and the portal's.
 */
export async function CallDetail({
  tenantId,
  cdrId,
  backHref,
}: {
  tenantId: string;
  cdrId: string;
  backHref: string;
}) {
  const { t, locale } = await getI18n();
  const { data, response, error } = await (await serverApi()).GET('/tenants/{tenantId}/cdrs/{cdrId}', {
    params: { path: { tenantId, cdrId } },
  });
  if (response.status === 404 || response.status === 400) notFound();
  if (data === undefined) throw new Error(error?.detail ?? 'the call could not be read');
  const when = formatDateTime(data.startedAt, locale);
  return (
    <>
      <p>
        <Link href={backHref}>← {t('calls.back')}</Link>
      </p>
      <h1>{t('calls.detailTitle', { when })}</h1>
      <dl className="pairs" data-testid="call-summary">
        <dt>{t('calls.from')}</dt>
        <dd>{party(data.caller)}</dd>
        <dt>{t('calls.to')}</dt>
        <dd>{party(data.callee)}</dd>
        <dt>{t('calls.direction')}</dt>
        <dd>{t(`calls.direction.${data.direction}`)}</dd>
        <dt>{t('calls.result')}</dt>
        <dd data-disposition={data.disposition}>{t(`calls.disposition.${data.disposition}`)}</dd>
        <dt>{t('calls.start')}</dt>
        <dd>{when}</dd>
        <dt>{t('calls.answeredAt')}</dt>
        <dd>{formatDateTime(data.answeredAt, locale)}</dd>
        <dt>{t('calls.endedAt')}</dt>
        <dd>{formatDateTime(data.endedAt, locale)}</dd>
        <dt>{t('calls.duration')}</dt>
        <dd>{formatDuration(data.durationSeconds)}</dd>
        <dt>{t('calls.billable')}</dt>
        <dd>{formatDuration(data.billableSeconds)}</dd>
        <dt>{t('calls.hangup')}</dt>
        <dd>
          {t(`calls.hangup.${data.hangupSide}`)} · {t('calls.cause')} {data.hangupCause}
        </dd>
        {data.private ? (
          <>
            <dt>{t('calls.private')}</dt>
            <dd>{t('app.yes')}</dd>
          </>
        ) : null}
        <dt>{t('calls.callId')}</dt>
        <dd>
          <code>{data.callId}</code>
        </dd>
      </dl>
      <h2 id="legs">{t('calls.legs')}</h2>
      <div className="table-wrap">
        <table aria-labelledby="legs">
          <thead>
            <tr>
              <th scope="col">{t('calls.leg')}</th>
              <th scope="col">{t('calls.kind')}</th>
              <th scope="col">{t('calls.from')}</th>
              <th scope="col">{t('calls.to')}</th>
              <th scope="col">{t('calls.result')}</th>
              <th scope="col">{t('calls.duration')}</th>
              <th scope="col">{t('calls.codec')}</th>
              <th scope="col">{t('calls.mos')}</th>
              <th scope="col">{t('calls.lost')}</th>
              <th scope="col">{t('calls.jitter')}</th>
              <th scope="col">{t('calls.packets')}</th>
            </tr>
          </thead>
          <tbody>
            {data.legs.map((leg, index) => (
              <tr key={leg.legId} data-leg-id={leg.legId}>
                <th scope="row">{index + 1}</th>
                <td>{t(`calls.kind.${leg.kind}`)}</td>
                <td>{party(leg.caller)}</td>
                <td>{party(leg.callee)}</td>
                <td className={leg.disposition === 'answered' ? undefined : styles.dispositionMissed}>
                  {t(`calls.disposition.${leg.disposition}`)}
                </td>
                <td>
                  {formatDuration(
                    (Date.parse(leg.endedAt) - Date.parse(leg.answeredAt ?? leg.startedAt)) / 1000,
                  )}
                </td>
                <td data-codec>{leg.codec ?? '—'}</td>
                {leg.rtp === null ? (
                  <td colSpan={4}>{t('calls.noRtp')}</td>
                ) : (
                  <>
                    <td>{leg.rtp.mos === null ? '—' : leg.rtp.mos.toFixed(1)}</td>
                    <td>
                      {leg.rtp.packetsLost} ({lossPercent(leg.rtp)} %)
                    </td>
                    <td>{leg.rtp.jitterMs.toFixed(1)} ms</td>
                    <td>
                      {leg.rtp.packetsSent} / {leg.rtp.packetsReceived}
                    </td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
