import { getContentType, type ServerTransaction, type SipRequest } from '@carillon/sip';
import { ALeg } from './a-leg';
import type { CallContext } from './call-context';
import { sendInDialog } from './in-dialog';
import type { Side } from './media-port';

/**
 * RFC 6086 INFO inside a call: application/dtmf-relay (the de-facto SIP INFO DTMF body) goes to the
 * media engine as a digit on that side; any other INFO is relayed to the far side and its response
 * brought back.
 */
export async function relayInfo(ctx: CallContext, from: Side, request: SipRequest, tx: ServerTransaction) {
  const stack = ctx.deps.stack;
  const type = getContentType(request);
  const mime = type ? `${type.type}/${type.subtype}`.toLowerCase() : '';
  if (mime === 'application/dtmf-relay' || mime === 'application/dtmf') {
    const digit = parseDtmfInfo(request.body.toString('utf8'));
    if (!digit) {
      ALeg.respond(stack, tx, 400, { reason: 'Bad DTMF' });
      return;
    }
    if (ctx.deps.engine) ctx.deps.engine.injectDigit(ctx.init.media, from, digit.signal, digit.durationMs);
    ALeg.respond(stack, tx, 200);
    return;
  }
  const far = ctx.far(from);
  if (!far) {
    ALeg.respond(stack, tx, 200);
    return;
  }
  const headers: [string, string][] = [];
  for (const name of ['Info-Package', 'Content-Disposition']) {
    const value = request.headers.get(name);
    if (value !== undefined) headers.push([name, value]);
  }
  const { response } = await sendInDialog(stack, far.dialog, far.destination, 'INFO', {
    headers,
    ...(request.body.length > 0
      ? { body: request.body, contentType: mime || 'application/octet-stream' }
      : {}),
  });
  ALeg.respond(stack, tx, response.status, { reason: response.reason });
}

/** `Signal=5\r\nDuration=160` (application/dtmf-relay) or a bare digit (application/dtmf). */
export function parseDtmfInfo(body: string): { signal: string; durationMs: number } | undefined {
  const signal = /signal\s*=\s*([0-9A-D*#])/i.exec(body)?.[1] ?? /^\s*([0-9A-D*#])\s*$/i.exec(body)?.[1];
  if (!signal) return undefined;
  const duration = Number(/duration\s*=\s*(\d+)/i.exec(body)?.[1] ?? 160);
  return { signal: signal.toUpperCase(), durationMs: Math.min(Math.max(duration, 40), 5000) };
}
