import { auditEntrySchema } from '@carillon/domain';
import { gsi } from './define';
import { timeSeriesEntitySchema } from './time-series';

/** Key attribute of `byActor`: the actor's id (`actor.id`), flattened because a key cannot name a nested field. */
export const AUDIT_ACTOR_KEY = 'actorKey';

/**
 * Audit trail by tenant and time (one partition per tenant-day), plus one
 * partition per actor (gsi1), per target (gsi2) and per target type (gsi3),
 * each sorted by time: "what did this key change", "who touched this user",
 * "every trunk change" are one Query each, not a walk of the tenant's days.
 */
export const auditEntryEntitySchema = timeSeriesEntitySchema('auditEntry', auditEntrySchema, 'at', {
  keyAttributes: [AUDIT_ACTOR_KEY, 'targetId', 'targetType'],
  indexes: {
    byActor: gsi(
      1,
      {
        composite: ['tenantId', AUDIT_ACTOR_KEY],
        template: `t#\${tenantId}#auditEntry#actor#\${${AUDIT_ACTOR_KEY}}`,
      },
      { composite: ['at', 'id'], template: '${at}#${id}' },
    ),
    byTarget: gsi(
      2,
      { composite: ['tenantId', 'targetId'], template: 't#${tenantId}#auditEntry#target#${targetId}' },
      { composite: ['at', 'id'], template: '${at}#${id}' },
    ),
    byTargetType: gsi(
      3,
      { composite: ['tenantId', 'targetType'], template: 't#${tenantId}#auditEntry#type#${targetType}' },
      { composite: ['at', 'id'], template: '${at}#${id}' },
    ),
  },
});
