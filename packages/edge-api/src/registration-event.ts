import { TRANSPORTS, uriSchema } from '@carillon/call-control';
import { z } from 'zod';
import { edgeIdSchema, timestampSchema } from './fields';

/**
 * `POST /edge/v1/registrations/events` — a notice that a device's binding
 * came or went, for webhooks and presence. The binding itself is written by
 * the edge's registrar to the table; this is information, not the record, so
 * the edge sends it at most once and does not queue it. Answer: 202.
 */
export const REGISTRATION_EVENT_TYPES = ['device.registered', 'device.unregistered'] as const;

export const registrationEventSchema = z.strictObject({
  event: z.enum(REGISTRATION_EVENT_TYPES, {
    error: 'event must be device.registered or device.unregistered',
  }),
  tenantId: edgeIdSchema('tenantId'),
  deviceId: edgeIdSchema('deviceId'),
  /** Address of record, `sip:<username>@<tenant SIP domain>`. */
  aor: uriSchema,
  contactUri: uriSchema,
  transport: z.enum(TRANSPORTS, { error: 'transport must be udp, tcp, tls, ws or wss' }),
  edgeNodeId: edgeIdSchema('edgeNodeId'),
  at: timestampSchema,
  /** When the binding lapses; null for device.unregistered. */
  expiresAt: timestampSchema.nullable(),
});

export type RegistrationEvent = z.infer<typeof registrationEventSchema>;
