/**
 * Calls per hour or per day, answered against missed, for the call-history
 * chart. Pure, so it is tested without a browser; the page draws the result
 * as inline SVG.
 */

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
/** Up to two days are shown hour by hour; longer ranges day by day. */
export const HOURLY_UP_TO_MS = 2 * DAY_MS;

export type BucketUnit = 'hour' | 'day';

export interface CallBucket {
  /** Start of the hour or day, ISO 8601 UTC. */
  readonly start: string;
  readonly answered: number;
  /** No answer, busy or failed. */
  readonly missed: number;
}

export interface CallChart {
  readonly unit: BucketUnit;
  readonly buckets: readonly CallBucket[];
  /** The largest bar (answered + missed), at least 1 so the scale never divides by zero. */
  readonly max: number;
  readonly answered: number;
  readonly missed: number;
}

/**
 * Buckets every hour or day that overlaps [from, to), empty ones included
 * (a gap in calls is information), each call in the bucket of its start.
 * Calls outside the range are ignored.
 */
export function callChart(
  calls: readonly { startedAt: string; disposition: string }[],
  range: { from: string; to: string },
): CallChart {
  const from = Date.parse(range.from);
  const to = Date.parse(range.to);
  const unit: BucketUnit = to - from <= HOURLY_UP_TO_MS ? 'hour' : 'day';
  const size = unit === 'hour' ? HOUR_MS : DAY_MS;
  const first = Math.floor(from / size) * size;
  const count = Math.max(1, Math.ceil((to - first) / size));
  const answered = new Array<number>(count).fill(0);
  const missed = new Array<number>(count).fill(0);
  for (const call of calls) {
    const at = Date.parse(call.startedAt);
    if (Number.isNaN(at) || at < from || at >= to) continue;
    const index = Math.floor((at - first) / size);
    if (call.disposition === 'answered') answered[index] = (answered[index] ?? 0) + 1;
    else missed[index] = (missed[index] ?? 0) + 1;
  }
  const buckets = answered.map((value, index) => ({
    start: new Date(first + index * size).toISOString(),
    answered: value,
    missed: missed[index] ?? 0,
  }));
  return {
    unit,
    buckets,
    max: Math.max(1, ...buckets.map((bucket) => bucket.answered + bucket.missed)),
    answered: answered.reduce((sum, value) => sum + value, 0),
    missed: missed.reduce((sum, value) => sum + value, 0),
  };
}

/** A "nice" top of the scale (1, 2, 5 × 10ⁿ) at or above `max`, for the axis label. */
export function scaleTop(max: number): number {
  if (max <= 1) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 5, 10]) if (step * magnitude >= max) return step * magnitude;
  return 10 * magnitude;
}
