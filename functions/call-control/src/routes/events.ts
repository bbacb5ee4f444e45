import { parseEvent, parseReply } from '@carillon/call-control';
import type { Logger } from '@carillon/logger';
import { Hono } from 'hono';
import { type CallControlDeps, handleEvent } from '../calls/handle-event';
import { invalidRequest, problem } from '../http/problem';

/** `POST /edge/v1/events`: a call-control event in, a reply out (ARCHITECTURE §3). */
export function eventRoutes(deps: CallControlDeps, log: Logger) {
  return new Hono().post('/', async (c) => {
    const parsed = parseEvent(await c.req.text());
    if (!parsed.ok) return invalidRequest(c, parsed.error.issues, 'Invalid call-control event');
    const { event } = parsed;
    const callLog = log.child({
      tenantId: event.tenantId,
      callId: event.callId,
      event: event.event,
      seq: event.seq,
    });
    const reply = await handleEvent(event, deps, callLog);
    // Our own reply must pass the schema the edge applies; if not it is our bug, and the edge's fallback is better than a hang.
    const checked = parseReply(reply, { event: event.event });
    if (!checked.ok) {
      callLog.error({ err: checked.error }, 'reply failed its own schema');
      return problem(c, 500, 'Invalid reply', { detail: 'the control plane built an invalid reply' });
    }
    return c.json(checked.reply);
  });
}
