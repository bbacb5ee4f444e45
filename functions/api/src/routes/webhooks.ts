import { isIP } from 'node:net';
import {
  createWebhookEndpointInputSchema,
  HEALTHY_ENDPOINT,
  toWebhookEndpointOutput,
  updateWebhookEndpointInputSchema,
  type WebhookEndpoint,
  type WebhookOwner,
  webhookDeliverySchema,
  webhookEndpointOutputSchema,
} from '@carillon/domain';
import { MAX_WEBHOOK_ENDPOINTS_PER_OWNER, webhookOwnerKey } from '@carillon/store';
import {
  BlockedAddressError,
  createOutbox,
  generateWebhookSecret,
  loadWebhookConfig,
  resolveAllowed,
  testEvent,
  urlHost,
  urlProblems,
  type WebhookConfig,
} from '@carillon/webhooks';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { etagOf, expectedVersion } from '../conventions/etag';
import { idempotency } from '../conventions/idempotency';
import { listQuerySchema, pageSchema } from '../conventions/pagination';
import type { ApiDeps } from '../deps';
import type { ApiEnv } from '../env';
import { ApiError } from '../http/problem';
import { validationHook } from '../http/validation-hook';
import {
  commonProblems,
  guarded,
  idempotencyHeaders,
  idParam,
  ifMatchHeaders,
  tenantIdParam,
  writeProblems,
} from './common';

const endpointOutput = webhookEndpointOutputSchema.meta({ id: 'WebhookEndpoint' });
const createdOutput = webhookEndpointOutputSchema
  .extend({
    secret: z.string().openapi({
      description: 'The signing secret (`whsec_…`). Shown only in this response: store it now.',
      example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    }),
  })
  .meta({ id: 'WebhookEndpointCreated' });
const endpointPage = pageSchema(endpointOutput, 'WebhookEndpointPage');
const deliveryOutput = webhookDeliverySchema.meta({ id: 'WebhookDelivery' });
const deliveryPage = pageSchema(deliveryOutput, 'WebhookDeliveryPage');
const testAccepted = z
  .object({
    messageId: z.string().openapi({ description: 'The `webhook-id` of the test message' }),
    eventId: z.string(),
  })
  .openapi('WebhookTestAccepted');

const webhookIdParam = idParam('webhookId', 'whk_0123456789abcdefghjkmnpqrs');
const resellerIdParam = z.string().openapi({
  param: { name: 'resellerId', in: 'path' },
  example: 'rsl_0123456789abcdefghjkmnpqrs',
});
/** How long saving an endpoint waits for DNS before leaving the address check to delivery time. */
const SAVE_TIME_DNS_TIMEOUT_MS = 2000;

const tags = ['Webhooks'];

/** The two kinds of owner an endpoint has: one set of routes each, the same handlers. */
interface Variant {
  readonly base: string;
  readonly params: z.ZodObject<z.ZodRawShape>;
  readonly label: string;
  /** The owner named by the path, after checking that the principal reaches it (404 otherwise). */
  owner(c: Context<ApiEnv>): Promise<WebhookOwner>;
}

/**
 * Webhook endpoints of a tenant (`/tenants/{tenantId}/webhooks`) and of a
 * reseller (`/resellers/{resellerId}/webhooks`, hearing every tenant of the
 * reseller): register, list, read, change, delete, re-enable, send a test,
 * read the delivery log. The signing secret is shown once, at creation.
 */
export function webhookRoutes(deps: ApiDeps, config: WebhookConfig = loadWebhookConfig()) {
  const app = new OpenAPIHono<ApiEnv>({ defaultHook: validationHook });
  const { store } = deps;
  const outbox = createOutbox(store, config, { now: deps.now });

  const tenantVariant: Variant = {
    base: '/tenants/{tenantId}/webhooks',
    params: z.object({ tenantId: tenantIdParam }),
    label: 'tenant',
    // `authorize` has checked the tenant of the path (404 when out of reach).
    owner: async (c) => ({ kind: 'tenant', id: c.req.param('tenantId') ?? '' }),
  };
  const resellerVariant: Variant = {
    base: '/resellers/{resellerId}/webhooks',
    params: z.object({ resellerId: resellerIdParam }),
    label: 'reseller',
    // `authorize` has checked the reseller of the path: operators any, reseller admins their branch (404 otherwise).
    owner: async (c) => ({ kind: 'reseller', id: c.req.param('resellerId') ?? '' }),
  };

  for (const variant of [tenantVariant, resellerVariant]) mount(variant);

  function mount(variant: Variant) {
    const { base, label } = variant;
    const itemParams = variant.params.extend({ webhookId: webhookIdParam });

    app.openapi(
      createRoute({
        method: 'get',
        path: base,
        tags,
        summary: `List the webhook endpoints of a ${label}`,
        ...guarded(deps, 'webhook', 'read'),
        request: { params: variant.params, query: listQuerySchema },
        responses: {
          200: {
            description: 'One page of endpoints',
            content: { 'application/json': { schema: endpointPage } },
          },
          ...commonProblems,
        },
      }),
      async (c) => {
        const ownerKey = webhookOwnerKey(await variant.owner(c));
        const { limit, cursor } = c.req.valid('query');
        const page = await store.webhookEndpoints.list(ownerKey, {
          limit,
          ...(cursor === undefined ? {} : { cursor }),
        });
        const items = await Promise.all(page.items.map((endpoint) => withHealth(ownerKey, endpoint)));
        return c.json(
          { items, ...(page.nextCursor === undefined ? {} : { nextCursor: page.nextCursor }) },
          200,
        );
      },
    );

    app.openapi(
      createRoute({
        method: 'post',
        path: base,
        tags,
        summary: `Register a webhook endpoint of a ${label}`,
        description: [
          'The URL must be https and reach a public address: loopback, private, link-local (incl.',
          '169.254.169.254), carrier-grade NAT, multicast and reserved addresses are refused when saved',
          'and again on every delivery (SSRF guard). The embedded default also accepts http://127.0.0.1.',
          `At most ${MAX_WEBHOOK_ENDPOINTS_PER_OWNER} endpoints per owner. The response carries the`,
          'signing secret, once.',
        ].join(' '),
        ...guarded(deps, 'webhook', 'create', [idempotency(deps)]),
        request: {
          params: variant.params,
          headers: idempotencyHeaders,
          body: {
            required: true,
            content: { 'application/json': { schema: createWebhookEndpointInputSchema } },
          },
        },
        responses: {
          201: {
            description: 'The new endpoint, with its secret (shown only here)',
            content: { 'application/json': { schema: createdOutput } },
          },
          ...writeProblems,
        },
      }),
      async (c) => {
        const owner = await variant.owner(c);
        const ownerKey = webhookOwnerKey(owner);
        const input = c.req.valid('json');
        await checkUrl(input.url);
        if ((await store.webhookEndpoints.all(ownerKey)).length >= MAX_WEBHOOK_ENDPOINTS_PER_OWNER) {
          throw new ApiError({
            status: 422,
            title: 'Unprocessable Content',
            code: 'limit-reached',
            detail: `at most ${MAX_WEBHOOK_ENDPOINTS_PER_OWNER} webhook endpoints per ${label}`,
            errors: [{ field: 'url', message: `at most ${MAX_WEBHOOK_ENDPOINTS_PER_OWNER} endpoints` }],
          });
        }
        const secret = generateWebhookSecret();
        const endpoint = await store.webhookEndpoints.create({
          ...input,
          owner,
          tenantId: owner.kind === 'tenant' ? owner.id : null,
          secret,
        });
        await audit(c, owner, 'webhook.create', endpoint.id, null, endpoint);
        const basePath = c.req.path.replace(/\/$/, '');
        c.header('etag', etagOf(endpoint.version));
        c.header('location', `${basePath}/${endpoint.id}`);
        return c.json({ ...toWebhookEndpointOutput(endpoint, HEALTHY_ENDPOINT), secret }, 201);
      },
    );

    app.openapi(
      createRoute({
        method: 'get',
        path: `${base}/{webhookId}`,
        tags,
        summary: 'Read a webhook endpoint',
        description: 'The secret is never shown again; `state` and `health` say how delivery goes.',
        ...guarded(deps, 'webhook', 'read'),
        request: { params: itemParams },
        responses: {
          200: { description: 'The endpoint; ETag carries its version', content: json(endpointOutput) },
          ...commonProblems,
        },
      }),
      async (c) => {
        const ownerKey = webhookOwnerKey(await variant.owner(c));
        const endpoint = await store.webhookEndpoints.get(ownerKey, c.req.param('webhookId') ?? '');
        c.header('etag', etagOf(endpoint.version));
        return c.json(await withHealth(ownerKey, endpoint), 200);
      },
    );

    app.openapi(
      createRoute({
        method: 'patch',
        path: `${base}/{webhookId}`,
        tags,
        summary: 'Change a webhook endpoint',
        description: 'URL, description, event types, or `enabled` (pause/resume). Send If-Match.',
        ...guarded(deps, 'webhook', 'update'),
        request: {
          params: itemParams,
          headers: ifMatchHeaders,
          body: {
            required: true,
            content: { 'application/json': { schema: updateWebhookEndpointInputSchema } },
          },
        },
        responses: {
          200: { description: 'The changed endpoint', content: json(endpointOutput) },
          ...writeProblems,
        },
      }),
      async (c) => {
        const owner = await variant.owner(c);
        const ownerKey = webhookOwnerKey(owner);
        const id = c.req.param('webhookId') ?? '';
        const current = await store.webhookEndpoints.get(ownerKey, id);
        const patch = c.req.valid('json');
        if (patch.url !== undefined) await checkUrl(patch.url);
        const version = await expectedVersion(c.req.header('if-match'), async () => current.version);
        const endpoint = await store.webhookEndpoints.update(ownerKey, id, patch, {
          expectedVersion: version,
        });
        await audit(c, owner, 'webhook.update', id, current, endpoint);
        c.header('etag', etagOf(endpoint.version));
        return c.json(await withHealth(ownerKey, endpoint), 200);
      },
    );

    app.openapi(
      createRoute({
        method: 'delete',
        path: `${base}/{webhookId}`,
        tags,
        summary: 'Delete a webhook endpoint',
        description: 'Messages still queued for it are skipped.',
        ...guarded(deps, 'webhook', 'delete'),
        request: { params: itemParams, headers: ifMatchHeaders },
        responses: { 204: { description: 'Deleted' }, ...writeProblems },
      }),
      async (c) => {
        const owner = await variant.owner(c);
        const ownerKey = webhookOwnerKey(owner);
        const id = c.req.param('webhookId') ?? '';
        const current = await store.webhookEndpoints.get(ownerKey, id);
        const version = await expectedVersion(c.req.header('if-match'), async () => current.version);
        await store.webhookEndpoints.delete(ownerKey, id, { expectedVersion: version });
        await store.webhookHealth.reset(ownerKey, id);
        await audit(c, owner, 'webhook.delete', id, current, null);
        return c.body(null, 204);
      },
    );

    app.openapi(
      createRoute({
        method: 'post',
        path: `${base}/{webhookId}/enable`,
        tags,
        summary: 'Re-enable a webhook endpoint',
        description:
          'Turns an endpoint back on after it was disabled for persistent failure (or paused): clears its failure counters and sets `enabled`. Messages skipped while it was off are not resent.',
        ...guarded(deps, 'webhook', 'update'),
        request: { params: itemParams },
        responses: {
          200: { description: 'The endpoint, active again', content: json(endpointOutput) },
          ...writeProblems,
        },
      }),
      async (c) => {
        const owner = await variant.owner(c);
        const ownerKey = webhookOwnerKey(owner);
        const id = c.req.param('webhookId') ?? '';
        let endpoint = await store.webhookEndpoints.get(ownerKey, id);
        const before = await withHealth(ownerKey, endpoint);
        await store.webhookHealth.reset(ownerKey, id);
        if (!endpoint.enabled) {
          endpoint = await store.webhookEndpoints.update(
            ownerKey,
            id,
            { enabled: true },
            { expectedVersion: endpoint.version },
          );
        }
        await audit(c, owner, 'webhook.enable', id, null, endpoint, before.state);
        c.header('etag', etagOf(endpoint.version));
        return c.json(toWebhookEndpointOutput(endpoint, HEALTHY_ENDPOINT), 200);
      },
    );

    app.openapi(
      createRoute({
        method: 'post',
        path: `${base}/{webhookId}/test`,
        tags,
        summary: 'Send a test message',
        description:
          'Queues one `webhook.test` event for this endpoint, signed and retried like any other; watch its delivery log. 409 when the endpoint is paused or disabled.',
        ...guarded(deps, 'webhook', 'update'),
        request: { params: itemParams },
        responses: {
          202: { description: 'Queued', content: { 'application/json': { schema: testAccepted } } },
          ...writeProblems,
        },
      }),
      async (c) => {
        const owner = await variant.owner(c);
        const ownerKey = webhookOwnerKey(owner);
        const endpoint = await store.webhookEndpoints.get(ownerKey, c.req.param('webhookId') ?? '');
        const { state } = await withHealth(ownerKey, endpoint);
        if (state !== 'active') {
          throw new ApiError({
            status: 409,
            title: 'Conflict',
            code: `endpoint-${state}`,
            detail: `the endpoint is ${state}; enable it first (POST …/enable)`,
          });
        }
        const event = testEvent(endpoint.tenantId, endpoint.id, deps.now());
        const ref = await outbox.emitTo(event, endpoint);
        return c.json({ messageId: ref.id, eventId: event.id }, 202);
      },
    );

    app.openapi(
      createRoute({
        method: 'get',
        path: `${base}/{webhookId}/deliveries`,
        tags,
        summary: 'The delivery log of an endpoint',
        description:
          'Messages newest first, each with its attempts (time, HTTP status, latency, error), status and next attempt. Kept 30 days.',
        ...guarded(deps, 'webhook', 'read'),
        request: { params: itemParams, query: listQuerySchema },
        responses: {
          200: {
            description: 'One page of the log',
            content: { 'application/json': { schema: deliveryPage } },
          },
          ...commonProblems,
        },
      }),
      async (c) => {
        const ownerKey = webhookOwnerKey(await variant.owner(c));
        const endpoint = await store.webhookEndpoints.get(ownerKey, c.req.param('webhookId') ?? '');
        const { limit, cursor } = c.req.valid('query');
        const page = await store.webhookDeliveries.listByEndpoint(ownerKey, endpoint.id, {
          limit,
          ...(cursor === undefined ? {} : { cursor }),
        });
        return c.json(page, 200);
      },
    );
  }

  async function withHealth(ownerKey: string, endpoint: WebhookEndpoint) {
    return toWebhookEndpointOutput(endpoint, await store.webhookHealth.get(ownerKey, endpoint.id));
  }

  /** The URL policy (422 naming `url`), and for a host name the addresses it resolves to now. */
  async function checkUrl(url: string): Promise<void> {
    const problems = urlProblems(url, config.urlPolicy);
    const host = urlHost(new URL(url));
    if (problems.length === 0 && isIP(host) === 0) {
      try {
        await withTimeout(resolveAllowed(host, config.urlPolicy), SAVE_TIME_DNS_TIMEOUT_MS);
      } catch (error) {
        // Only a refused address is the caller's fault; a name that does not resolve (yet) is checked again on delivery.
        if (error instanceof BlockedAddressError) problems.push(`url host ${error.message}`);
      }
    }
    if (problems.length > 0) {
      throw new ApiError({
        status: 422,
        title: 'Unprocessable Content',
        code: 'validation-failed',
        detail: 'the webhook URL is not allowed',
        errors: problems.map((message) => ({ field: 'url', message })),
      });
    }
  }

  async function audit(
    c: Context<ApiEnv>,
    owner: WebhookOwner,
    action: string,
    targetId: string,
    before: WebhookEndpoint | null,
    after: WebhookEndpoint | null,
    previousState?: string,
  ) {
    const view = (endpoint: WebhookEndpoint | null) => {
      if (endpoint === null) return null;
      const {
        health: _health,
        state: _state,
        ...configuration
      } = toWebhookEndpointOutput(endpoint, HEALTHY_ENDPOINT);
      return configuration;
    };
    if (owner.kind === 'reseller') {
      // The audit log is per tenant; a reseller's own changes are logged until it has one.
      c.var.log.info(
        { action, resellerId: owner.id, targetId, actor: c.var.principal.actor },
        'reseller audit',
      );
      return;
    }
    await store.audit.append(
      { tenantId: owner.id },
      {
        resellerId: c.var.principal.resellerId,
        actor: c.var.principal.actor,
        action,
        targetType: 'webhook',
        targetId,
        before: previousState === undefined ? view(before) : { state: previousState },
        after: view(after),
        requestId: c.var.requestId,
      },
    );
  }

  return app;
}

const json = <T extends z.ZodType>(schema: T) => ({ 'application/json': { schema } });

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error('timed out')), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolvePromise(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
