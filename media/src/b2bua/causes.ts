/**
 * SIP status ↔ Q.850 cause (RFC 3398 §7.2.4.1 for causes → SIP, §8.2.6.1 for SIP → causes), the
 * pairs a PBX meets; others fall back to the generic entries RFC 3398 gives.
 */
const CAUSE_TO_STATUS: ReadonlyMap<number, number> = new Map([
  [1, 404], // unallocated number
  [3, 404],
  [17, 486], // user busy
  [18, 408], // no user responding
  [19, 480], // no answer
  [20, 480], // subscriber absent
  [21, 403], // call rejected
  [22, 410], // number changed
  [27, 502], // destination out of order
  [28, 484], // invalid number format
  [29, 501],
  [31, 480],
  [34, 503], // no circuit available
  [38, 503],
  [41, 503], // temporary failure
  [42, 503],
  [47, 503],
  [55, 403],
  [57, 403],
  [58, 503],
  [65, 488],
  [69, 501],
  [79, 501],
  [87, 403],
  [88, 503],
  [102, 504], // recovery on timer expiry
  [111, 500],
  [127, 500],
]);

const STATUS_TO_CAUSE: ReadonlyMap<number, number> = new Map([
  [400, 41],
  [401, 21],
  [402, 21],
  [403, 21],
  [404, 1],
  [405, 63],
  [406, 79],
  [407, 21],
  [408, 102],
  [410, 22],
  [413, 127],
  [414, 127],
  [415, 79],
  [416, 127],
  [420, 127],
  [421, 127],
  [423, 127],
  [480, 18],
  [481, 41],
  [482, 25],
  [483, 25],
  [484, 28],
  [485, 1],
  [486, 17],
  [487, 16],
  [488, 65],
  [500, 41],
  [501, 79],
  [502, 38],
  [503, 41],
  [504, 102],
  [505, 127],
  [513, 127],
  [600, 17],
  [603, 21],
  [604, 1],
  [606, 58],
]);

/** The final response for a hangup before answer that names only a cause; 480 where RFC 3398 has none (cause 16). */
export function statusForCause(cause: number): number {
  return CAUSE_TO_STATUS.get(cause) ?? 480;
}

export function causeForStatus(status: number): number {
  return STATUS_TO_CAUSE.get(status) ?? (status >= 500 ? 41 : status >= 400 ? 31 : 16);
}
