import {
  type Action,
  API_KEY_SCOPES,
  type ApiKeyScope,
  generateApiKey,
  type Resource,
  ROLE_GRANTS,
  type Role,
} from '@carillon/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasScope, requiredScope } from './auth/scopes';
import { PRINCIPAL_EXTENSION, SESSION_USER } from './auth/session-only';
import { integrationApi } from './int-test-fixtures';
import { AUTHORIZATION_EXTENSION, type RouteGrant } from './routes/common';
import {
  ROOT_PARAMETERS,
  SAMPLE_BODIES,
  SEEDERS,
  UPDATE_SAMPLES,
} from './test-support/authorization-fixtures';
import { apiKey, reseller, type Session, sessionOf, TEST_PASSWORD, tenant } from './test-support/principals';

/**
 * The generated role × route test. It reads the OpenAPI document from the
 * app and, for every operation with `x-carillon-authorization` (written by
 * `guarded()`), sends a real request as every kind of principal against
 * seeded data, and checks the answer against `ROLE_GRANTS` and the API-key
 * scopes (auth/scopes.ts):
 *
 *  - out of reach (another tenant, another reseller branch) → 404 that reads
 *    exactly like the 404 of an id that does not exist;
 *  - in reach without the role's grant or the key's scope → 403;
 *  - `own` access on another user's record → 404;
 *  - otherwise allowed: anything but 401/403/404 (and no 5xx).
 *
 * Bodies: every write is sent without If-Match and, as a rule, with the
 * empty JSON object `{}`. `guarded()` mounts `authorize` before the body is
 * validated, so a denied request is refused by it whatever the body; an
 * allowed one gets past it and stops at validation (422) or at the missing
 * If-Match (428), so the run changes no seeded data. The exception is a
 * PATCH of a resource the principal has `own` access to: that check runs in
 * the handler, after validation, so it is sent a valid change
 * (`UPDATE_SAMPLES`) — 428 on the user's own record, 404 on another's. Ids
 * come from `test-support/authorization-fixtures.ts`; an operation whose
 * parameter has no fixture fails with "no fixture for …".
 */
const operatorKey = generateApiKey();
const { app, store } = integrationApi({
  CARILLON_OPERATOR_KEY_HASHES: [operatorKey.keyHash],
  // This test sends ~15 requests per operation and principal within a minute; the limits have their own tests.
  RATE_LIMIT_PER_ADDRESS: 0,
  RATE_LIMIT_PER_API_KEY: 0,
  RATE_LIMIT_PER_SESSION: 0,
});

interface Operation {
  readonly method: string;
  readonly path: string;
  readonly grant: RouteGrant | undefined;
  readonly authenticated: boolean;
  readonly sessionUserOnly: boolean;
}

const document = (await (await app.request('/v1/openapi.json')).json()) as {
  paths: Record<string, Record<string, Record<string, unknown>>>;
};
const operations: Operation[] = Object.entries(document.paths).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, operation]) => ({
    method: method.toUpperCase(),
    path,
    grant: operation[AUTHORIZATION_EXTENSION] as RouteGrant | undefined,
    authenticated: Array.isArray(operation.security) && operation.security.length > 0,
    sessionUserOnly: operation[PRINCIPAL_EXTENSION] === SESSION_USER,
  })),
);
const guardedOperations = operations.filter((operation) => operation.grant !== undefined);

type Variant = 'own' | 'other';

interface Principal {
  readonly name: string;
  readonly role: Role | 'anonymous';
  readonly via: 'api-key' | 'session' | 'none';
  readonly tenantId: string | null;
  readonly resellerId: string | null;
  readonly scopes: readonly ApiKeyScope[] | 'all';
  readonly key?: string;
  readonly session?: Session;
  /** For a user session: run once on its own records and once on another user's. */
  readonly variants: readonly Variant[];
}

interface World {
  readonly r1: string;
  readonly r2: string;
  readonly t1: string;
  readonly t2: string;
  readonly u1: string;
  readonly u2: string;
  readonly principals: Principal[];
  /** Per collection template: the ids seeded there, or why there are none. */
  readonly fixtures: Map<string, Record<Variant, string> | string>;
  /** Tenant (or reseller) keys holding only `scope`, by owner and scope. */
  readonly narrowKey: (
    owner: { kind: 'tenant' | 'reseller'; id: string },
    scope: ApiKeyScope,
  ) => Promise<string>;
}

let world: World;

async function request(
  principal: Pick<Principal, 'key' | 'session'>,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: Record<string, unknown> | undefined }> {
  const headers: Record<string, string> = {};
  if (principal.key !== undefined) headers.authorization = `Bearer ${principal.key}`;
  if (principal.session !== undefined) {
    headers.cookie = principal.session.cookie;
    headers['x-csrf-token'] = principal.session.csrf;
  }
  const sendsBody = method === 'POST' || method === 'PATCH' || method === 'PUT';
  if (sendsBody) headers['content-type'] = 'application/json';
  const response = await app.request(`/v1${path}`, {
    method,
    headers,
    ...(sendsBody ? { body: JSON.stringify(body ?? {}) } : {}),
  });
  const text = await response.text();
  let parsed: Record<string, unknown> | undefined;
  try {
    parsed = text === '' ? undefined : (JSON.parse(text) as Record<string, unknown>);
  } catch {
    parsed = undefined;
  }
  return { status: response.status, body: parsed };
}

/** Every `{param}` of a path, with the collection template in front of it. */
function parametersOf(path: string): { name: string; collection: string }[] {
  const result: { name: string; collection: string }[] = [];
  const pattern = /\{([^}]+)\}/g;
  for (let match = pattern.exec(path); match !== null; match = pattern.exec(path)) {
    result.push({ name: match[1] ?? '', collection: path.slice(0, match.index - 1) });
  }
  return result;
}

/** The path with every parameter filled; throws "no fixture for …" when one has none. */
function fill(path: string, variant: Variant, roots: { tenantId: string; resellerId: string }): string {
  return path.replace(/\{([^}]+)\}/g, (_whole, name: string) => {
    if (name === 'tenantId') return roots.tenantId;
    if (name === 'resellerId') return roots.resellerId;
    if (name === 'userId') return variant === 'own' ? world.u1 : world.u2;
    const collection = parametersOf(path).find((parameter) => parameter.name === name)?.collection ?? '';
    const fixture = world.fixtures.get(collection);
    if (fixture === undefined || typeof fixture === 'string') {
      throw new Error(
        `no fixture for {${name}} of ${collection}: ${fixture ?? 'no POST on the collection'} — add a sample body (or a seeder) in test-support/authorization-fixtures.ts`,
      );
    }
    return fixture[variant];
  });
}

type Expected = 'allowed' | 401 | 403 | 404;

function expectedFor(principal: Principal, operation: Operation, variant: Variant): Expected {
  const grant = operation.grant as RouteGrant;
  if (principal.role === 'anonymous') return 401;
  const parameters = parametersOf(operation.path).map((parameter) => parameter.name);
  if (parameters.includes('resellerId')) {
    const reaches = principal.role === 'operator' || principal.resellerId === world.r1;
    if (!reaches) return 404;
  }
  if (parameters.includes('tenantId')) {
    const reaches =
      principal.role === 'operator' ||
      (principal.role === 'reseller-admin'
        ? principal.resellerId === world.r1
        : principal.tenantId === world.t1);
    if (!reaches) return 404;
  }
  const access = ROLE_GRANTS[principal.role][grant.resource as Resource]?.[grant.action as Action];
  if (access === undefined) return 403;
  if (!hasScope(principal.scopes, requiredScope(grant.resource, grant.action))) return 403;
  if (operation.sessionUserOnly && principal.via !== 'session') return 403;
  const recordParameters = parameters.filter((name) => name !== 'tenantId' && name !== 'resellerId');
  if (access === 'own' && variant === 'other' && recordParameters.length > 0) return 404;
  return 'allowed';
}

/** `{}`, or for a PATCH under `own` access a valid change of the last path parameter (see above). */
function bodyFor(principal: Principal, operation: Operation): unknown {
  const grant = operation.grant as RouteGrant;
  if (principal.role === 'anonymous' || operation.method !== 'PATCH') return {};
  if (ROLE_GRANTS[principal.role][grant.resource]?.[grant.action] !== 'own') return {};
  const last = parametersOf(operation.path).at(-1)?.name ?? '';
  const sample = UPDATE_SAMPLES[last];
  if (sample === undefined) {
    throw new Error(
      `no update sample for {${last}}: add one to UPDATE_SAMPLES in test-support/authorization-fixtures.ts`,
    );
  }
  return sample();
}

function matches(expected: Expected, status: number): boolean {
  if (expected === 'allowed') return ![401, 403, 404].includes(status) && status < 500;
  return status === expected;
}

/** The problem fields that must not tell "exists elsewhere" from "does not exist". */
function problemShape(body: Record<string, unknown> | undefined) {
  return {
    status: body?.status,
    title: body?.title,
    code: body?.code,
    detail: body?.detail,
    errors: body?.errors,
  };
}

beforeAll(async () => {
  const [r1, r2] = [await reseller(store), await reseller(store)];
  const [t1, t2] = [await tenant(store, r1.id), await tenant(store, r2.id)];
  const operator: Principal = {
    name: 'operator',
    role: 'operator',
    via: 'api-key',
    tenantId: null,
    resellerId: null,
    scopes: 'all',
    key: operatorKey.key,
    variants: ['own'],
  };
  // Portal users are created through the API, as the operator: their passwords are hashed there.
  const userIn = async (tenantId: string, role: 'tenant-admin' | 'user', n: number) => {
    const token = `${Date.now().toString(36)}${n}${Math.floor(Math.random() * 1e6).toString(36)}`;
    const email = `authz${token}@example.test`;
    const created = await request(operator, 'POST', `/tenants/${tenantId}/users`, {
      login: `a${token}`,
      email,
      firstName: 'Auth',
      lastName: 'Test',
      role,
      extensionNumber: String(200 + n),
      password: TEST_PASSWORD,
    });
    if (created.status !== 201)
      throw new Error(`seeding a user failed: ${created.status} ${JSON.stringify(created.body)}`);
    return { id: String(created.body?.id), email };
  };
  const a1 = await userIn(t1.id, 'tenant-admin', 1);
  const u1 = await userIn(t1.id, 'user', 2);
  const u2 = await userIn(t1.id, 'user', 3);
  const a2 = await userIn(t2.id, 'tenant-admin', 4);
  const session = (user: { email: string }) => sessionOf(app, { email: user.email, password: TEST_PASSWORD });
  const allScopes = [...API_KEY_SCOPES];
  const keyOf = async (kind: 'tenant' | 'reseller', id: string, scopes: readonly ApiKeyScope[]) =>
    (await apiKey(store, { kind, id }, scopes)).key;

  const narrowKeys = new Map<string, Promise<string>>();
  const narrowKey: World['narrowKey'] = (owner, scope) => {
    const cacheKey = `${owner.kind}:${owner.id}:${scope}`;
    let key = narrowKeys.get(cacheKey);
    if (key === undefined) {
      key = keyOf(owner.kind, owner.id, [scope]);
      narrowKeys.set(cacheKey, key);
    }
    return key;
  };

  const base = { variants: ['own'] as Variant[] };
  const principals: Principal[] = [
    operator,
    {
      ...base,
      name: 'anonymous',
      role: 'anonymous',
      via: 'none',
      tenantId: null,
      resellerId: null,
      scopes: [],
    },
    {
      ...base,
      name: 'reseller admin (own branch)',
      role: 'reseller-admin',
      via: 'api-key',
      tenantId: null,
      resellerId: r1.id,
      scopes: allScopes,
      key: await keyOf('reseller', r1.id, allScopes),
    },
    {
      ...base,
      name: 'reseller admin (other branch)',
      role: 'reseller-admin',
      via: 'api-key',
      tenantId: null,
      resellerId: r2.id,
      scopes: allScopes,
      key: await keyOf('reseller', r2.id, allScopes),
    },
    {
      ...base,
      name: 'tenant admin (session)',
      role: 'tenant-admin',
      via: 'session',
      tenantId: t1.id,
      resellerId: null,
      scopes: 'all',
      session: await session(a1),
    },
    {
      ...base,
      name: 'tenant admin of another tenant (session)',
      role: 'tenant-admin',
      via: 'session',
      tenantId: t2.id,
      resellerId: null,
      scopes: 'all',
      session: await session(a2),
    },
    {
      ...base,
      name: 'tenant API key (every scope)',
      role: 'tenant-admin',
      via: 'api-key',
      tenantId: t1.id,
      resellerId: null,
      scopes: allScopes,
      key: await keyOf('tenant', t1.id, allScopes),
    },
    {
      ...base,
      name: "another tenant's API key",
      role: 'tenant-admin',
      via: 'api-key',
      tenantId: t2.id,
      resellerId: null,
      scopes: allScopes,
      key: await keyOf('tenant', t2.id, allScopes),
    },
    {
      name: 'user (session)',
      role: 'user',
      via: 'session',
      tenantId: t1.id,
      resellerId: null,
      scopes: 'all',
      session: await session(u1),
      variants: ['own', 'other'],
    },
  ];

  // Seed two items in every collection that has an id parameter behind it, shallow collections first.
  const fixtures: World['fixtures'] = new Map();
  world = {
    r1: r1.id,
    r2: r2.id,
    t1: t1.id,
    t2: t2.id,
    u1: u1.id,
    u2: u2.id,
    principals,
    fixtures,
    narrowKey,
  };
  const collections = new Map<string, string>();
  for (const operation of operations) {
    for (const parameter of parametersOf(operation.path)) {
      if (!ROOT_PARAMETERS.has(parameter.name)) collections.set(parameter.collection, parameter.name);
    }
  }
  let extension = 500;
  const nextExtension = () => {
    extension += 1;
    return String(extension);
  };
  const posts = new Set(operations.filter((o) => o.method === 'POST').map((o) => o.path));
  for (const [collection, name] of [...collections].sort(
    ([a], [b]) => a.split('/').length - b.split('/').length,
  )) {
    const sample = SAMPLE_BODIES[name];
    const seeder = SEEDERS[name];
    if (!posts.has(collection) && seeder !== undefined) {
      // Read-only collection: one item per variant straight into the store, in the principals' tenant.
      fixtures.set(collection, {
        own: await seeder({ store, tenantId: t1.id, ownerUserId: u1.id }),
        other: await seeder({ store, tenantId: t1.id, ownerUserId: u2.id }),
      });
      continue;
    }
    if (!posts.has(collection)) {
      fixtures.set(collection, 'no POST on the collection (and no seeder)');
      continue;
    }
    if (sample === undefined) {
      fixtures.set(collection, `no sample body for {${name}}`);
      continue;
    }
    const ids: Partial<Record<Variant, string>> = {};
    for (const [variant, owner] of [
      ['own', u1.id],
      ['other', u2.id],
    ] as const) {
      let path: string;
      try {
        path = fill(collection, 'own', { tenantId: t1.id, resellerId: r1.id });
      } catch (error) {
        fixtures.set(collection, (error as Error).message);
        break;
      }
      const existing = Object.fromEntries(
        [...collections].flatMap(([other, otherName]) => {
          const seeded = fixtures.get(other);
          return typeof seeded === 'object' ? [[otherName, seeded.own]] : [];
        }),
      );
      const created = await request(
        operator,
        'POST',
        path,
        sample({ ownerUserId: owner, extensionNumber: nextExtension, existing }),
      );
      if (created.status !== 201 || typeof created.body?.id !== 'string') {
        fixtures.set(
          collection,
          `seeding with the sample failed: ${created.status} ${JSON.stringify(created.body)}`,
        );
        break;
      }
      ids[variant] = created.body.id;
    }
    if (ids.own !== undefined && ids.other !== undefined)
      fixtures.set(collection, { own: ids.own, other: ids.other });
  }
});

describe('the OpenAPI document', () => {
  it('names the grant of every authenticated operation (x-carillon-authorization, from guarded())', () => {
    const missing = operations
      .filter((operation) => operation.authenticated && operation.grant === undefined)
      .map((operation) => `${operation.method} ${operation.path}`);
    expect(missing).toEqual([]);
  });

  it('marks no guarded operation public, and has operations to check', () => {
    expect(guardedOperations.filter((operation) => !operation.authenticated)).toEqual([]);
    expect(guardedOperations.length).toBeGreaterThan(5);
  });
});

describe('authorisation of every guarded operation, for every principal', () => {
  for (const operation of guardedOperations) {
    const { resource, action } = operation.grant as RouteGrant;
    it(`${operation.method} ${operation.path} (${resource}:${action})`, { timeout: 60_000 }, async () => {
      const mismatches: string[] = [];
      const roots = { tenantId: world.t1, resellerId: world.r1 };
      const check = async (principal: Principal, variant: Variant) => {
        const expected = expectedFor(principal, operation, variant);
        const path = fill(operation.path, variant, roots);
        const answer = await request(principal, operation.method, path, bodyFor(principal, operation));
        if (!matches(expected, answer.status)) {
          mismatches.push(
            `${principal.name} [${variant}]: expected ${expected}, got ${answer.status} ${JSON.stringify(answer.body)}`,
          );
          return;
        }
        if (expected === 404) {
          // The 404 must read exactly like the one for ids that exist nowhere.
          const nowhere = operation.path.replace(/\{([^}]+)\}/g, (_whole, name: string) =>
            name === 'tenantId'
              ? 'tnt_0000000000000000000000000'
              : name === 'resellerId'
                ? 'rsl_0000000000000000000000000'
                : 'x_0000000000000000000000000',
          );
          const unknown = await request(principal, operation.method, nowhere);
          if (JSON.stringify(problemShape(answer.body)) !== JSON.stringify(problemShape(unknown.body))) {
            mismatches.push(
              `${principal.name} [${variant}]: 404 differs from an unknown id's: ${JSON.stringify(answer.body)} vs ${JSON.stringify(unknown.body)}`,
            );
          }
        }
      };
      for (const principal of world.principals) {
        for (const variant of principal.variants) await check(principal, variant);
      }
      // Keys without the needed scope: one of another family, and (for writes) one with only the read scope.
      const needed = requiredScope(resource, action);
      const withoutScope: ApiKeyScope[] = [needed === 'audit:read' ? 'cdrs:read' : 'audit:read'];
      if (needed.endsWith(':write')) withoutScope.push(needed.replace(/:write$/, ':read') as ApiKeyScope);
      for (const scope of withoutScope) {
        for (const owner of [
          { kind: 'tenant' as const, id: world.t1, role: 'tenant-admin' as const },
          { kind: 'reseller' as const, id: world.r1, role: 'reseller-admin' as const },
        ]) {
          await check(
            {
              name: `${owner.kind} API key with only ${scope}`,
              role: owner.role,
              via: 'api-key',
              tenantId: owner.kind === 'tenant' ? owner.id : null,
              resellerId: owner.kind === 'reseller' ? owner.id : null,
              scopes: [scope],
              key: await world.narrowKey(owner, scope),
              variants: ['own'],
            },
            'own',
          );
        }
      }
      expect(mismatches).toEqual([]);
    });
  }
});
