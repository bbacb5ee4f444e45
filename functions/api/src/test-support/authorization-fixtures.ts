import { newId } from '@carillon/domain';
import type { Store } from '@carillon/store';

/**
 * What the generated authorisation test (`authorization.int.test.ts`) needs
 * to reach every operation of the OpenAPI document with real, seeded ids.
 *
 * Path parameters are filled by name. `tenantId` and `resellerId` are the
 * principals' own tenant and reseller (or another one, for the cross-tenant
 * principals); `userId` is a seeded portal user (the calling user for "own",
 * another user of the same tenant for "other"). Every other `{xId}` names an
 * item of the collection in front of it (`/tenants/{tenantId}/sites/{siteId}`
 * → `/tenants/{tenantId}/sites`): the test creates two items there, through
 * the API as the operator, with the sample body below — one "owned" by the
 * calling user, one by the other user (for resources with `own` access).
 *
 * A new resource with a POST on its collection is covered once its id
 * parameter has a sample here; until then its operations fail with "no
 * fixture for …". A collection without POST (read-only: CDRs, audit) needs a
 * seeder instead (`SEEDERS`, straight into the store).
 */
export interface SampleContext {
  /** The user the item belongs to, for resources with `own` access (contacts, voicemail boxes …). */
  readonly ownerUserId: string;
  /** A fresh extension number, unique in the test's tenant. */
  readonly extensionNumber: () => string;
  /** An id of each kind that exists already, when a sample must refer to another item. */
  readonly existing: Readonly<Record<string, string>>;
}

export const SAMPLE_BODIES: Readonly<Record<string, (context: SampleContext) => Record<string, unknown>>> = {
  siteId: () => ({
    name: 'Head office',
    address: { street: 'Hauptstraße 1', postalCode: '10115', city: 'Berlin', country: 'DE' },
  }),
  scheduleId: () => ({ name: 'Office hours' }),
  holidayId: () => ({ name: 'New Year', startDate: '2027-01-01', recurringYearly: true }),
  queueId: (context) => ({ name: 'Support', extensionNumber: context.extensionNumber() }),
  ivrId: (context) => ({ name: 'Main menu', extensionNumber: context.extensionNumber() }),
  groupId: (context) => ({ kind: 'parallel', name: 'Reception', extensionNumber: context.extensionNumber() }),
  extensionId: (context) => ({
    number: context.extensionNumber(),
    owner: { kind: 'user', id: context.ownerUserId },
    displayName: 'Second line',
  }),
  authorisationGroupId: () => ({ name: 'International' }),
  trunkId: () => ({
    name: 'Provider',
    registrar: 'sip.provider.example.test',
    username: 'acct',
    password: 'trunk-pass',
  }),
  outboundRouteId: () => ({ name: 'Everything', pattern: '\\d+', trunkIds: [newId('trk')] }),
  contactId: (context) => ({ scope: 'personal', ownerUserId: context.ownerUserId, lastName: 'Contact' }),
  voicemailBoxId: (context) => ({
    name: 'Mailbox',
    extensionNumber: context.extensionNumber(),
    ownerUserId: context.ownerUserId,
    pin: '2580',
  }),
  webhookId: () => ({ url: 'https://hooks.example.com/carillon', eventTypes: ['call.ended'] }),
  apiKeyId: () => ({ name: 'Authorisation test key', scopes: ['users:read'] }),
  audioFileId: () => ({ name: 'Welcome', purpose: 'prompt', contentType: 'audio/wav', sizeBytes: 1024 }),
  numberId: () => ({ e164: `+4930${String(Math.floor(Math.random() * 9e7) + 1e7)}` }),
  deviceId: (context) => ({ kind: 'softphone', displayName: 'Desk softphone', userId: context.ownerUserId }),
};

/**
 * A valid change per item parameter, sent (without If-Match) where `own`
 * access is checked: that check runs in the handler, after the body is
 * validated, so an empty body would stop at 422 before reaching it. With a
 * valid body an own record answers 428 (If-Match missing: nothing changes)
 * and another user's record 404. Needed for every PATCH of a resource with
 * `own` access in ROLE_GRANTS.
 */
export const UPDATE_SAMPLES: Readonly<Record<string, () => Record<string, unknown>>> = {
  userId: () => ({ lastName: 'Renamed' }),
  contactId: () => ({ lastName: 'Changed' }),
  voicemailBoxId: () => ({ name: 'Renamed box' }),
};

export interface SeedContext {
  readonly store: Store;
  /** The tenant of the collection (the principals' own tenant). */
  readonly tenantId: string;
  /** The user the item belongs to, for resources with `own` access (a CDR of a call this user was on). */
  readonly ownerUserId: string;
}

/**
 * Items of read-only collections (no POST), written straight into the store:
 * one per variant, like the samples above. Returns the new item's id.
 */
export const SEEDERS: Readonly<Record<string, (context: SeedContext) => Promise<string>>> = {
  cdrId: async ({ store, tenantId, ownerUserId }) => {
    const startedAt = new Date(Date.now() - 120_000).toISOString();
    const endedAt = new Date(Date.now() - 60_000).toISOString();
    const party = { number: '201', name: null };
    const { cdr } = await store.cdrs.record(
      { tenantId },
      {
        callId: `authz-${newId('cdr')}`,
        idempotencyKey: `authz:${newId('cdr')}`,
        direction: 'internal',
        caller: party,
        callee: { number: '202', name: null },
        startedAt,
        answeredAt: null,
        endedAt,
        durationSeconds: 60,
        billableSeconds: 0,
        disposition: 'no-answer',
        hangupCause: 19,
        hangupSide: 'caller',
        private: false,
        legs: [
          {
            legId: 'leg-1',
            kind: 'extension',
            caller: party,
            callee: { number: '202', name: null },
            deviceId: null,
            userId: ownerUserId,
            trunkId: null,
            startedAt,
            answeredAt: null,
            endedAt,
            disposition: 'no-answer',
            hangupCause: 19,
            hangupSide: 'caller',
            codec: null,
            rtp: null,
          },
        ],
      },
    );
    return cdr.id;
  },
};

/** Parameters the principals fill themselves: never seeded. */
export const ROOT_PARAMETERS = new Set(['tenantId', 'resellerId', 'userId']);
