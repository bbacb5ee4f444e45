import { z } from 'zod';
import { actionResultSchema } from './action-result';
import { callInfoSchema } from './call-info';
import {
  callIdSchema,
  idSchema,
  legIdSchema,
  protocolVersionSchema,
  q850CauseSchema,
  reasonSchema,
  sipStatusSchema,
  timestampSchema,
  unionError,
} from './fields';
import { HANGUP_SIDES, legReportSchema } from './leg-report';
import { MAX_LEGS_PER_CALL, MAX_STATE_BYTES } from './limits';

export const EVENT_TYPES = ['call.new', 'action.done', 'call.ended', 'leg.report'] as const;
export type EventType = (typeof EVENT_TYPES)[number];
/** Events of a call that is still up; the reply to them must carry actions. */
export const LIVE_EVENT_TYPES = ['call.new', 'action.done'] as const satisfies readonly EventType[];

/** The sealed state token the control plane returned last, echoed verbatim; ≤ 8 KiB. */
export const stateTokenSchema = z
  .string({ error: 'state must be a string or null' })
  .max(MAX_STATE_BYTES, { error: `state must be at most ${MAX_STATE_BYTES} bytes` });

const envelope = {
  protocolVersion: protocolVersionSchema,
  /** The edge's id of the call, unique across the platform; ≤ 256 characters. */
  callId: callIdSchema,
  /** The leg the event is about (the caller's leg for call.new and action.done). */
  legId: legIdSchema,
  tenantId: idSchema('tenantId'),
  /**
   * 1, 2, 3, … per call, across all its events: lets the control plane and the
   * CDR writer spot reordering and duplicates. 1 – 2,147,483,647.
   */
  seq: z
    .number({ error: 'seq must be a number' })
    .int({ error: 'seq must be a whole number' })
    .min(1, { error: 'seq must be at least 1' })
    .max(2 ** 31 - 1, { error: 'seq must be at most 2147483647' }),
  /** When the edge created the event. */
  at: timestampSchema,
  /** The edge node that holds the call (for hand-over and logs). */
  edgeNodeId: idSchema('edgeNodeId'),
  call: callInfoSchema,
  /** The last reply's state, echoed; null when there is none. */
  state: stateTokenSchema.nullable(),
};

/**
 * A new inbound call: the control plane decides what to do with it.
 *
 * Also sent for a blind transfer (RFC 5589 §6; media/src/b2bua/transfer-target.ts): the edge asks
 * where the Refer-To target goes as a call from the transferor's device (`call.source`, `call.from`)
 * to the Refer-To URI (`call.to`, `call.requestUri`), with a call id of its own
 * (`<callId of the transferred call>x<n>`), seq 1 and no state. The edge rings the reply's first
 * `dial` for the transferee (a `hangup` first refuses the transfer with its SIP status) and sends
 * no further event for that id: the new leg is reported in the transferred call's `call.ended`.
 * Routing it like a call from the transferor keeps routing in one place and applies the
 * transferor's own rights to where it may send a caller.
 */
export const callNewEventSchema = z
  .strictObject({
    ...envelope,
    event: z.literal('call.new'),
    state: z.null({ error: 'a new call has no state yet' }).default(null),
  })
  .meta({ description: 'A new call arrived at the edge.' });

/** The actions of the last reply have run (or one of them ended otherwise); what next? */
export const actionDoneEventSchema = z
  .strictObject({ ...envelope, event: z.literal('action.done'), result: actionResultSchema })
  .meta({ description: 'The last run of actions ended; result says how.' });

/**
 * The call is over. Carries every leg of the call, so the CDR can be written
 * from this event alone; the reply carries no actions.
 */
export const callEndedEventSchema = z
  .strictObject({
    ...envelope,
    event: z.literal('call.ended'),
    ended: z.strictObject({
      /** Q.850 cause of the call's end (RFC 3326), 1–127. */
      cause: q850CauseSchema,
      side: z.enum(HANGUP_SIDES, { error: 'side must be caller, callee or system' }),
      /** Final response when the call ended unanswered. */
      sipStatus: sipStatusSchema.optional(),
      reason: reasonSchema.optional(),
      /** First answer of the caller's leg; null when never answered. */
      answeredAt: timestampSchema.nullable(),
      endedAt: timestampSchema,
    }),
    /** 1–64 legs, the caller's first. */
    legs: z
      .array(legReportSchema)
      .min(1, { error: 'a call has at least one leg' })
      .max(MAX_LEGS_PER_CALL, { error: `at most ${MAX_LEGS_PER_CALL} legs` }),
  })
  .superRefine((event, context) => {
    const seen = new Set<string>();
    event.legs.forEach((leg, index) => {
      if (seen.has(leg.legId)) {
        context.addIssue({
          code: 'custom',
          path: ['legs', index, 'legId'],
          message: 'leg is reported twice',
        });
      }
      seen.add(leg.legId);
    });
  })
  .meta({ description: 'The call ended; every leg is reported for the CDR.' });

/**
 * One leg ended while the call goes on (a transferred party, a hunt attempt).
 * Early and informational: `call.ended` repeats every leg and is authoritative.
 */
export const legReportEventSchema = z
  .strictObject({ ...envelope, event: z.literal('leg.report'), leg: legReportSchema })
  .superRefine((event, context) => {
    if (event.leg.legId !== event.legId) {
      context.addIssue({
        code: 'custom',
        path: ['leg', 'legId'],
        message: 'leg.legId must equal the event legId',
      });
    }
  })
  .meta({ description: 'A leg ended while the call continues.' });

export const callEventSchema = z.discriminatedUnion(
  'event',
  [callNewEventSchema, actionDoneEventSchema, callEndedEventSchema, legReportEventSchema],
  { error: unionError('event', 'event', EVENT_TYPES) },
);

export type CallEvent = z.infer<typeof callEventSchema>;
export type CallEventInput = z.input<typeof callEventSchema>;
export type CallNewEvent = z.infer<typeof callNewEventSchema>;
export type ActionDoneEvent = z.infer<typeof actionDoneEventSchema>;
export type CallEndedEvent = z.infer<typeof callEndedEventSchema>;
export type LegReportEvent = z.infer<typeof legReportEventSchema>;
/** An event of a call that is still up. */
export type LiveCallEvent = CallNewEvent | ActionDoneEvent;
