import { z } from 'zod';
import { inputObject, storedFields, updateSchema } from './entity';
import { idSchema, resellerIdSchema, tenantIdSchema } from './values/id';
import { isoDateTimeSchema } from './values/time';

/**
 * Webhooks: HTTPS endpoints that tenants and resellers register to hear about
 * events as they happen. Messages follow the Standard Webhooks specification
 * (headers `webhook-id`, `webhook-timestamp`, `webhook-signature`); the
 * signing, retry schedule and event payloads are in `@carillon/webhooks`.
 * No PBX manual has webhooks; they are a hosting feature (ARCHITECTURE §1:
 * resellers pull CDRs for billing — this pushes them).
 */

/** Event types an endpoint can subscribe to. `webhook.test` is sent only by the test route, never subscribed. */
export const WEBHOOK_EVENT_TYPES = [
  'call.ended',
  'voicemail.created',
  'device.registered',
  'device.unregistered',
] as const;
export const webhookEventTypeSchema = z.enum(WEBHOOK_EVENT_TYPES, {
  error: `event type must be one of ${WEBHOOK_EVENT_TYPES.join(', ')}`,
});
export type WebhookEventType = z.infer<typeof webhookEventTypeSchema>;
export const WEBHOOK_TEST_EVENT_TYPE = 'webhook.test';

/** Standard Webhooks secrets: `whsec_` and base64 of 24 random bytes (192 bits). */
export const WEBHOOK_SECRET_PREFIX = 'whsec_';
export const webhookSecretSchema = z
  .string()
  .regex(/^whsec_[A-Za-z0-9+/]{32}$/, { error: 'secret must be whsec_ and 32 base64 characters' });

export const webhookEndpointIdSchema = idSchema('whk', 'webhook endpoint id');
export const webhookMessageIdSchema = idSchema('msg', 'webhook message id');
export const webhookEventIdSchema = idSchema('evt', 'webhook event id');

/** Longest URL accepted; longer ones are not endpoints anyone types. */
export const WEBHOOK_URL_MAX_LENGTH = 2048;

/**
 * The URL's form only: http(s), no credentials, no fragment. Whether http is
 * allowed and which addresses are reachable is deployment policy, checked by
 * the API with `@carillon/webhooks` (`checkEndpointUrl`).
 */
export const webhookUrlSchema = z
  .string({ error: 'url must be a string' })
  .max(WEBHOOK_URL_MAX_LENGTH, { error: `url must be at most ${WEBHOOK_URL_MAX_LENGTH} characters` })
  .superRefine((raw, context) => {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      context.addIssue({ code: 'custom', message: 'url must be an absolute URL' });
      return;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      context.addIssue({ code: 'custom', message: 'url must be https' });
    }
    if (url.username !== '' || url.password !== '') {
      context.addIssue({ code: 'custom', message: 'url must not contain a user name or password' });
    }
    if (url.hash !== '') context.addIssue({ code: 'custom', message: 'url must not contain a fragment' });
  });

export const webhookOwnerSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('reseller'), id: resellerIdSchema }),
    z.object({ kind: z.literal('tenant'), id: tenantIdSchema }),
  ],
  { error: 'owner kind must be reseller or tenant' },
);
export type WebhookOwner = z.infer<typeof webhookOwnerSchema>;

const webhookInputShape = {
  url: webhookUrlSchema,
  description: z
    .string({ error: 'description must be a string' })
    .trim()
    .max(200, { error: 'description must be at most 200 characters' })
    .default(''),
  eventTypes: z
    .array(webhookEventTypeSchema, { error: 'eventTypes must be a list of event types' })
    .min(1, { error: 'at least one event type is required' })
    .refine((types) => new Set(types).size === types.length, { error: 'event types must not repeat' }),
  /** Paused by its owner when false: no messages are made for it. */
  enabled: z.boolean({ error: 'enabled must be true or false' }).default(true),
};

export const createWebhookEndpointInputSchema = inputObject(webhookInputShape);
export const updateWebhookEndpointInputSchema = updateSchema(webhookInputShape);

export const webhookEndpointSchema = z.object({
  id: webhookEndpointIdSchema,
  owner: webhookOwnerSchema,
  /** Tenant of a tenant endpoint; null for a reseller's (it hears every tenant of the reseller). */
  tenantId: tenantIdSchema.nullable(),
  ...webhookInputShape,
  /**
   * The signing key. HMAC needs the key itself, so unlike API keys it cannot
   * be stored hashed; it never leaves the store except once, in the create
   * response, and in the signature's HMAC (never logged).
   */
  secret: webhookSecretSchema,
  ...storedFields,
});
export type WebhookEndpoint = z.infer<typeof webhookEndpointSchema>;

/** Delivery health of an endpoint, kept apart from its configuration (written by the delivery worker). */
export const webhookEndpointHealthSchema = z.object({
  /** Failed attempts since the last success. */
  consecutiveFailures: z.number().int().min(0),
  /** First failed attempt since the last success; null while healthy. */
  failingSince: isoDateTimeSchema.nullable(),
  lastSuccessAt: isoDateTimeSchema.nullable(),
  lastFailureAt: isoDateTimeSchema.nullable(),
  /** Set when the disable policy turned the endpoint off; cleared by re-enabling it. */
  disabledAt: isoDateTimeSchema.nullable(),
  disabledReason: z.string().nullable(),
});
export type WebhookEndpointHealth = z.infer<typeof webhookEndpointHealthSchema>;

export const HEALTHY_ENDPOINT: WebhookEndpointHealth = {
  consecutiveFailures: 0,
  failingSince: null,
  lastSuccessAt: null,
  lastFailureAt: null,
  disabledAt: null,
  disabledReason: null,
};

export const WEBHOOK_ENDPOINT_STATES = ['active', 'paused', 'disabled'] as const;

export const webhookEndpointOutputSchema = webhookEndpointSchema.omit({ secret: true }).extend({
  /** `paused`: its owner set enabled=false; `disabled`: turned off after persistent failure (re-enable it). */
  state: z.enum(WEBHOOK_ENDPOINT_STATES),
  health: webhookEndpointHealthSchema,
});
export type WebhookEndpointOutput = z.infer<typeof webhookEndpointOutputSchema>;

export function toWebhookEndpointOutput(
  endpoint: WebhookEndpoint,
  health: WebhookEndpointHealth,
): WebhookEndpointOutput {
  const { secret: _secret, ...rest } = endpoint;
  const state = health.disabledAt !== null ? 'disabled' : endpoint.enabled ? 'active' : 'paused';
  return { ...rest, state, health };
}

/** One try of a delivery, as the delivery log shows it. */
export const webhookAttemptSchema = z.object({
  at: isoDateTimeSchema,
  /** HTTP status of the answer; null when none came (refused, timeout, blocked address). */
  status: z.number().int().nullable(),
  latencyMs: z.number().int().min(0),
  /** Why the attempt failed; null on success. No response body, only its first characters. */
  error: z.string().nullable(),
});
export type WebhookAttempt = z.infer<typeof webhookAttemptSchema>;

/**
 * `pending`: waiting for its next attempt; `succeeded`: a 2xx came back;
 * `failed`: every attempt of the schedule failed; `skipped`: the endpoint was
 * deleted, paused or disabled before it could be delivered.
 */
export const WEBHOOK_DELIVERY_STATUSES = ['pending', 'succeeded', 'failed', 'skipped'] as const;
export type WebhookDeliveryStatus = (typeof WEBHOOK_DELIVERY_STATUSES)[number];

export const webhookDeliverySchema = z.object({
  /** The `webhook-id` header: the same on every attempt, so receivers can drop duplicates. */
  id: webhookMessageIdSchema,
  endpointId: webhookEndpointIdSchema,
  eventId: webhookEventIdSchema,
  eventType: z.string().min(1),
  /** Tenant the event happened in; null for a test message to a reseller's endpoint. */
  tenantId: tenantIdSchema.nullable(),
  status: z.enum(WEBHOOK_DELIVERY_STATUSES),
  attemptCount: z.number().int().min(0),
  /** The most recent attempts, oldest first (at most 20 are kept). */
  attempts: z.array(webhookAttemptSchema),
  nextAttemptAt: isoDateTimeSchema.nullable(),
  lastError: z.string().nullable(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type WebhookDelivery = z.infer<typeof webhookDeliverySchema>;
