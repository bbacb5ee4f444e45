import type { z } from 'zod';
import { attributesOf, type ElectroSchema, type IndexDefinition, key, SERVICE } from './define';

/**
 * Append-mostly records read by tenant and time (CDRs, audit entries). The
 * partition is one tenant-day (`t#<tenantId>#<entity>#<YYYY-MM-DD>`), so a busy
 * tenant's writes spread over a new partition every day instead of heating
 * one; within the day the sort key is the instant then the id, so a Query
 * returns them in time order.
 */
export function timeSeriesEntitySchema(
  entity: string,
  schema: z.ZodType,
  timeAttribute: string,
  options: {
    /** Further access patterns (GSIs) over the same items. */
    readonly indexes?: Readonly<Record<string, IndexDefinition>>;
    /** Attributes written only to build those indexes' keys. */
    readonly keyAttributes?: readonly string[];
  } = {},
): ElectroSchema {
  return {
    model: { entity, version: '1', service: SERVICE },
    attributes: {
      ...attributesOf(schema, ['tenantId', 'id', timeAttribute, ...(options.keyAttributes ?? [])]),
      day: { type: 'string', required: true },
    },
    indexes: {
      byTime: {
        pk: key('pk', ['tenantId', 'day'], `t#\${tenantId}#${entity}#\${day}`),
        sk: key('sk', [timeAttribute, 'id'], `\${${timeAttribute}}#\${id}`),
      },
      ...options.indexes,
    },
  };
}

/** The UTC calendar day of an ISO instant. */
export function dayOf(instant: string): string {
  return new Date(instant).toISOString().slice(0, 10);
}
