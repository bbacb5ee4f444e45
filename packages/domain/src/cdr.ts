import { z } from 'zod';
import { cdrIdSchema, deviceIdSchema, tenantIdSchema, trunkIdSchema, userIdSchema } from './values/id';
import { isoDateTimeSchema } from './values/time';

/**
 * Call detail records: one per call with its legs (ARCHITECTURE §3). The T640
 * lists time, caller, target, duration and a type answered / no answer / busy /
 * failed (T640 manual L3519-3529); the rest is what billing and support need.
 * Written once under an idempotency key, so no `version`.
 */
export const CDR_DISPOSITIONS = ['answered', 'no-answer', 'busy', 'failed'] as const;
export const CALL_DIRECTIONS = ['inbound', 'outbound', 'internal'] as const;
export const HANGUP_SIDES = ['caller', 'callee', 'system'] as const;
export const LEG_KINDS = ['extension', 'trunk', 'gateway', 'webrtc', 'application'] as const;

const nonNegativeInt = (label: string) =>
  z
    .number({ error: `${label} must be a number` })
    .int({ error: `${label} must be a whole number` })
    .min(0, { error: `${label} must not be negative` });

export const rtpStatsSchema = z.object({
  packetsSent: nonNegativeInt('packets sent'),
  packetsReceived: nonNegativeInt('packets received'),
  packetsLost: nonNegativeInt('packets lost'),
  /** Interarrival jitter (RFC 3550 §6.4.1) in milliseconds. */
  jitterMs: z.number().min(0, { error: 'jitter must not be negative' }),
  /** Estimated MOS 1–5 (ITU-T G.107 E-model); null if not computed. */
  mos: z.number().min(1, { error: 'MOS must be 1–5' }).max(5, { error: 'MOS must be 1–5' }).nullable(),
});

export const cdrPartySchema = z.object({
  /** Number or extension as signalled. */
  number: z.string().max(64),
  name: z.string().max(100).nullable(),
});

function checkTimes(
  times: { startedAt: string; answeredAt: string | null; endedAt: string },
  context: z.RefinementCtx,
  prefix: (string | number)[] = [],
): void {
  if (times.answeredAt !== null && times.answeredAt < times.startedAt) {
    context.addIssue({
      code: 'custom',
      path: [...prefix, 'answeredAt'],
      message: 'answer time must not be before start time',
    });
  }
  if (times.endedAt < (times.answeredAt ?? times.startedAt)) {
    context.addIssue({
      code: 'custom',
      path: [...prefix, 'endedAt'],
      message: 'end time must not be before start or answer time',
    });
  }
}

export const cdrLegSchema = z.object({
  legId: z.string().min(1).max(100),
  kind: z.enum(LEG_KINDS, { error: `leg kind must be one of ${LEG_KINDS.join(', ')}` }),
  caller: cdrPartySchema,
  callee: cdrPartySchema,
  deviceId: deviceIdSchema.nullable(),
  userId: userIdSchema.nullable(),
  trunkId: trunkIdSchema.nullable(),
  startedAt: isoDateTimeSchema,
  answeredAt: isoDateTimeSchema.nullable(),
  endedAt: isoDateTimeSchema,
  disposition: z.enum(CDR_DISPOSITIONS, { error: 'disposition must be answered, no-answer, busy or failed' }),
  /** ITU-T Q.850 cause value (RFC 3326 Reason header), 1–127. */
  hangupCause: z.number().int().min(0).max(127, { error: 'hangup cause must be a Q.850 value 0–127' }),
  hangupSide: z.enum(HANGUP_SIDES, { error: 'hangup side must be caller, callee or system' }),
  codec: z.string().max(32).nullable(),
  rtp: rtpStatsSchema.nullable(),
});

const cdrObjectSchema = z.object({
  id: cdrIdSchema,
  tenantId: tenantIdSchema,
  /** SIP Call-ID of the first leg. */
  callId: z.string().min(1).max(256),
  /** Set by the edge per call; a retried report with the same key never makes a second record. */
  idempotencyKey: z.string().min(8, { error: 'idempotency key must be at least 8 characters' }).max(200),
  direction: z.enum(CALL_DIRECTIONS, { error: 'direction must be inbound, outbound or internal' }),
  caller: cdrPartySchema,
  callee: cdrPartySchema,
  startedAt: isoDateTimeSchema,
  answeredAt: isoDateTimeSchema.nullable(),
  endedAt: isoDateTimeSchema,
  /** Whole seconds from start to end, ring time included (T640 manual L3512-3513). */
  durationSeconds: nonNegativeInt('duration'),
  /** Whole seconds from answer to end; what is billed. */
  billableSeconds: nonNegativeInt('billable seconds'),
  disposition: z.enum(CDR_DISPOSITIONS, {
    error: 'disposition must be answered, no-answer, busy or failed',
  }),
  hangupCause: z.number().int().min(0).max(127, { error: 'hangup cause must be a Q.850 value 0–127' }),
  hangupSide: z.enum(HANGUP_SIDES, { error: 'hangup side must be caller, callee or system' }),
  /** Marked private with *2 (T300 manual L2924-2925); the number is masked in exports. */
  private: z.boolean().default(false),
  legs: z.array(cdrLegSchema).min(1, { error: 'a CDR needs at least one leg' }),
  createdAt: isoDateTimeSchema,
});

export const cdrSchema = cdrObjectSchema.superRefine((cdr, context) => {
  checkTimes(cdr, context);
  cdr.legs.forEach((leg, index) => {
    checkTimes(leg, context, ['legs', index]);
  });
  if (cdr.billableSeconds > cdr.durationSeconds) {
    context.addIssue({
      code: 'custom',
      path: ['billableSeconds'],
      message: 'billable seconds must not exceed duration',
    });
  }
  if (cdr.disposition !== 'answered' && cdr.billableSeconds > 0) {
    context.addIssue({
      code: 'custom',
      path: ['billableSeconds'],
      message: 'an unanswered call has no billable seconds',
    });
  }
  if ((cdr.disposition === 'answered') !== (cdr.answeredAt !== null)) {
    context.addIssue({
      code: 'custom',
      path: ['answeredAt'],
      message: 'answer time is set exactly when the call was answered',
    });
  }
});

export type Cdr = z.infer<typeof cdrSchema>;

/** A CDR as the API shows it: everything but the edge's idempotency key (an internal retry token). */
export const cdrOutputSchema = cdrObjectSchema.omit({ idempotencyKey: true });
export type CdrOutput = z.infer<typeof cdrOutputSchema>;

/** A CDR in a list: the call without its legs (`GET …/cdrs/{cdrId}` has them). */
export const cdrSummaryOutputSchema = cdrOutputSchema.omit({ legs: true }).extend({
  legCount: z.number().int().min(1),
});
export type CdrSummaryOutput = z.infer<typeof cdrSummaryOutputSchema>;

export function toCdrOutput(cdr: Cdr): CdrOutput {
  const { idempotencyKey: _key, ...output } = cdr;
  return output;
}

export function toCdrSummaryOutput(cdr: Cdr): CdrSummaryOutput {
  const { idempotencyKey: _key, legs, ...output } = cdr;
  return { ...output, legCount: legs.length };
}
export type CdrLeg = z.infer<typeof cdrLegSchema>;
export type CdrDisposition = (typeof CDR_DISPOSITIONS)[number];

/** Duration and billable seconds from the call's times, rounded down to whole seconds. */
export function cdrDurations(times: { startedAt: string; answeredAt: string | null; endedAt: string }): {
  durationSeconds: number;
  billableSeconds: number;
} {
  const end = Date.parse(times.endedAt);
  const seconds = (from: number) => Math.max(0, Math.floor((end - from) / 1000));
  return {
    durationSeconds: seconds(Date.parse(times.startedAt)),
    billableSeconds: times.answeredAt === null ? 0 : seconds(Date.parse(times.answeredAt)),
  };
}

export type CallDirection = (typeof CALL_DIRECTIONS)[number];

/**
 * The users a call involved — on any leg, caller or callee — each once, in leg
 * order. A user with `own` access to CDRs sees exactly the calls listing them.
 */
export function cdrUserIds(cdr: Pick<Cdr, 'legs'>): string[] {
  const ids = new Set<string>();
  for (const leg of cdr.legs) if (leg.userId !== null) ids.add(leg.userId);
  return [...ids];
}

/** The caller's and the callee's number as signalled, each once (what a number filter matches). */
export function cdrNumbers(cdr: Pick<Cdr, 'caller' | 'callee'>): string[] {
  return [...new Set([cdr.caller.number, cdr.callee.number])];
}
