import { HANGUP_SIDES, LEG_KINDS, legPartySchema, rtpStatsSchema } from '@carillon/call-control';
import { CALL_DIRECTIONS } from '@carillon/edge-api';
import { z } from 'zod';

/**
 * What the B2BUA tells the CDR path, and the journal's line format. Every
 * fact carries `at` (epoch ms, wall clock) so a replay knows both the state
 * of each call and when the edge was last alive.
 *
 * The journal is this project's own file, but it is read back after a
 * crash, so it is parsed with a schema: a torn or foreign line is skipped,
 * never trusted.
 */
const at = z.number().int().min(0);
const id = z.string().min(1).max(256);
const nullableId = z.string().min(1).max(64).nullable();

export const legStartSchema = z.object({
  legId: z.string().min(1).max(100),
  kind: z.enum(LEG_KINDS),
  caller: legPartySchema,
  callee: legPartySchema,
  deviceId: nullableId.default(null),
  trunkId: nullableId.default(null),
  gatewayId: nullableId.default(null),
});

export const legEndingSchema = z.object({
  /** ITU-T Q.850 cause (RFC 3326 Reason header), 0–127. */
  cause: z.number().int().min(0).max(127),
  side: z.enum(HANGUP_SIDES),
  /** Final SIP response of an unanswered leg (486, 487 …). */
  sipStatus: z.number().int().min(100).max(699).optional(),
  /** Overrides the codec noted at answer (a re-INVITE may have changed it). */
  codec: z.string().max(32).nullable().optional(),
  rtp: rtpStatsSchema.nullable().optional(),
});

export const callEndingSchema = z.object({
  cause: z.number().int().min(0).max(127),
  side: z.enum(HANGUP_SIDES),
  sipStatus: z.number().int().min(100).max(699).optional(),
  reason: z.string().max(128).optional(),
});

export const callStartSchema = z.object({
  callId: id,
  tenantId: z.string().min(1).max(64),
  direction: z.enum(CALL_DIRECTIONS),
  /** The call as dialled (the CDR's top-level parties). */
  caller: legPartySchema,
  callee: legPartySchema,
  private: z.boolean().default(false),
  /** The caller's leg: a CDR has at least one leg, so a call starts with one. */
  leg: legStartSchema,
});

const legStateSchema = legStartSchema.extend({
  startedAt: at,
  answeredAt: at.nullable(),
  endedAt: at.nullable(),
  ending: legEndingSchema.nullable(),
  codec: z.string().max(32).nullable(),
});

export const callStateSchema = callStartSchema.omit({ leg: true }).extend({
  startedAt: at,
  legs: z.array(legStateSchema).min(1),
  /** Set once the B2BUA ended the call: enough to rebuild its normal report after a crash. */
  ended: z.object({ at, ending: callEndingSchema }).nullable().default(null),
});

export const callFactSchema = z.discriminatedUnion('t', [
  z.object({ t: z.literal('call-started'), at, call: callStartSchema }),
  z.object({ t: z.literal('leg-started'), at, callId: id, leg: legStartSchema }),
  z.object({
    t: z.literal('leg-answered'),
    at,
    callId: id,
    legId: z.string(),
    codec: z.string().max(32).nullable(),
  }),
  z.object({ t: z.literal('leg-ended'), at, callId: id, legId: z.string(), ending: legEndingSchema }),
  /** The call ended by signalling; its report is being written to the outbox. */
  z.object({ t: z.literal('call-ending'), at, callId: id, ending: callEndingSchema }),
  /** Written after the call's report is durable in the outbox: from here on the journal may forget it. */
  z.object({ t: z.literal('call-ended'), at, callId: id }),
  /** A call's whole state, copied into a new segment so older segments can be deleted. */
  z.object({ t: z.literal('snapshot'), at, call: callStateSchema }),
  /** Heartbeat while calls are up: bounds how stale "last alive" is after a crash. */
  z.object({ t: z.literal('alive'), at }),
]);

export type LegStart = z.input<typeof legStartSchema>;
export type LegEnding = z.input<typeof legEndingSchema>;
export type CallEnding = z.input<typeof callEndingSchema>;
export type CallStart = z.input<typeof callStartSchema>;
export type LegState = z.infer<typeof legStateSchema>;
export type CallState = z.infer<typeof callStateSchema>;
export type CallFact = z.infer<typeof callFactSchema>;
