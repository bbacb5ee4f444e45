import { z } from 'zod';
import { dtmfSchema, idSchema, intSchema, msSchema, numberSchema, unionError, uriSchema } from '../fields';
import { MAX_TARGET_DELAY_MS, MAX_TARGET_TIMEOUT_MS } from '../limits';
import { audioSourceSchema } from './audio-source';

/** Fields every dial target has. */
const targetFields = {
  /** Ring time of this target in ms (1,000–300,000); absent = the dial's `targetTimeoutMs`. */
  timeoutMs: msSchema('timeoutMs', 1000, MAX_TARGET_TIMEOUT_MS).optional(),
  /**
   * Parallel dials only: start ringing this target after this many ms (0–120,000),
   * e.g. the iFMC "Call delay" (T300 manual L647-648). Default 0.
   */
  delayMs: msSchema('delayMs', 0, MAX_TARGET_DELAY_MS).default(0),
  /**
   * Alert-Info URI for a distinctive ring (RFC 3261 §20.4), e.g. the T640 door
   * station ringtone; absent = none. ≤ 1,024 characters.
   */
  alertInfo: z
    .string({ error: 'alertInfo must be a string' })
    .max(1024, { error: 'alertInfo must be at most 1024 characters' })
    .optional(),
  /** Ask the phone to answer by itself (intercom / broadcast group, T300 manual L968-989). Default false. */
  autoAnswer: z.boolean({ error: 'autoAnswer must be true or false' }).default(false),
};

/** Every registered contact of one device (the edge's location service knows them, RFC 3261 §10). */
export const deviceTargetSchema = z.strictObject({
  kind: z.literal('device'),
  deviceId: idSchema('deviceId'),
  ...targetFields,
});

/** One contact URI, e.g. one binding the control plane picked, or a SIP URI elsewhere. */
export const contactTargetSchema = z.strictObject({
  kind: z.literal('contact'),
  uri: uriSchema,
  /** The device the binding belongs to, when the contact is a registration; for call limits and CDRs. */
  deviceId: idSchema('deviceId').optional(),
  /**
   * The edge node holding the binding's connection (ARCHITECTURE §5): a node
   * hands the leg to it instead of sending from a socket the phone never opened.
   */
  edgeNodeId: z
    .string({ error: 'edgeNodeId must be a string' })
    .min(1, { error: 'edgeNodeId must not be empty' })
    .max(100, { error: 'edgeNodeId must be at most 100 characters' })
    .optional(),
  ...targetFields,
});

/** How an external call leaves: a SIP trunk, or a line (FXO/BRI) of an on-site appliance. */
export const routeSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('trunk'), trunkId: idSchema('trunkId') }),
    z.strictObject({
      kind: z.literal('gateway'),
      gatewayId: idSchema('gatewayId'),
      /** Port number on the appliance (1–64); absent = any free line port. */
      port: intSchema('port', 1, 64).optional(),
    }),
  ],
  { error: unionError('route', 'kind', ['trunk', 'gateway']) },
);

/**
 * Answer confirmation for external targets: iFMC "Confirm answering calls by
 * keypress" (T300 manual L651-655). The callee hears `prompt` and is connected
 * only after pressing `key`, so a mobile's mailbox cannot take the call.
 */
export const answerConfirmationSchema = z.strictObject({
  prompt: audioSourceSchema,
  /** The key that confirms; '' = any key. Default ''. */
  key: dtmfSchema('key').max(1, { error: 'key must be a single DTMF key or empty' }).default(''),
  /** Time to press it, in ms (1,000–60,000); default 10,000. Unconfirmed = not answered. */
  timeoutMs: msSchema('timeoutMs', 1000, 60_000).default(10_000),
});

/** An external number through a trunk or appliance line (outbound route already chosen). */
export const externalTargetSchema = z.strictObject({
  kind: z.literal('external'),
  /** The number as it must be sent on the route (prefixes applied). */
  number: numberSchema,
  route: routeSchema,
  confirm: answerConfirmationSchema.optional(),
  ...targetFields,
});

export const dialTargetSchema = z.discriminatedUnion(
  'kind',
  [deviceTargetSchema, contactTargetSchema, externalTargetSchema],
  { error: unionError('target', 'kind', ['device', 'contact', 'external']) },
);

export type DialTarget = z.infer<typeof dialTargetSchema>;
export type DialTargetInput = z.input<typeof dialTargetSchema>;
export type Route = z.infer<typeof routeSchema>;
