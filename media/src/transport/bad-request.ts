import { SipHeaders, type SipParseError, type SipResponse } from '@carillon/sip';

/**
 * A 400 for a request that failed to parse (RFC 3261 §8.2, §21.4.1), built from the header text
 * that was readable. Undefined when no Via survived: without it the response cannot be matched
 * by the client (§8.1.3.3), and a request whose start line said it was a response or an ACK is
 * never answered (§17.1.1.3: ACK gets no response).
 */
export function badRequestFor(error: SipParseError, toTag: string): SipResponse | undefined {
  const partial = error.partial;
  if (partial.kind === 'response' || partial.method === 'ACK') return undefined;
  if (
    !partial.via ||
    partial.via.length === 0 ||
    partial.callId === undefined ||
    partial.cseq === undefined
  ) {
    return undefined;
  }
  const headers = new SipHeaders();
  for (const via of partial.via) headers.append('Via', via);
  if (partial.from !== undefined) headers.append('From', partial.from);
  if (partial.to !== undefined) {
    // §8.2.6.2: every final response carries a To tag.
    headers.append('To', /;\s*tag\s*=/i.test(partial.to) ? partial.to : `${partial.to};tag=${toTag}`);
  }
  headers.append('Call-ID', partial.callId);
  headers.append('CSeq', partial.cseq);
  headers.append('Content-Length', '0');
  return {
    kind: 'response',
    version: 'SIP/2.0',
    status: 400,
    reason: reasonPhraseOf(error.reason),
    headers,
    body: Buffer.alloc(0),
  };
}

/** Reason-Phrase = *(reserved / unreserved / escaped / UTF8-NONASCII / UTF8-CONT / SP / HTAB) (§25.1). */
function reasonPhraseOf(reason: string): string {
  let clean = '';
  for (const ch of reason) {
    const code = ch.charCodeAt(0);
    clean += (code < 32 && code !== 9) || code === 127 ? ' ' : ch;
  }
  clean = clean.trim();
  return clean.length === 0 ? 'Bad Request' : clean.slice(0, 200);
}
