import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { Entity } from 'electrodb';

/**
 * Uniqueness by guard items (the DynamoDB pattern for unique attributes other
 * than the key): an entity with a unique value writes, in the same
 * TransactWriteItems, a guard item keyed by that value with
 * `attribute_not_exists`. A second writer of the same value fails the
 * condition and the whole transaction is cancelled. Changing the value moves
 * the guard; deleting the entity releases it.
 *
 * The guard also records its owner, which makes it a strongly consistent
 * lookup by unique value (a GSI would be eventually consistent).
 */
export interface UniqueConstraint<T> {
  /** Field name reported in UniqueConstraintError, e.g. `number`. */
  readonly field: string;
  /** Guard namespace, stable across releases, e.g. `extension-number`. */
  readonly constraint: string;
  /** `tenant`: unique within the owner's tenant (guard lives under `t#<tenantId>`); `platform`: unique across all tenants. */
  readonly scope: 'tenant' | 'platform';
  /** The value to guard, already normalised (lower-cased e-mail, bare MAC …); undefined = nothing to guard. */
  readonly value: (item: T) => string | undefined;
  /** Brings a looked-up value into the stored form (e.g. `00:01:E3:…` → `0001e3…`); undefined = cannot match. */
  readonly normalise?: (raw: string) => string | undefined;
}

export interface GuardOwner {
  readonly entity: string;
  readonly tenantId: string;
  readonly id: string;
}

const guardAttributes = {
  constraint: { type: 'string', required: true },
  value: { type: 'string', required: true },
  ownerEntity: { type: 'string', required: true },
  ownerTenantId: { type: 'string', required: true },
  ownerId: { type: 'string', required: true },
} as const;

/** Guard for a value unique within one tenant; its key starts with the tenant like every tenant item. */
export const tenantUniqueGuardSchema = {
  model: { entity: 'tenantUniqueGuard', version: '1', service: 'carillon' },
  attributes: guardAttributes,
  indexes: {
    byValue: {
      pk: {
        field: 'pk',
        composite: ['ownerTenantId', 'constraint', 'value'],
        template: 't#${ownerTenantId}#u#${constraint}#${value}',
        casing: 'none',
      },
      sk: { field: 'sk', composite: [], template: 'guard', casing: 'none' },
    },
  },
} as const;

/** Guard for a value unique across the platform (DID, SIP username, MAC address, login e-mail). */
export const platformUniqueGuardSchema = {
  model: { entity: 'platformUniqueGuard', version: '1', service: 'carillon' },
  attributes: guardAttributes,
  indexes: {
    byValue: {
      pk: {
        field: 'pk',
        composite: ['constraint', 'value'],
        template: 'u#${constraint}#${value}',
        casing: 'none',
      },
      sk: { field: 'sk', composite: [], template: 'guard', casing: 'none' },
    },
  },
} as const;

export function createGuardEntities(table: string, client: DynamoDBDocumentClient) {
  return {
    tenant: new Entity(tenantUniqueGuardSchema, { table, client }),
    platform: new Entity(platformUniqueGuardSchema, { table, client }),
  };
}

export type GuardEntities = ReturnType<typeof createGuardEntities>;

/** A guard value as held by one item: which guard, and whose. */
export interface GuardClaim {
  readonly field: string;
  readonly constraint: string;
  readonly scope: 'tenant' | 'platform';
  readonly value: string;
}

export function claimsOf<T>(constraints: readonly UniqueConstraint<T>[], item: T): GuardClaim[] {
  const claims: GuardClaim[] = [];
  for (const constraint of constraints) {
    const value = constraint.value(item);
    if (value === undefined || value === '') continue;
    claims.push({
      field: constraint.field,
      constraint: constraint.constraint,
      scope: constraint.scope,
      value,
    });
  }
  return claims;
}

/** The guards to release and to take when an item changes from `before` to `after` (moving a value = release + take). */
export function guardChanges<T>(
  constraints: readonly UniqueConstraint<T>[],
  before: T | undefined,
  after: T | undefined,
): { release: GuardClaim[]; take: GuardClaim[] } {
  const old = before === undefined ? [] : claimsOf(constraints, before);
  const next = after === undefined ? [] : claimsOf(constraints, after);
  const same = (a: GuardClaim, b: GuardClaim) => a.constraint === b.constraint && a.value === b.value;
  return {
    release: old.filter((claim) => !next.some((other) => same(claim, other))),
    take: next.filter((claim) => !old.some((other) => same(claim, other))),
  };
}
