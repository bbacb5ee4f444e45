import {
  callIdSchema,
  cdrIdempotencyKey,
  checkTimes,
  HANGUP_SIDES,
  legPartySchema,
  legReportSchema,
  MAX_LEGS_PER_CALL,
} from '@carillon/call-control';
import { z } from 'zod';
import { edgeIdSchema, reasonSchema, sipStatusSchema, timestampSchema } from './fields';

/**
 * `POST /edge/v1/cdr-reports` — the edge's report of one finished call, from
 * which the control plane writes the call's one CDR (ARCHITECTURE §3).
 *
 * The edge writes each report to an on-disk outbox before sending and deletes
 * it on a 2xx, so a crash loses nothing; a retried report is harmless because
 * `idempotencyKey` (= `cdrIdempotencyKey(callId)`) admits one record per call.
 * Calls the edge finds in its outbox after a crash are reported with
 * `termination: edge-failure`, their end time the edge's last checkpoint.
 *
 * Responses: 201 created, 200 already recorded (both with a receipt); 4xx is
 * permanent (move the report aside, do not retry); 5xx, 429 and timeouts are
 * worth retrying with backoff.
 */
export const CALL_DIRECTIONS = ['internal', 'inbound', 'outbound'] as const;
/**
 * How the call ended: `normal` — by signalling (BYE, CANCEL, a final
 * response, a hangup action); `edge-failure` — the edge holding it died and
 * the call was reconstructed from the outbox on restart.
 */
export const CALL_TERMINATIONS = ['normal', 'edge-failure'] as const;

export const cdrReportSchema = z
  .strictObject({
    /** `cdrIdempotencyKey(callId)` from `@carillon/call-control`; checked against callId. */
    idempotencyKey: z.string({ error: 'idempotencyKey must be a string' }).min(8).max(200),
    callId: callIdSchema,
    tenantId: edgeIdSchema('tenantId'),
    edgeNodeId: edgeIdSchema('edgeNodeId'),
    direction: z.enum(CALL_DIRECTIONS, { error: 'direction must be internal, inbound or outbound' }),
    /** The call as a whole: who called whom, as dialled. */
    caller: legPartySchema,
    callee: legPartySchema,
    /** When the edge received the initial INVITE. */
    startedAt: timestampSchema,
    /** First answer of the caller's leg; null when never answered. */
    answeredAt: timestampSchema.nullable(),
    endedAt: timestampSchema,
    /** Q.850 cause of the call's end (RFC 3326), 0–127. */
    cause: z
      .number({ error: 'cause must be a number' })
      .int({ error: 'cause must be a whole number' })
      .min(0, { error: 'cause must be a Q.850 value 0–127' })
      .max(127, { error: 'cause must be a Q.850 value 0–127' }),
    side: z.enum(HANGUP_SIDES, { error: 'side must be caller, callee or system' }),
    /** Final response to the caller when the call ended unanswered (486, 487, 404 …). */
    sipStatus: sipStatusSchema.optional(),
    reason: reasonSchema.optional(),
    termination: z
      .enum(CALL_TERMINATIONS, { error: 'termination must be normal or edge-failure' })
      .default('normal'),
    /** The caller withheld the call from the records (T300 manual L2924-2925). */
    private: z.boolean({ error: 'private must be true or false' }).default(false),
    /** 1–64 legs, the caller's first, each with its times, cause, codec and RTP statistics. */
    legs: z
      .array(legReportSchema)
      .min(1, { error: 'a call has at least one leg' })
      .max(MAX_LEGS_PER_CALL, { error: `at most ${MAX_LEGS_PER_CALL} legs` }),
  })
  .superRefine((report, context) => {
    checkTimes(report, context);
    if (report.idempotencyKey !== cdrIdempotencyKey(report.callId)) {
      context.addIssue({
        code: 'custom',
        path: ['idempotencyKey'],
        message: 'idempotencyKey must be cdrIdempotencyKey(callId): one CDR per call',
      });
    }
    const seen = new Set<string>();
    report.legs.forEach((leg, index) => {
      if (seen.has(leg.legId)) {
        context.addIssue({
          code: 'custom',
          path: ['legs', index, 'legId'],
          message: 'leg is reported twice',
        });
      }
      seen.add(leg.legId);
    });
  });

/** What the control plane answers: the record's id, and whether this report created it. */
export const cdrReceiptSchema = z.strictObject({
  cdrId: z.string().min(1),
  created: z.boolean(),
});

export type CallDirection = (typeof CALL_DIRECTIONS)[number];
export type CallTermination = (typeof CALL_TERMINATIONS)[number];
export type CdrReport = z.infer<typeof cdrReportSchema>;
export type CdrReportInput = z.input<typeof cdrReportSchema>;
export type CdrReceipt = z.infer<typeof cdrReceiptSchema>;
