import { z } from 'zod';
import { deviceIdSchema, registrationIdSchema, tenantIdSchema } from './values/id';
import { isoDateTimeSchema } from './values/time';

/**
 * A registrar binding (RFC 3261 §10): address-of-record → contact, held by one
 * edge node until it expires. Stored with a DynamoDB TTL (`expiresAtEpoch`) so
 * stale bindings disappear on their own; call routing still checks `expiresAt`
 * because TTL deletion lags.
 */
export const SIP_TRANSPORTS = ['udp', 'tcp', 'tls', 'ws', 'wss'] as const;

/** Registrar bounds for Expires (RFC 3261 §10.3 step 7: the registrar may lower it, or answer 423 below a minimum). */
export const REGISTRATION_MIN_EXPIRES = 60;
export const REGISTRATION_MAX_EXPIRES = 3600;

export const registrationSchema = z.object({
  id: registrationIdSchema,
  tenantId: tenantIdSchema,
  deviceId: deviceIdSchema,
  /** `sip:<username>@<tenant SIP domain>`. */
  aor: z
    .string()
    .regex(/^sips?:[^@\s]+@[^@\s]+$/, { error: 'AOR must be a sip: or sips: URI with user and domain' }),
  contactUri: z.string().regex(/^sips?:\S+$/, { error: 'contact must be a sip: or sips: URI' }),
  /** +sip.instance (RFC 5626 §4.1) when the device sends one; bindings with the same instance replace each other. */
  instanceId: z.string().max(200).nullable(),
  regId: z.number().int().min(1).nullable(),
  callId: z.string().min(1).max(256),
  cseq: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1),
  transport: z.enum(SIP_TRANSPORTS, { error: 'transport must be udp, tcp, tls, ws or wss' }),
  /** Where the REGISTER came from (after NAT): `ip:port`. */
  sourceAddress: z.string().max(64),
  userAgent: z.string().max(256).nullable(),
  /** The edge node holding the connection; calls for this device are handed to it. */
  edgeNodeId: z.string().min(1).max(100),
  registeredAt: isoDateTimeSchema,
  expiresAt: isoDateTimeSchema,
  /** Epoch seconds, for the table's TTL attribute. */
  expiresAtEpoch: z.number().int().min(0),
});

export type Registration = z.infer<typeof registrationSchema>;
export type SipTransport = (typeof SIP_TRANSPORTS)[number];

/** Expires granted for a requested value: clamped to the registrar's bounds. */
export function grantedExpires(requested: number): number {
  return Math.min(Math.max(requested, REGISTRATION_MIN_EXPIRES), REGISTRATION_MAX_EXPIRES);
}

/** `expiresAt` and the TTL epoch for a binding granted `expires` seconds at `now`. */
export function bindingExpiry(now: Date, expires: number): { expiresAt: string; expiresAtEpoch: number } {
  const expiry = new Date(now.getTime() + expires * 1000);
  return { expiresAt: expiry.toISOString(), expiresAtEpoch: Math.ceil(expiry.getTime() / 1000) };
}

export function isBindingActive(binding: Pick<Registration, 'expiresAt'>, now: Date): boolean {
  return Date.parse(binding.expiresAt) > now.getTime();
}
