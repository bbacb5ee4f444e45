import { CallControlProtocolError } from './errors';
import { type CallEvent, callEventSchema, type EventType, LIVE_EVENT_TYPES } from './events';
import { type Reply, replySchema } from './reply';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: CallControlProtocolError };
export type ReplyParseResult = { ok: true; reply: Reply } | { ok: false; error: CallControlProtocolError };
export type EventParseResult =
  | { ok: true; event: CallEvent }
  | { ok: false; error: CallControlProtocolError };

/**
 * A body as received: a string is JSON text (no message of the protocol is a
 * bare JSON string), anything else is taken as already parsed.
 */
function decode(input: unknown): ParseResult<unknown> {
  if (typeof input !== 'string') return { ok: true, value: input };
  try {
    return { ok: true, value: JSON.parse(input) };
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    return {
      ok: false,
      error: CallControlProtocolError.of('invalid-json', `body is not JSON: ${detail}`, cause),
    };
  }
}

/** Validate an event the edge sent. */
export function parseEvent(input: unknown): EventParseResult {
  const decoded = decode(input);
  if (!decoded.ok) return decoded;
  const result = callEventSchema.safeParse(decoded.value);
  if (!result.success)
    return { ok: false, error: CallControlProtocolError.fromZod('invalid-event', result.error) };
  return { ok: true, event: result.data };
}

export interface ParseReplyOptions {
  /**
   * The event this reply answers. For a live call (`call.new`, `action.done`,
   * and when absent) an empty action list is an error, since the call would
   * hang; for `call.ended` and `leg.report` actions must be empty.
   */
  readonly event?: EventType;
}

/** Validate a reply the control plane sent. */
export function parseReply(input: unknown, options: ParseReplyOptions = {}): ReplyParseResult {
  const decoded = decode(input);
  if (!decoded.ok) return decoded;
  const result = replySchema.safeParse(decoded.value);
  if (!result.success)
    return { ok: false, error: CallControlProtocolError.fromZod('invalid-reply', result.error) };
  const reply = result.data;
  const live =
    options.event === undefined || (LIVE_EVENT_TYPES as readonly EventType[]).includes(options.event);
  if (live && reply.actions.length === 0) {
    return {
      ok: false,
      error: new CallControlProtocolError('invalid-reply', [
        {
          path: 'actions',
          message: 'a reply to a live call needs at least one action, or the call would hang',
        },
      ]),
    };
  }
  if (!live && reply.actions.length > 0) {
    return {
      ok: false,
      error: new CallControlProtocolError('invalid-reply', [
        {
          path: 'actions',
          message: `a reply to ${options.event} must carry no actions; the call is not live`,
        },
      ]),
    };
  }
  return { ok: true, reply };
}
