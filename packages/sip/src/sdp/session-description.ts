import { type MediaDescription, parse, type SessionDescription, write } from 'sdp-transform';
import { SdpError } from './sdp-error';

export type { MediaDescription, SessionDescription };

const LINE = /^[a-z]=/;

/**
 * Parses SDP (RFC 8866) into sdp-transform's object model. sdp-transform
 * silently skips what it does not understand, so the structural rules it does
 * not check are checked here: v=0 first (§5.1), o=, s= and t= present (§5),
 * well-formed m= lines (§5.14), and a c= for every m= line, at session or
 * media level (§5.7). Unknown a= lines are kept (in `invalid`) and written back.
 */
export function parseSdp(text: string): SessionDescription {
  const lines = text.split(/\r\n|\n/);
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  if (lines[0] !== 'v=0') throw new SdpError('SDP must start with v=0 (RFC 8866 §5.1)');
  lines.forEach((line, i) => {
    if (!LINE.test(line)) throw new SdpError(`line ${i + 1} is not <type>=<value>: ${JSON.stringify(line)}`);
  });
  for (const type of ['o', 's', 't']) {
    if (!lines.some((l) => l.startsWith(`${type}=`))) throw new SdpError(`SDP without ${type}= line`);
  }

  const sdp = parse(text);
  const o = sdp.origin as Partial<SessionDescription['origin']> | undefined;
  // Versions past 2^53 stay strings in sdp-transform; we carry them, only our own versions are incremented.
  if (o?.address === undefined || o.sessionId === undefined || !/^\d+$/.test(String(o.sessionVersion))) {
    throw new SdpError('malformed o= line (RFC 8866 §5.2)');
  }
  sdp.origin.sessionId = String(o.sessionId);
  const mLines = lines.filter((l) => l.startsWith('m='));
  sdp.media.forEach((m, i) => {
    const partial = m as Partial<MediaDescription>;
    if (
      typeof partial.type !== 'string' ||
      typeof partial.port !== 'number' ||
      partial.port > 65535 ||
      typeof partial.protocol !== 'string' ||
      partial.payloads === undefined
    ) {
      throw new SdpError(`malformed m= line: ${JSON.stringify(mLines[i])}`);
    }
    // sdp-transform turns numeric-looking values into numbers; keep the declared string types true.
    m.payloads = String(m.payloads);
    if (m.mid !== undefined) m.mid = String(m.mid);
    if (m.port !== 0 && m.connection === undefined && sdp.connection === undefined) {
      throw new SdpError(`m=${m.type} has no c= line at session or media level (RFC 8866 §5.7)`);
    }
  });
  return sdp;
}

/** Serializes with CRLF line ends, as SDP in SIP bodies requires (RFC 8866 §5). */
export function serializeSdp(sdp: SessionDescription): string {
  return write(sdp);
}

/** The payload type numbers of an m= line, in the offerer's preference order (RFC 3264 §5.1). */
export function payloadTypes(media: MediaDescription): number[] {
  return String(media.payloads ?? '')
    .split(' ')
    .filter((p) => p !== '')
    .map(Number)
    .filter((p) => Number.isInteger(p));
}

/** Deep copy, so rewriting or answering never mutates the caller's description. */
export function cloneSdp(sdp: SessionDescription): SessionDescription {
  return structuredClone(sdp);
}
