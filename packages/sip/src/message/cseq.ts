import { isToken, parseDecimal } from './lexer';
import { SipParseError } from './parse-error';
import type { CSeq } from './types';

/** §20.16: the sequence number is a 32-bit unsigned integer, below 2**31 when chosen by a UAC (§8.1.1.5). */
const MAX_SEQ = 0xffffffff;

/** CSeq = 1*DIGIT LWS Method (RFC 3261 §20.16); RFC 4475 §3.1.2.4 rejects overlarge numbers. */
export function parseCSeq(value: string): CSeq {
  const m = /^\s*([0-9]+)\s+(\S+)\s*$/.exec(value);
  if (!m) throw bad();
  const seq = parseDecimal(m[1] ?? '', 10);
  const method = m[2] ?? '';
  if (seq === undefined || seq > MAX_SEQ || !isToken(method)) throw bad();
  return { seq, method };
}

export function formatCSeq(cseq: CSeq): string {
  return `${cseq.seq} ${cseq.method}`;
}

function bad(): SipParseError {
  return new SipParseError('Bad Request - Malformed CSeq');
}
