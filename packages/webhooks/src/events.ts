import { createHash } from 'node:crypto';
import {
  base32Encode,
  type Cdr,
  cdrPartySchema,
  cdrSchema,
  deviceIdSchema,
  isoDateTimeSchema,
  newId,
  tenantIdSchema,
  userIdSchema,
  voicemailBoxIdSchema,
  WEBHOOK_TEST_EVENT_TYPE,
  type WebhookEventType,
  webhookEndpointIdSchema,
  webhookEventIdSchema,
} from '@carillon/domain';
import { z } from 'zod';

/**
 * The events Carillon sends, each as the JSON body of one webhook message.
 * Envelope as Standard Webhooks recommends ("Payload structure"): `type`,
 * `timestamp` and `data`, plus the event's own `id` (the same for every
 * endpoint; each endpoint's message has its own `webhook-id`) and `tenantId`.
 * Receivers must ignore unknown fields: fields are added, never changed.
 */
const envelope = <T extends string, D extends z.ZodType>(type: T, data: D) =>
  z.object({
    id: webhookEventIdSchema,
    type: z.literal(type),
    /** When it happened (for call.ended: when the call ended). */
    timestamp: isoDateTimeSchema,
    tenantId: tenantIdSchema,
    data,
  });

/** `call.ended`: the call's CDR, as `GET …/cdrs` returns it, legs included. Sent once per call. */
export const callEndedEventSchema = envelope('call.ended', cdrSchema);

/**
 * `voicemail.created`: a caller left a message in a voicemail box. Emitted by
 * the voicemail deposit when it has stored the recording (`voicemailCreated`
 * below). The recording itself is not in the payload; fetch it through the
 * API with the box and message ids.
 */
export const voicemailCreatedDataSchema = z.object({
  messageId: z.string().min(1).max(100),
  voicemailBoxId: voicemailBoxIdSchema,
  /** The box owner; null for a group's box. */
  userId: userIdSchema.nullable(),
  callId: z.string().min(1).max(256),
  caller: cdrPartySchema,
  /** The number the caller dialled. */
  calledNumber: z.string().max(64),
  receivedAt: isoDateTimeSchema,
  durationSeconds: z.number().int().min(0),
  /** IANA media type of the stored recording. */
  mediaType: z.string().min(1),
});
export const voicemailCreatedEventSchema = envelope('voicemail.created', voicemailCreatedDataSchema);

/** `device.registered` / `device.unregistered`: a phone's SIP binding came or went (RFC 3261 §10). */
export const deviceRegistrationDataSchema = z.object({
  deviceId: deviceIdSchema,
  /** Address of record, `sip:<username>@<tenant SIP domain>`. */
  aor: z.string().min(1),
  contactUri: z.string().min(1),
  transport: z.string().min(1),
  edgeNodeId: z.string().min(1),
  /** When the binding lapses; null for device.unregistered. */
  expiresAt: isoDateTimeSchema.nullable(),
});
export const deviceRegisteredEventSchema = envelope('device.registered', deviceRegistrationDataSchema);
export const deviceUnregisteredEventSchema = envelope('device.unregistered', deviceRegistrationDataSchema);

/** `webhook.test`: sent only by POST …/webhooks/{id}/test, to that endpoint only. */
export const testEventSchema = envelope(
  WEBHOOK_TEST_EVENT_TYPE,
  z.object({ endpointId: webhookEndpointIdSchema, message: z.string() }),
).extend({
  /** The tenant of a tenant's endpoint; null for a reseller's. */
  tenantId: tenantIdSchema.nullable(),
});

export const webhookEventSchema = z.discriminatedUnion('type', [
  callEndedEventSchema,
  voicemailCreatedEventSchema,
  deviceRegisteredEventSchema,
  deviceUnregisteredEventSchema,
  testEventSchema,
]);
export type WebhookEvent = z.infer<typeof webhookEventSchema>;
export type SubscribableEvent = Exclude<WebhookEvent, { type: typeof WEBHOOK_TEST_EVENT_TYPE }>;
export type VoicemailCreatedData = z.infer<typeof voicemailCreatedDataSchema>;
export type DeviceRegistrationData = z.infer<typeof deviceRegistrationDataSchema>;

/**
 * A prefixed id derived from `parts`: the same event (a CDR reported twice)
 * gets the same id, and so the same message id per endpoint — which is what
 * makes emitting idempotent.
 */
export function derivedId(prefix: 'evt' | 'msg', ...parts: string[]): string {
  const digest = createHash('sha256').update(parts.join('\u0000')).digest();
  return `${prefix}_${base32Encode(digest.subarray(0, 16))}`;
}

/** The message id (`webhook-id`) of one event for one endpoint. */
export function messageIdOf(eventId: string, endpointId: string): string {
  return derivedId('msg', eventId, endpointId);
}

export function callEndedEvent(cdr: Cdr): SubscribableEvent {
  return callEndedEventSchema.parse({
    id: derivedId('evt', 'call.ended', cdr.tenantId, cdr.id),
    type: 'call.ended',
    timestamp: cdr.endedAt,
    tenantId: cdr.tenantId,
    data: cdr,
  });
}

export function voicemailCreatedEvent(tenantId: string, data: VoicemailCreatedData): SubscribableEvent {
  return voicemailCreatedEventSchema.parse({
    id: derivedId('evt', 'voicemail.created', tenantId, data.voicemailBoxId, data.messageId),
    type: 'voicemail.created',
    timestamp: data.receivedAt,
    tenantId,
    data,
  });
}

export function deviceRegistrationEvent(
  type: 'device.registered' | 'device.unregistered',
  tenantId: string,
  at: string,
  data: DeviceRegistrationData,
): SubscribableEvent {
  const schema = type === 'device.registered' ? deviceRegisteredEventSchema : deviceUnregisteredEventSchema;
  return schema.parse({
    id: derivedId('evt', type, tenantId, data.deviceId, data.contactUri, data.edgeNodeId, at),
    type,
    timestamp: at,
    tenantId,
    data,
  });
}

/** A fresh test event (a new id each time: every test is its own message). */
export function testEvent(tenantId: string | null, endpointId: string, at: Date): WebhookEvent {
  return testEventSchema.parse({
    id: newId('evt'),
    type: WEBHOOK_TEST_EVENT_TYPE,
    timestamp: at.toISOString(),
    tenantId,
    data: { endpointId, message: 'Test message from Carillon: the endpoint is reachable.' },
  });
}

/** The exact body sent (and signed) for an event. */
export function eventBody(event: WebhookEvent): string {
  return JSON.stringify(event);
}

export function isSubscribable(type: string): type is WebhookEventType {
  return type !== WEBHOOK_TEST_EVENT_TYPE;
}
