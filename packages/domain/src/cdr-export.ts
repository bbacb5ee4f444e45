import type { Cdr } from './cdr';

/**
 * The columns of the CDR export (CSV), one row per call: what the T640 call
 * list shows (time, caller, target, duration, type — manual L3512-3529) plus
 * what billing and support need. Legs are summarised (users, devices, codecs,
 * worst MOS); `GET …/cdrs/{cdrId}` has them in full.
 */
export const CDR_EXPORT_COLUMNS = [
  'id',
  'startedAt',
  'answeredAt',
  'endedAt',
  'direction',
  'callerNumber',
  'callerName',
  'calleeNumber',
  'calleeName',
  'disposition',
  'durationSeconds',
  'billableSeconds',
  'hangupCause',
  'hangupSide',
  'private',
  'users',
  'devices',
  'codecs',
  'worstMos',
  'callId',
] as const;

export type CdrExportColumn = (typeof CDR_EXPORT_COLUMNS)[number];

/** How many trailing digits of a private call's outside number the export hides. */
export const PRIVATE_DIGITS_MASKED = 3;

/**
 * One export row, in `CDR_EXPORT_COLUMNS` order. A call marked private (`*2`,
 * T300 manual L2924-2925) shows its outside party — the caller of an inbound
 * call, the callee of an outbound one — with the last digits of the number
 * replaced by `x` and no name; internal calls have no outside party. Every
 * free-text cell is made safe for spreadsheets (see `spreadsheetSafe`).
 */
export function cdrExportRow(cdr: Cdr): string[] {
  const maskCaller = cdr.private && cdr.direction === 'inbound';
  const maskCallee = cdr.private && cdr.direction === 'outbound';
  const mos = cdr.legs.flatMap((leg) => (leg.rtp?.mos == null ? [] : [leg.rtp.mos]));
  const distinct = (values: (string | null)[]) =>
    [...new Set(values.filter((value): value is string => value !== null))].join(' ');
  const row: Record<CdrExportColumn, string> = {
    id: cdr.id,
    startedAt: cdr.startedAt,
    answeredAt: cdr.answeredAt ?? '',
    endedAt: cdr.endedAt,
    direction: cdr.direction,
    callerNumber: maskCaller ? maskNumber(cdr.caller.number) : cdr.caller.number,
    callerName: maskCaller ? '' : (cdr.caller.name ?? ''),
    calleeNumber: maskCallee ? maskNumber(cdr.callee.number) : cdr.callee.number,
    calleeName: maskCallee ? '' : (cdr.callee.name ?? ''),
    disposition: cdr.disposition,
    durationSeconds: String(cdr.durationSeconds),
    billableSeconds: String(cdr.billableSeconds),
    hangupCause: String(cdr.hangupCause),
    hangupSide: cdr.hangupSide,
    private: cdr.private ? 'yes' : 'no',
    users: distinct(cdr.legs.map((leg) => leg.userId)),
    devices: distinct(cdr.legs.map((leg) => leg.deviceId)),
    codecs: distinct(cdr.legs.map((leg) => leg.codec)),
    worstMos: mos.length === 0 ? '' : Math.min(...mos).toFixed(2),
    callId: cdr.callId,
  };
  return CDR_EXPORT_COLUMNS.map((column) => spreadsheetSafe(row[column]));
}

/** `+4930123456` → `+4930123xxx`; numbers of up to that many characters are hidden whole. */
export function maskNumber(number: string): string {
  const kept = Math.max(0, number.length - PRIVATE_DIGITS_MASKED);
  return number.slice(0, kept) + 'x'.repeat(number.length - kept);
}

/**
 * CSV injection (OWASP "CSV Injection"): a spreadsheet runs a cell that starts
 * with `=`, `+`, `-`, `@`, tab or CR as a formula. Names and numbers come from
 * SIP headers anyone can send, so such a cell gets a leading `'` — except a
 * plain signed number (`+4930…`, `-5`, a masked `+4930123xxx`), which is no formula.
 */
export function spreadsheetSafe(value: string): string {
  if (/^[=@\t\r]/.test(value) || /^[+-](?![\dx ]*$)/.test(value)) return `'${value}`;
  return value;
}
