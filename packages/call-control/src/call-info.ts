import { z } from 'zod';
import { displayNameSchema, idSchema, intSchema, timestampSchema, unionError, uriSchema } from './fields';
import { MAX_CODECS, MAX_HEADER_VALUE_LENGTH, MAX_HEADER_VALUES, MAX_USER_PART_LENGTH } from './limits';

/** A party as signalled in From or To (RFC 3261 §20.20, §20.39), with the parts the edge parsed. */
export const partySchema = z.strictObject({
  /** The URI of the name-addr, as received. ≤ 1,024 characters. */
  uri: uriSchema,
  /** The URI's user part (RFC 3261 §19.1.1), percent-decoded; null when the URI has none. ≤ 128. */
  user: z
    .string({ error: 'user must be a string' })
    .max(MAX_USER_PART_LENGTH, { error: `user must be at most ${MAX_USER_PART_LENGTH} characters` })
    .nullable(),
  /** The display name without quotes; null when absent. ≤ 128 characters. */
  displayName: displayNameSchema.nullable().default(null),
});

export const GATEWAY_PORT_TYPES = ['fxs', 'fxo', 'bri'] as const;

/**
 * Where the call came from, as the edge authenticated it:
 *  - `extension`: a registered IP phone or softphone (digest-authenticated device);
 *  - `webrtc`: the portal softphone over WSS (device of kind webrtc);
 *  - `trunk`: a SIP provider, identified by its address or registration;
 *  - `gateway`: a port of an on-site appliance — an analogue phone (FXS) or an
 *    analogue/ISDN line (FXO, BRI).
 */
export const callSourceSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({
      kind: z.literal('extension'),
      deviceId: idSchema('deviceId'),
      /** The device's owner when the edge knows it from the credentials; else absent. */
      userId: idSchema('userId').optional(),
    }),
    z.strictObject({
      kind: z.literal('webrtc'),
      deviceId: idSchema('deviceId'),
      userId: idSchema('userId').optional(),
    }),
    z.strictObject({ kind: z.literal('trunk'), trunkId: idSchema('trunkId') }),
    z.strictObject({
      kind: z.literal('gateway'),
      gatewayId: idSchema('gatewayId'),
      port: z.strictObject({
        type: z.enum(GATEWAY_PORT_TYPES, { error: 'port type must be fxs, fxo or bri' }),
        /** 1–64, as labelled on the appliance. */
        number: intSchema('port number', 1, 64),
      }),
    }),
  ],
  { error: unionError('source', 'kind', ['extension', 'webrtc', 'trunk', 'gateway']) },
);

const headerValues = (name: string) =>
  z
    .array(
      z.string({ error: `${name} must hold strings` }).max(MAX_HEADER_VALUE_LENGTH, {
        error: `${name} values must be at most ${MAX_HEADER_VALUE_LENGTH} characters`,
      }),
    )
    .min(1, { error: `${name} must be absent rather than empty` })
    .max(MAX_HEADER_VALUES, { error: `${name} can have at most ${MAX_HEADER_VALUES} values` })
    .optional();

/**
 * Request headers the control plane routes on, values as received (one entry
 * per header field value). Others are not forwarded.
 */
export const selectedHeadersSchema = z.strictObject({
  /** RFC 3325 §9.1: the network-asserted caller, from trusted trunks. */
  pAssertedIdentity: headerValues('pAssertedIdentity'),
  /** RFC 3325 §9.2. */
  pPreferredIdentity: headerValues('pPreferredIdentity'),
  /** RFC 3323 §4.2. */
  privacy: headerValues('privacy'),
  /** RFC 5806: who forwarded the call, for forwarded trunk calls. */
  diversion: headerValues('diversion'),
  /** RFC 7044. */
  historyInfo: headerValues('historyInfo'),
  /** RFC 3892: set on an INVITE triggered by a REFER. */
  referredBy: headerValues('referredBy'),
  /** RFC 3891: this INVITE replaces an existing dialog (attended transfer, pickup). */
  replaces: headerValues('replaces'),
  /** RFC 3261 §20.41. */
  userAgent: headerValues('userAgent'),
});

export const TRANSPORTS = ['udp', 'tcp', 'tls', 'ws', 'wss'] as const;

/** The signalling hop the INVITE arrived on; for logs and trunk checks. */
export const signallingSchema = z.strictObject({
  transport: z.enum(TRANSPORTS, { error: 'transport must be udp, tcp, tls, ws or wss' }),
  /** IPv4 or IPv6 address, textual. */
  remoteAddress: z.union([z.ipv4(), z.ipv6()], { error: 'remoteAddress must be an IP address' }),
  remotePort: intSchema('remotePort', 1, 65535),
});

/** What the edge knows about the call; sent in every event so the control plane need not keep it. */
export const callInfoSchema = z.strictObject({
  from: partySchema,
  to: partySchema,
  /** The Request-URI of the initial INVITE (RFC 3261 §8.1.1.1), where trunks put the DID. */
  requestUri: uriSchema,
  source: callSourceSchema,
  headers: selectedHeadersSchema.default({}),
  signalling: signallingSchema,
  /** Codecs offered in the caller's SDP, by encoding name (`PCMA`, `opus`, `telephone-event`, …); ≤ 16. */
  codecs: z
    .array(z.string().min(1).max(32, { error: 'codec names must be at most 32 characters' }))
    .max(MAX_CODECS, { error: `at most ${MAX_CODECS} codecs` })
    .default([]),
  /** When the edge received the initial INVITE. */
  startedAt: timestampSchema,
});

export type Party = z.infer<typeof partySchema>;
export type CallSource = z.infer<typeof callSourceSchema>;
export type CallInfo = z.infer<typeof callInfoSchema>;
export type CallInfoInput = z.input<typeof callInfoSchema>;
