import type { Locale, Translate } from '../../i18n/messages';
import { type CallChart as Chart, scaleTop } from '../../lib/call-chart';
import styles from './calls.module.css';

const BAR = 10;
const GAP = 2;
const HEIGHT = 100;

function bucketLabel(start: string, unit: Chart['unit'], locale: Locale): string {
  const options: Intl.DateTimeFormatOptions =
    unit === 'hour'
      ? { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone: 'UTC' }
      : { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, options).format(new Date(start));
}

/**
 * Calls per hour or day as stacked bars (answered below, missed above) in
 * inline SVG: no chart library, scales with the page, no script. The same
 * numbers are in a table behind a disclosure for screen readers and for
 * reading exact values; each bar also has a tooltip (`<title>`).
 */
export function CallChart({
  chart,
  partial,
  t,
  locale,
}: {
  chart: Chart;
  /** Set when the range holds more calls than the chart read. */
  partial?: number | undefined;
  t: Translate;
  locale: Locale;
}) {
  const top = scaleTop(chart.max);
  const width = chart.buckets.length * BAR;
  const heightOf = (count: number) => (count / top) * HEIGHT;
  const title = t(chart.unit === 'hour' ? 'calls.chart.hour' : 'calls.chart.day');
  const summary = t('calls.chartSummary', { answered: chart.answered, missed: chart.missed });
  const first = chart.buckets[0];
  const last = chart.buckets[chart.buckets.length - 1];
  return (
    <section className={styles.chart} aria-labelledby="call-chart-title" data-testid="call-chart">
      <h2 id="call-chart-title">{title}</h2>
      <ul className={styles.legend}>
        <li>
          <span className={`${styles.swatch} ${styles.swatchAnswered}`} aria-hidden="true" />
          {t('calls.answered')}: <strong data-chart-total="answered">{chart.answered}</strong>
        </li>
        <li>
          <span className={`${styles.swatch} ${styles.swatchMissed}`} aria-hidden="true" />
          {t('calls.missed')}: <strong data-chart-total="missed">{chart.missed}</strong>
        </li>
        <li>↑ {top}</li>
      </ul>
      <svg
        viewBox={`0 0 ${width} ${HEIGHT}`}
        preserveAspectRatio="none"
        role="img"
        aria-labelledby="call-chart-svg-title"
      >
        <title id="call-chart-svg-title">{`${title}: ${summary}`}</title>
        {chart.buckets.map((bucket, index) => {
          const x = index * BAR + GAP / 2;
          const answered = heightOf(bucket.answered);
          const missed = heightOf(bucket.missed);
          return (
            <g key={bucket.start}>
              <title>
                {`${bucketLabel(bucket.start, chart.unit, locale)}: ${t('calls.answered')} ${bucket.answered}, ${t('calls.missed')} ${bucket.missed}`}
              </title>
              {/* An invisible full-height bar, so the tooltip shows on empty periods too. */}
              <rect x={x} y={0} width={BAR - GAP} height={HEIGHT} fill="transparent" />
              {answered > 0 ? (
                <rect
                  className={styles.answered}
                  x={x}
                  y={HEIGHT - answered}
                  width={BAR - GAP}
                  height={answered}
                />
              ) : null}
              {missed > 0 ? (
                <rect
                  className={styles.missed}
                  x={x}
                  y={HEIGHT - answered - missed}
                  width={BAR - GAP}
                  height={missed}
                />
              ) : null}
            </g>
          );
        })}
        <line
          className={styles.axis}
          x1={0}
          x2={width}
          y1={HEIGHT}
          y2={HEIGHT}
          vectorEffect="non-scaling-stroke"
        />
      </svg>
      <div className={styles.axisLabels} aria-hidden="true">
        <span>{first === undefined ? '' : bucketLabel(first.start, chart.unit, locale)}</span>
        <span>{last === undefined ? '' : bucketLabel(last.start, chart.unit, locale)}</span>
      </div>
      <p id="call-chart-summary" className="hint">
        {summary}
        {partial === undefined ? null : ` — ${t('calls.chartPartial', { count: partial })}`}
      </p>
      <details className={styles.disclosure}>
        <summary>{t('calls.chartAsTable')}</summary>
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('calls.period')}</th>
                <th scope="col">{t('calls.answered')}</th>
                <th scope="col">{t('calls.missed')}</th>
              </tr>
            </thead>
            <tbody>
              {chart.buckets
                .filter((bucket) => bucket.answered + bucket.missed > 0)
                .map((bucket) => (
                  <tr key={bucket.start}>
                    <th scope="row">{bucketLabel(bucket.start, chart.unit, locale)}</th>
                    <td>{bucket.answered}</td>
                    <td>{bucket.missed}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
