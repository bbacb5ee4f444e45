/**
 * One frame of a conference: every participant hears the sum of all the others ("N−1" mix, so
 * nobody hears their own echo), and listeners without a contribution (recorder, listen-only
 * members) hear everyone. Sums are clipped to 16 bits, never wrapped.
 */
export interface ConferenceMix {
  /** What `id` hears: everyone else. An id without a contribution hears everyone. */
  forParticipant(id: string): Int16Array;
  /** Everyone together. */
  readonly total: Int16Array;
}

function clip(values: Int32Array, own?: Int16Array): Int16Array {
  const out = new Int16Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]! - (own?.[i] ?? 0);
    out[i] = Math.max(-32768, Math.min(32767, v));
  }
  return out;
}

/**
 * Mixes one frame of `frameLength` samples. A contribution shorter than the frame is silence for
 * the rest (a late or lost packet); longer is cut. The sum is formed once and each participant's
 * own samples subtracted from it, so the cost is O(N) per frame, not O(N²).
 */
export function mixConference(
  contributions: ReadonlyMap<string, Int16Array>,
  frameLength: number,
): ConferenceMix {
  const sum = new Int32Array(frameLength);
  const own = new Map<string, Int16Array>();
  for (const [id, samples] of contributions) {
    const frame = samples.length > frameLength ? samples.subarray(0, frameLength) : samples;
    own.set(id, frame);
    for (let i = 0; i < frame.length; i++) sum[i]! += frame[i]!;
  }
  let total: Int16Array | undefined;
  return {
    forParticipant: (id) => clip(sum, own.get(id)),
    get total() {
      total ??= clip(sum);
      return total;
    },
  };
}
