import { cdrSchema } from '@carillon/domain';
import { attributesOf, type ElectroSchema, gsi, key, SERVICE } from './define';
import { timeSeriesEntitySchema } from './time-series';

/**
 * Call detail records by tenant and start time (one partition per tenant-day).
 * `byId` (gsi1, one partition per CDR) finds a CDR from its id alone, for
 * `GET …/cdrs/{cdrId}`: the primary key needs the start time too.
 */
export const cdrEntitySchema = timeSeriesEntitySchema('cdr', cdrSchema, 'startedAt', {
  indexes: {
    byId: gsi(
      1,
      { composite: ['tenantId', 'id'], template: 't#${tenantId}#cdr#${id}' },
      { composite: ['startedAt'], template: '${startedAt}' },
    ),
  },
});

/** Guard namespace that makes a retried CDR report idempotent (ARCHITECTURE.md §3). */
export const CDR_IDEMPOTENCY_CONSTRAINT = 'cdr-idempotency';

/**
 * Index items for the CDR filters that can match several values of one call —
 * the users on any leg, the caller's and the callee's number — which a GSI
 * (one key per item) cannot index. Each is a copy of the CDR under
 * `t#<tenantId>#cdrParty#<party>` (party `user:<userId>` or `number:<number>`),
 * sorted by start time, written in the CDR's own transaction; a user's or a
 * number's calls in a time range are then one Query, never a scan of the
 * tenant's days. `partyNumbers` lets a user's list be narrowed to a number.
 */
export const cdrPartyEntitySchema: ElectroSchema = {
  model: { entity: 'cdrParty', version: '1', service: SERVICE },
  attributes: {
    ...attributesOf(cdrSchema, ['tenantId', 'id', 'startedAt', 'party']),
    partyNumbers: { type: 'any' },
  },
  indexes: {
    byParty: {
      pk: key('pk', ['tenantId', 'party'], 't#${tenantId}#cdrParty#${party}'),
      sk: key('sk', ['startedAt', 'id'], '${startedAt}#${id}'),
    },
  },
};

/**
 * At most this many users of one call get an index item (a TransactWriteItems
 * holds 100 items: the CDR, its guard and two numbers besides). A call that
 * rang more users than this (a very large ring group) is still recorded and
 * listed for the tenant; the users past the limit do not find it in their own list.
 */
export const MAX_INDEXED_CDR_USERS = 90;
