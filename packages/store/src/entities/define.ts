import { z } from 'zod';
import type { UniqueConstraint } from '../unique';

/** ElectroDB's service name for every Carillon entity (stored in `__edb_s__`-less identifiers). */
export const SERVICE = 'carillon';

export interface KeyDefinition {
  readonly field: string;
  readonly composite: readonly string[];
  readonly template: string;
  readonly casing: 'none' | 'lower';
}

export interface IndexDefinition {
  readonly index?: string;
  readonly pk: KeyDefinition;
  readonly sk: KeyDefinition;
}

export interface AttributeDefinition {
  readonly type: 'string' | 'number' | 'any';
  readonly required?: boolean;
  /** Item attribute name when it differs from the domain field name. */
  readonly field?: string;
}

/** The plain-object schema ElectroDB's `Entity` takes. */
export interface ElectroSchema {
  readonly model: { readonly entity: string; readonly version: string; readonly service: string };
  readonly attributes: Readonly<Record<string, AttributeDefinition>>;
  readonly indexes: Readonly<Record<string, IndexDefinition>>;
}

/** What every entity module exports: keys and access patterns (ElectroDB), the domain schema, unique values. */
export interface EntityDefinition<T> {
  /** Entity name; also the noun in errors ("user usr_… not found"). */
  readonly name: string;
  readonly schema: z.ZodType<T>;
  readonly electro: ElectroSchema;
  readonly unique: readonly UniqueConstraint<T>[];
  /** Attributes written beside the domain fields only to build index keys (never part of the domain item). */
  readonly keyExtras?: (item: T) => Readonly<Record<string, unknown>>;
}

export function key(field: string, composite: readonly string[], template: string): KeyDefinition {
  // Ids are case-sensitive base32 and E.164/MAC/e-mail values arrive normalised, so ElectroDB must not lower-case keys.
  return { field, composite, template, casing: 'none' };
}

/** `gsiN` index with its generic key attribute names (see table-definition.ts). */
export function gsi(
  n: 1 | 2 | 3,
  pk: { composite: readonly string[]; template: string },
  sk: { composite: readonly string[]; template: string },
): IndexDefinition {
  return {
    index: `gsi${n}`,
    pk: key(`gsi${n}pk`, pk.composite, pk.template),
    sk: key(`gsi${n}sk`, sk.composite, sk.template),
  };
}

/**
 * ElectroDB attributes for a domain schema. The domain's zod schema is the
 * validator (the repositories parse every write and every read), so ElectroDB
 * only needs to know the names, to keep them on write; key composites are
 * typed strings because ElectroDB builds keys from them.
 */
export function attributesOf(
  schema: z.ZodType,
  keyAttributes: readonly string[],
): Record<string, AttributeDefinition> {
  const attributes: Record<string, AttributeDefinition> = {};
  for (const name of fieldNames(schema)) attributes[name] = { type: 'any' };
  for (const name of keyAttributes) attributes[name] = { type: 'string', required: true };
  return attributes;
}

function fieldNames(schema: z.ZodType): string[] {
  if (schema instanceof z.ZodObject) return Object.keys(schema.shape);
  if (schema instanceof z.ZodUnion) {
    return [...new Set(schema.options.flatMap((option) => fieldNames(option as z.ZodType)))];
  }
  if (schema instanceof z.ZodPipe) return fieldNames(schema.in as z.ZodType);
  if (schema instanceof z.ZodIntersection) {
    return [...fieldNames(schema.def.left as z.ZodType), ...fieldNames(schema.def.right as z.ZodType)];
  }
  throw new TypeError('entity schema must be a zod object, union, intersection or pipe of objects');
}

/**
 * Primary key of every tenant-owned entity: the partition is the tenant's
 * collection of that entity (`t#<tenantId>#<entity>`), the sort key the id, so
 * get-by-id is one GetItem and list-by-tenant one Query in id order. One
 * partition per entity kind keeps a tenant's calls from hitting one partition
 * for everything.
 */
export function tenantPrimaryIndex(entity: string): IndexDefinition {
  return {
    pk: key('pk', ['tenantId'], `t#\${tenantId}#${entity}`),
    sk: key('sk', ['id'], '${id}'),
  };
}

export function tenantEntitySchema(
  entity: string,
  schema: z.ZodType,
  options: { indexes?: Record<string, IndexDefinition>; keyAttributes?: readonly string[] } = {},
): ElectroSchema {
  return {
    model: { entity, version: '1', service: SERVICE },
    attributes: attributesOf(schema, ['tenantId', 'id', ...(options.keyAttributes ?? [])]),
    indexes: { byId: tenantPrimaryIndex(entity), ...options.indexes },
  };
}

/** Key attribute of the `byOwner` index; `-` marks an item that belongs to no user (a global contact). */
export const OWNER_KEY_ATTRIBUTE = 'ownerKey';
export const NO_OWNER = '-';

/**
 * The `byOwner` access pattern (gsi1): a tenant's items of one kind that
 * belong to one user, in id order — what a user with `own` access lists
 * (their devices, voicemail box, personal contacts) without reading the
 * tenant's whole collection.
 */
function ownerIndex(entity: string): IndexDefinition {
  return gsi(
    1,
    {
      composite: ['tenantId', OWNER_KEY_ATTRIBUTE],
      template: `t#\${tenantId}#${entity}#owner#\${${OWNER_KEY_ATTRIBUTE}}`,
    },
    { composite: ['id'], template: '${id}' },
  );
}

/** An entity owned by a tenant, keyed by `tenantPrimaryIndex`, with its unique values and further access patterns. */
export function defineTenantEntity<T>(
  name: string,
  schema: z.ZodType<T>,
  options: {
    unique?: readonly UniqueConstraint<T>[];
    indexes?: Record<string, IndexDefinition>;
    /** The user an item belongs to, if any: adds the `byOwner` access pattern. */
    owner?: (item: T) => string | null;
  } = {},
): EntityDefinition<T> {
  const { owner } = options;
  const indexes = { ...options.indexes, ...(owner ? { byOwner: ownerIndex(name) } : {}) };
  return {
    name,
    schema,
    electro: tenantEntitySchema(name, schema, {
      indexes,
      ...(owner ? { keyAttributes: [OWNER_KEY_ATTRIBUTE] } : {}),
    }),
    unique: options.unique ?? [],
    ...(owner ? { keyExtras: (item: T) => ({ [OWNER_KEY_ATTRIBUTE]: owner(item) ?? NO_OWNER }) } : {}),
  };
}
