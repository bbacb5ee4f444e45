import { z } from 'zod';
import { displayNameSchema, idSchema, legIdSchema, sipStatusSchema, timestampSchema } from './fields';

/** Kinds of leg, as the CDR records them (`@carillon/domain` CDR legs). */
export const LEG_KINDS = ['extension', 'trunk', 'gateway', 'webrtc', 'application'] as const;
export const HANGUP_SIDES = ['caller', 'callee', 'system'] as const;

const count = (label: string) =>
  z
    .number({ error: `${label} must be a number` })
    .int({ error: `${label} must be a whole number` })
    .min(0, { error: `${label} must not be negative` });

/** RTP statistics of one leg's media stream, as the relay counted them (RFC 3550 §6.4). */
export const rtpStatsSchema = z.strictObject({
  packetsSent: count('packetsSent'),
  packetsReceived: count('packetsReceived'),
  bytesSent: count('bytesSent'),
  bytesReceived: count('bytesReceived'),
  /** Cumulative packets lost from the far end (RFC 3550 §6.4.1). */
  packetsLost: count('packetsLost'),
  /** Interarrival jitter (RFC 3550 §6.4.1), in ms. */
  jitterMs: z
    .number({ error: 'jitterMs must be a number' })
    .min(0, { error: 'jitterMs must not be negative' }),
  /** Estimated MOS 1–5 (ITU-T G.107); null when not computed. */
  mos: z
    .number()
    .min(1, { error: 'mos must be 1–5' })
    .max(5, { error: 'mos must be 1–5' })
    .nullable()
    .default(null),
});

/** A party of a leg as the CDR shows it. */
export const legPartySchema = z.strictObject({
  /** Number or extension as signalled; ≤ 64 characters. */
  number: z
    .string({ error: 'number must be a string' })
    .max(64, { error: 'number must be at most 64 characters' }),
  name: displayNameSchema.nullable().default(null),
});

/**
 * The lifecycle of one leg for the CDR: who, which device or trunk, when it
 * started, was answered and ended, why it ended, and how its media fared.
 */
export const legReportSchema = z
  .strictObject({
    legId: legIdSchema,
    kind: z.enum(LEG_KINDS, { error: `kind must be one of ${LEG_KINDS.join(', ')}` }),
    caller: legPartySchema,
    callee: legPartySchema,
    deviceId: idSchema('deviceId').nullable().default(null),
    trunkId: idSchema('trunkId').nullable().default(null),
    gatewayId: idSchema('gatewayId').nullable().default(null),
    startedAt: timestampSchema,
    /** Null when the leg was never answered. */
    answeredAt: timestampSchema.nullable(),
    endedAt: timestampSchema,
    /** ITU-T Q.850 cause the leg ended with (RFC 3326); 0–127. */
    cause: z.number().int().min(0).max(127, { error: 'cause must be a Q.850 value 0–127' }),
    /** The final SIP response of an unanswered leg (486, 487, …); absent when answered and ended by BYE. */
    sipStatus: sipStatusSchema.optional(),
    side: z.enum(HANGUP_SIDES, { error: 'side must be caller, callee or system' }),
    /** Negotiated audio codec (`PCMA`, `opus`); null when media never flowed. */
    codec: z.string().max(32, { error: 'codec must be at most 32 characters' }).nullable().default(null),
    rtp: rtpStatsSchema.nullable().default(null),
  })
  .superRefine((leg, context) => checkTimes(leg, context));

/** Start ≤ answer ≤ end; RFC 3339 UTC timestamps of equal precision compare as strings, but parse to be safe. */
export function checkTimes(
  times: { startedAt: string; answeredAt: string | null; endedAt: string },
  context: z.RefinementCtx,
): void {
  const started = Date.parse(times.startedAt);
  const answered = times.answeredAt === null ? null : Date.parse(times.answeredAt);
  if (answered !== null && answered < started) {
    context.addIssue({
      code: 'custom',
      path: ['answeredAt'],
      message: 'answeredAt must not be before startedAt',
    });
  }
  if (Date.parse(times.endedAt) < (answered ?? started)) {
    context.addIssue({
      code: 'custom',
      path: ['endedAt'],
      message: 'endedAt must not be before startedAt or answeredAt',
    });
  }
}

export type LegReport = z.infer<typeof legReportSchema>;
export type LegReportInput = z.input<typeof legReportSchema>;
export type RtpStats = z.infer<typeof rtpStatsSchema>;
