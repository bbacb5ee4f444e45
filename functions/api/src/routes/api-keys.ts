import {
  type ApiKey,
  apiKeyOutputSchema,
  createApiKeyInputSchema,
  generateApiKey,
  toApiKeyOutput,
} from '@carillon/domain';
import { apiKeyOwnerKey } from '@carillon/store';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { hasScope } from '../auth/scopes';
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

const apiKeyOutput = apiKeyOutputSchema.meta({ id: 'ApiKey' });
const createdApiKeyOutput = apiKeyOutputSchema
  .extend({
    key: z.string().openapi({
      description: 'The whole key (`ck_live_…`): shown in this response only, stored as SHA-256.',
    }),
  })
  .meta({ id: 'CreatedApiKey' });
const apiKeyPage = pageSchema(apiKeyOutput, 'ApiKeyPage');
const apiKeyIdParam = idParam('apiKeyId', 'key_0123456789abcdefghjkmnpqrs');

type OwnerKind = 'reseller' | 'tenant';

const OWNERS: readonly { kind: OwnerKind; base: string; param: 'resellerId' | 'tenantId' }[] = [
  { kind: 'reseller', base: '/resellers/{resellerId}/api-keys', param: 'resellerId' },
  { kind: 'tenant', base: '/tenants/{tenantId}/api-keys', param: 'tenantId' },
];

const ownerParamsOf = {
  resellerId: z.object({ resellerId: idParam('resellerId', 'rsl_0123456789abcdefghjkmnpqrs') }),
  tenantId: z.object({ tenantId: tenantIdParam }),
};

const tags = ['API keys'];

/**
 * API keys of resellers and tenants. The key (`ck_live_` + 32 base32
 * characters, recognisable in logs and by secret scanners) is shown once in
 * the create response and stored only as SHA-256; lists show its display
 * prefix, name, scopes, expiry and last use. A key may be given only scopes
 * its creator holds. DELETE revokes: the very next request with the key is
 * refused (authenticate reads the key on every request).
 */
export function apiKeyRoutes(deps: ApiDeps) {
  const app = new OpenAPIHono<ApiEnv>({ defaultHook: validationHook });
  const { store } = deps;

  for (const { kind, base, param } of OWNERS) {
    const ownerParams = ownerParamsOf[param];
    const itemParams = ownerParams.extend({ apiKeyId: apiKeyIdParam });
    const ownerOf = (c: Context<ApiEnv>) => ({ kind, id: c.req.param(param) ?? '' });
    const ownerKeyOf = (c: Context<ApiEnv>) => apiKeyOwnerKey({ owner: ownerOf(c) });

    app.openapi(
      createRoute({
        method: 'get',
        path: base,
        tags,
        summary: `List the API keys of a ${kind}`,
        description: 'Revoked keys stay listed with `revokedAt`; the secret is never shown again.',
        ...guarded(deps, 'api-key', 'read'),
        request: { params: ownerParams, query: listQuerySchema },
        responses: {
          200: {
            description: 'One page of API keys',
            content: { 'application/json': { schema: apiKeyPage } },
          },
          ...commonProblems,
        },
      }),
      async (c) => {
        const { limit, cursor } = c.req.valid('query');
        const page = await store.apiKeys.list(ownerKeyOf(c), {
          limit,
          ...(cursor === undefined ? {} : { cursor }),
        });
        return c.json(
          {
            items: page.items.map(toApiKeyOutput),
            ...(page.nextCursor === undefined ? {} : { nextCursor: page.nextCursor }),
          },
          200,
        );
      },
    );

    app.openapi(
      createRoute({
        method: 'post',
        path: base,
        tags,
        summary: `Create an API key of a ${kind}`,
        description:
          'The response shows the key once (a replay with the same Idempotency-Key omits it). Scopes: see API_KEY_SCOPES; only scopes the caller holds (403 naming `scopes` otherwise). `expiresAt` must lie in the future.',
        ...guarded(deps, 'api-key', 'create', [
          idempotency(deps, {
            storedBody: (body) => {
              const { key: _key, ...rest } = JSON.parse(body) as Record<string, unknown>;
              return JSON.stringify(rest);
            },
          }),
        ]),
        request: {
          params: ownerParams,
          headers: idempotencyHeaders,
          body: { required: true, content: { 'application/json': { schema: createApiKeyInputSchema } } },
        },
        responses: {
          201: {
            description: 'The new key, with the secret shown once',
            content: { 'application/json': { schema: createdApiKeyOutput } },
          },
          ...writeProblems,
        },
      }),
      async (c) => {
        const input = c.req.valid('json');
        const principal = c.var.principal;
        const beyond = input.scopes.filter((scope) => !hasScope(principal.scopes, scope));
        if (beyond.length > 0) {
          throw new ApiError({
            status: 403,
            title: 'Forbidden',
            code: 'forbidden',
            detail: 'a key cannot be given scopes its creator does not hold',
            errors: [{ field: 'scopes', message: `scopes not held by the caller: ${beyond.join(', ')}` }],
          });
        }
        if (input.expiresAt !== null && Date.parse(input.expiresAt) <= deps.now().getTime()) {
          throw new ApiError({
            status: 422,
            title: 'Unprocessable Content',
            code: 'validation-failed',
            detail: 'the request body is not valid',
            errors: [{ field: 'expiresAt', message: 'expiry must lie in the future' }],
          });
        }
        const owner = ownerOf(c);
        const { key, displayPrefix, keyHash } = generateApiKey();
        const apiKey = await store.apiKeys.create({
          ...input,
          owner,
          tenantId: owner.kind === 'tenant' ? owner.id : null,
          displayPrefix,
          keyHash,
          lastUsedAt: null,
          revokedAt: null,
        });
        await audit(c, 'api-key.create', apiKey, null, apiKey);
        c.header('etag', etagOf(apiKey.version));
        c.header('location', `/v1${base.replace(`{${param}}`, owner.id)}/${apiKey.id}`);
        c.header('cache-control', 'no-store');
        return c.json({ ...toApiKeyOutput(apiKey), key }, 201);
      },
    );

    app.openapi(
      createRoute({
        method: 'get',
        path: `${base}/{apiKeyId}`,
        tags,
        summary: `Read an API key of a ${kind}`,
        ...guarded(deps, 'api-key', 'read'),
        request: { params: itemParams },
        responses: {
          200: {
            description: 'The key without its secret',
            content: { 'application/json': { schema: apiKeyOutput } },
          },
          ...commonProblems,
        },
      }),
      async (c) => {
        const apiKey = await store.apiKeys.get(ownerKeyOf(c), c.req.valid('param').apiKeyId);
        c.header('etag', etagOf(apiKey.version));
        return c.json(toApiKeyOutput(apiKey), 200);
      },
    );

    app.openapi(
      createRoute({
        method: 'delete',
        path: `${base}/{apiKeyId}`,
        tags,
        summary: `Revoke an API key of a ${kind}`,
        description:
          'Effective on the next request made with the key (401). The record stays, with `revokedAt`, for the audit trail; revoking a revoked key changes nothing.',
        ...guarded(deps, 'api-key', 'delete'),
        request: { params: itemParams, headers: ifMatchHeaders },
        responses: { 204: { description: 'Revoked' }, ...writeProblems },
      }),
      async (c) => {
        const { apiKeyId } = c.req.valid('param');
        const ownerKey = ownerKeyOf(c);
        const current = await store.apiKeys.get(ownerKey, apiKeyId);
        const version = await expectedVersion(c.req.header('if-match'), async () => current.version);
        if (current.revokedAt !== null) return c.body(null, 204);
        const revoked = await store.apiKeys.update(
          ownerKey,
          apiKeyId,
          { revokedAt: deps.now().toISOString() },
          { expectedVersion: version },
        );
        await audit(c, 'api-key.revoke', revoked, current, revoked);
        return c.body(null, 204);
      },
    );
  }

  async function audit(
    c: Context<ApiEnv>,
    action: string,
    target: ApiKey,
    before: ApiKey | null,
    after: ApiKey | null,
  ) {
    const view = (apiKey: ApiKey | null) => (apiKey === null ? null : toApiKeyOutput(apiKey));
    if (target.owner.kind === 'reseller') {
      // The store's audit trail is per tenant; a reseller's own changes go to the log (as reseller webhooks do).
      c.var.log.info(
        {
          audit: true,
          action,
          resellerId: target.owner.id,
          targetType: 'api-key',
          targetId: target.id,
          actor: c.var.principal.actor,
          before: view(before),
          after: view(after),
        },
        'reseller audit',
      );
      return;
    }
    await store.audit.append(
      { tenantId: target.owner.id },
      {
        resellerId: c.var.principal.resellerId,
        actor: c.var.principal.actor,
        action,
        targetType: 'api-key',
        targetId: target.id,
        before: view(before),
        after: view(after),
        requestId: c.var.requestId,
      },
    );
  }

  return app;
}
