import { randomBytes } from 'node:crypto';
import {
  type AuditEntry,
  audioFileS3Key,
  bindingExpiry,
  type Cdr,
  createApiKeyInputSchema,
  createAudioFileInputSchema,
  createAuthorisationGroupInputSchema,
  createContactInputSchema,
  createDeviceInputSchema,
  createExtensionInputSchema,
  createGroupInputSchema,
  createHolidayInputSchema,
  createIvrInputSchema,
  createNumberInputSchema,
  createOutboundRouteInputSchema,
  createQueueInputSchema,
  createResellerInputSchema,
  createScheduleInputSchema,
  createSiteInputSchema,
  createTenantInputSchema,
  createTrunkInputSchema,
  createUserInputSchema,
  createVoicemailBoxInputSchema,
  deviceCredentialHashes,
  generateApiKey,
  newId,
  type Registration,
} from '@carillon/domain';
import type { TenantScope } from '../context';
import type { Page, PageRequest } from '../cursor';
import type { NewCdr } from '../repositories/cdrs';
import type { OwnedTenantRepository } from '../repositories/owned-tenant-repository';
import type { TenantOwnedItem, TenantRepository } from '../repositories/tenant-repository';
import type { ItemPatch, NewItem } from '../repositories/versioned-items';
import type { Store } from '../store';
import { webhookDeliveryFixture, webhookEndpointFixture, webhookHealthFixture } from './webhook-fixtures';

/**
 * One fixture per repository of `createStore()`, so the acceptance tests can
 * be generated over the whole store instead of hand-picking entities. The
 * item types are erased behind closures: a test only needs ids, versions and
 * the stored fields it compares.
 */
export interface StoredItem {
  readonly id: string;
  readonly version: number;
}

type Lookup = (scope: TenantScope, item: StoredItem) => Promise<{ readonly id: string } | undefined>;
type PlatformLookup = (
  item: StoredItem,
) => Promise<{ readonly id: string; readonly tenantId?: string | null } | undefined>;

/** A versioned repository: create, read, update and delete by id. */
export interface CrudFixture {
  readonly kind: 'tenant-crud' | 'platform-crud';
  readonly repository: object;
  create(scope: TenantScope, options?: { id?: string }): Promise<StoredItem>;
  /** Creates from a raw input, as a caller bypassing the types would. */
  createRaw(scope: TenantScope, input: unknown): Promise<StoredItem>;
  /** A valid input of the scope's tenant, unique per call. */
  input(scope: TenantScope): object;
  readonly invalid: {
    /** Path of the offending field, as the error must name it (`address.postalCode`). */
    readonly field: string;
    spoil(valid: object): object;
  };
  find(scope: TenantScope, id: string): Promise<StoredItem | undefined>;
  get(scope: TenantScope, id: string): Promise<StoredItem>;
  list(scope: TenantScope, request?: PageRequest): Promise<Page<StoredItem>>;
  update(scope: TenantScope, id: string, expectedVersion: number): Promise<StoredItem>;
  /** What an update must have changed. */
  readonly patch: object;
  delete(scope: TenantScope, id: string, expectedVersion: number): Promise<void>;
  /** Tenant-scoped lookups by unique value (each finds the item in its own tenant). */
  readonly lookups: Readonly<Record<string, Lookup>>;
  /** Platform lookups that deliberately take no tenant: they are how a tenant is found. */
  readonly platformLookups: Readonly<Record<string, PlatformLookup>>;
  /** True when `list` holds only the test's items (a fresh tenant or owner); false for a shared list. */
  readonly listIsPrivate: boolean;
}

/**
 * Repositories whose records are not versioned (registrations, CDRs, audit):
 * each says how to write one, read it back, and how every scoped method is
 * probed with another tenant's scope.
 */
export interface RecordFixture {
  readonly kind: 'tenant-records';
  readonly repository: object;
  write(scope: TenantScope): Promise<StoredRecord>;
  /** The record as its own tenant sees it; undefined when gone. */
  read(scope: TenantScope, record: StoredRecord): Promise<StoredRecord | undefined>;
  /** The supported lifecycle steps beyond write/read (CDRs and audit entries are write-once). */
  readonly refresh?: (scope: TenantScope, record: StoredRecord) => Promise<StoredRecord>;
  readonly remove?: (scope: TenantScope, record: StoredRecord) => Promise<void>;
  /**
   * Every public method, called with another tenant's scope on this record;
   * each resolves to what of the record that tenant got to see (must be nothing).
   */
  readonly probes: Readonly<Record<string, (scope: TenantScope, record: StoredRecord) => Promise<unknown>>>;
  /** A write that must be refused, and the path of the field that makes it invalid. */
  readonly invalid: { readonly field: string; write(scope: TenantScope): Promise<unknown> };
  /** Paging by time; absent when the repository returns whole lists. */
  readonly paging?: {
    write(scope: TenantScope, index: number): Promise<StoredRecord>;
    list(scope: TenantScope, request: PageRequest): Promise<Page<{ readonly id: string }>>;
  };
}

export interface StoredRecord {
  readonly id: string;
  readonly tenantId: string | null;
}

export type EntityFixture = CrudFixture | RecordFixture;

/** Helpers of TenantRepository that are `protected` (not callable by users of the store). */
const PROTECTED_HELPERS = new Set(['constructor', 'findByUnique', 'resolveByUnique', 'listBy', 'query']);

/** The methods a caller of the store can reach on a repository, along its prototype chain. */
export function publicMethodsOf(repository: object): string[] {
  const names = new Set<string>();
  for (
    let prototype: object | null = Object.getPrototypeOf(repository);
    prototype !== null && prototype !== Object.prototype;
    prototype = Object.getPrototypeOf(prototype)
  ) {
    for (const name of Object.getOwnPropertyNames(prototype)) {
      const descriptor = Object.getOwnPropertyDescriptor(prototype, name);
      if (typeof descriptor?.value === 'function' && !PROTECTED_HELPERS.has(name)) names.add(name);
    }
  }
  return [...names].sort();
}
export type FixtureTable = { readonly [K in keyof Store]: EntityFixture };

let sequence = 0;

/** Values no other call (nor another test file on the same server) uses. */
export const unique = {
  /** 4–6 digits, unique within this process; extension numbers are per tenant. */
  extensionNumber(): string {
    sequence += 1;
    return String(1000 + sequence);
  },
  token(): string {
    sequence += 1;
    return `${sequence.toString(36)}${randomBytes(6).toString('hex')}`;
  },
  did(): string {
    // +49 and 12 more digits: E.164 allows 15 digits in all.
    const digits = BigInt(`0x${randomBytes(8).toString('hex')}`) % 10n ** 12n;
    return `+49${digits.toString().padStart(12, '1')}`;
  },
  /** A locally administered unicast MAC (first octet 02), written the way phones print it. */
  macAddress(): string {
    const octets = Array.from(randomBytes(5), (byte) => byte.toString(16).padStart(2, '0'));
    return ['02', ...octets].join(':').toUpperCase();
  },
  sipUsername(): string {
    return `sip-${unique.token()}`;
  },
};

function tenantCrud<T extends TenantOwnedItem>(
  repository: TenantRepository<T>,
  spec: {
    input(scope: TenantScope): NewItem<T>;
    patch: ItemPatch<T>;
    invalid: { field: string; spoil(valid: NewItem<T>): object };
    lookups?: Record<string, (scope: TenantScope, item: T) => Promise<{ readonly id: string } | undefined>>;
    platformLookups?: Record<
      string,
      (item: T) => Promise<{ id: string; tenantId?: string | null } | undefined>
    >;
  },
): CrudFixture {
  // The driver only hands back items this repository returned.
  const typed = (item: StoredItem) => item as unknown as T;
  return {
    kind: 'tenant-crud',
    repository,
    create: (scope, options) => repository.create(scope, spec.input(scope), options),
    createRaw: (scope, input) => repository.create(scope, input as NewItem<T>),
    input: (scope) => spec.input(scope),
    invalid: { field: spec.invalid.field, spoil: (valid) => spec.invalid.spoil(valid as NewItem<T>) },
    find: (scope, id) => repository.find(scope, id),
    get: (scope, id) => repository.get(scope, id),
    list: (scope, request) => repository.list(scope, request),
    update: (scope, id, expectedVersion) => repository.update(scope, id, spec.patch, { expectedVersion }),
    patch: spec.patch,
    delete: (scope, id, expectedVersion) => repository.delete(scope, id, { expectedVersion }),
    lookups: Object.fromEntries(
      Object.entries(spec.lookups ?? {}).map(([name, lookup]) => [
        name,
        (scope: TenantScope, item: StoredItem) => lookup(scope, typed(item)),
      ]),
    ),
    platformLookups: Object.fromEntries(
      Object.entries(spec.platformLookups ?? {}).map(([name, lookup]) => [
        name,
        (item: StoredItem) => lookup(typed(item)),
      ]),
    ),
    listIsPrivate: true,
  };
}

/** The user the owned items of the fixtures (device, voicemail box, personal contact) belong to, in every tenant. */
const OWNER_USER_ID = newId('usr');

/**
 * `item` as found in its owner's `byOwner` list under `scope`: how a user with
 * `own` access reaches it. Matched by id and tenant, since another tenant may
 * hold an item with the same id.
 */
async function ownedBy<T extends TenantOwnedItem>(
  repository: OwnedTenantRepository<T>,
  scope: TenantScope,
  ownerUserId: string | null,
  item: T,
): Promise<T | undefined> {
  if (ownerUserId === null) return undefined;
  const page = await repository.listByOwner(scope, ownerUserId, { limit: 100 });
  return page.items.find((listed) => listed.id === item.id && listed.tenantId === item.tenantId);
}

/** Replaces one field of a valid input. */
function withField(valid: object, field: string, value: unknown): object {
  return { ...valid, [field]: value };
}

export function buildFixtures(store: Store): FixtureTable {
  const numberHolder = (number: string | null, scope: TenantScope) =>
    number === null ? Promise.resolve(undefined) : store.extensions.numberHolder(scope, number);

  return {
    resellers: {
      kind: 'platform-crud',
      repository: store.resellers,
      input: () =>
        createResellerInputSchema.parse({
          name: `Reseller ${unique.token()}`,
          contactEmail: `ops-${unique.token()}@reseller.example.test`,
        }),
      create: (_scope, options) =>
        store.resellers.create(
          createResellerInputSchema.parse({
            name: `Reseller ${unique.token()}`,
            contactEmail: `ops-${unique.token()}@reseller.example.test`,
          }),
          options,
        ),
      createRaw: (_scope, input) => store.resellers.create(input as never),
      invalid: {
        field: 'contactEmail',
        spoil: (valid) => withField(valid, 'contactEmail', 'not-an-address'),
      },
      find: (_scope, id) => store.resellers.find(id),
      get: (_scope, id) => store.resellers.get(id),
      list: (_scope, request) => store.resellers.list(request),
      update: (_scope, id, expectedVersion) =>
        store.resellers.update(id, { status: 'suspended' }, { expectedVersion }),
      patch: { status: 'suspended' },
      delete: (_scope, id, expectedVersion) => store.resellers.delete(id, { expectedVersion }),
      lookups: {},
      // Platform-level: a reseller's sub-resellers, found by its id (the API checks the branch).
      platformLookups: {
        listChildren: async (item) => {
          const child = await store.resellers.create(
            createResellerInputSchema.parse({
              name: `Sub-reseller ${unique.token()}`,
              contactEmail: `ops-${unique.token()}@reseller.example.test`,
              parentResellerId: item.id,
            }),
          );
          return (await store.resellers.listChildren(item.id)).items.find((found) => found.id === child.id);
        },
      },
      listIsPrivate: false,
    },

    tenants: tenantDirectoryFixture(store),

    users: tenantCrud(store.users, {
      input: () => {
        const login = `u${unique.token()}`;
        return {
          ...createUserInputSchema.parse({
            login,
            email: `${login}@example.test`,
            firstName: 'Ada',
            lastName: 'Lovelace',
            extensionNumber: unique.extensionNumber(),
          }),
          passwordHash: null,
          pinHash: null,
          lastLoginAt: null,
        };
      },
      patch: { lastName: 'King', hideFromDirectory: true },
      invalid: { field: 'extensionNumber', spoil: (valid) => withField(valid, 'extensionNumber', '1a') },
      lookups: {
        findByLogin: (scope, user) => store.users.findByLogin(scope, user.login),
        findByExtensionNumber: (scope, user) =>
          store.users.findByExtensionNumber(scope, user.extensionNumber),
        'extensions.numberHolder': (scope, user) => numberHolder(user.extensionNumber, scope),
      },
      platformLookups: { resolveByEmail: (user) => store.users.resolveByEmail(user.email) },
    }),

    extensions: tenantCrud(store.extensions, {
      input: () =>
        createExtensionInputSchema.parse({
          number: unique.extensionNumber(),
          owner: { kind: 'queue', id: newId('que') },
          displayName: 'Support line',
        }),
      patch: { displayName: 'Support (after hours)' },
      invalid: {
        field: 'owner.id',
        spoil: (valid) => withField(valid, 'owner', { kind: 'user', id: newId('grp') }),
      },
      lookups: {
        findByNumber: (scope, extension) => store.extensions.findByNumber(scope, extension.number),
        numberHolder: (scope, extension) => numberHolder(extension.number, scope),
      },
    }),

    devices: tenantCrud(store.devices, {
      input: (scope) => {
        const sipUsername = unique.sipUsername();
        return {
          ...createDeviceInputSchema.parse({
            kind: 'desk-phone',
            displayName: 'Reception phone',
            macAddress: unique.macAddress(),
            model: 'Gigaset DE700 IP PRO',
            userId: OWNER_USER_ID,
          }),
          sipUsername,
          ...deviceCredentialHashes(sipUsername, `${scope.tenantId}.carillon.test`, 'secret'),
          credentialsRotatedAt: new Date().toISOString(),
        };
      },
      patch: { displayName: 'Front desk', dtmfMode: 'info' },
      invalid: { field: 'macAddress', spoil: (valid) => withField(valid, 'macAddress', 'zz:zz') },
      lookups: {
        // Phones print MACs upper-case with colons; the lookup normalises as the guard does.
        findByMacAddress: (scope, device) =>
          store.devices.findByMacAddress(scope, (device.macAddress ?? '').toUpperCase()),
        listByOwner: (scope, device) => ownedBy(store.devices, scope, device.userId, device),
      },
      platformLookups: {
        resolveBySipUsername: (device) => store.devices.resolveBySipUsername(device.sipUsername),
        resolveByMacAddress: (device) => store.devices.resolveByMacAddress(device.macAddress ?? ''),
      },
    }),

    numbers: tenantCrud(store.numbers, {
      input: () => createNumberInputSchema.parse({ e164: unique.did(), label: 'Main line' }),
      patch: { label: 'Fax', status: 'suspended' },
      invalid: { field: 'e164', spoil: (valid) => withField(valid, 'e164', '030 1234567') },
      lookups: { findByE164: (scope, number) => store.numbers.findByE164(scope, number.e164) },
      platformLookups: { resolveByE164: (number) => store.numbers.resolveByE164(number.e164) },
    }),

    sites: tenantCrud(store.sites, {
      input: () =>
        createSiteInputSchema.parse({
          name: `Site ${unique.token()}`,
          address: { street: 'Hauptstraße 1', postalCode: '10115', city: 'Berlin', country: 'DE' },
        }),
      patch: { name: 'Head office' },
      invalid: {
        field: 'address.postalCode',
        spoil: (valid) => {
          const site = valid as { address: object };
          return withField(valid, 'address', { ...site.address, postalCode: '!' });
        },
      },
    }),

    groups: tenantCrud(store.groups, {
      input: () =>
        createGroupInputSchema.parse({
          kind: 'linear',
          name: 'Sales',
          extensionNumber: unique.extensionNumber(),
          members: [{ userId: newId('usr') }],
        }),
      patch: { name: 'Sales EMEA', groupBusy: true },
      invalid: {
        field: 'members.0.timeoutSeconds',
        spoil: (valid) =>
          withField(valid, 'members', [{ userId: newId('usr'), timeoutSeconds: 0, loggedOn: true }]),
      },
      lookups: { 'extensions.numberHolder': (scope, group) => numberHolder(group.extensionNumber, scope) },
    }),

    queues: tenantCrud(store.queues, {
      input: () =>
        createQueueInputSchema.parse({ name: 'Hotline', extensionNumber: unique.extensionNumber() }),
      patch: { strategy: 'round-robin', wrapUpSeconds: 15 },
      invalid: { field: 'weight', spoil: (valid) => withField(valid, 'weight', 256) },
      lookups: { 'extensions.numberHolder': (scope, queue) => numberHolder(queue.extensionNumber, scope) },
    }),

    ivrs: tenantCrud(store.ivrs, {
      input: () =>
        createIvrInputSchema.parse({
          name: 'Main menu',
          extensionNumber: unique.extensionNumber(),
          keys: { '1': { type: 'go-to', destination: '200' } },
        }),
      patch: { repetitions: 3 },
      invalid: {
        field: 'keys.1.destination',
        spoil: (valid) => withField(valid, 'keys', { '1': { type: 'go-to', destination: 'sales' } }),
      },
      lookups: { 'extensions.numberHolder': (scope, ivr) => numberHolder(ivr.extensionNumber, scope) },
    }),

    voicemailBoxes: tenantCrud(store.voicemailBoxes, {
      input: () => {
        const { pin: _pin, ...box } = createVoicemailBoxInputSchema.parse({
          name: 'Support mailbox',
          extensionNumber: unique.extensionNumber(),
          ownerUserId: OWNER_USER_ID,
          pin: '2580',
        });
        return { ...box, pinHash: 'argon2id$placeholder' };
      },
      patch: { greetingOnly: true },
      invalid: { field: 'maxMessageSeconds', spoil: (valid) => withField(valid, 'maxMessageSeconds', 5) },
      lookups: {
        'extensions.numberHolder': (scope, box) => numberHolder(box.extensionNumber, scope),
        listByOwner: (scope, box) => ownedBy(store.voicemailBoxes, scope, box.ownerUserId, box),
      },
    }),

    trunks: tenantCrud(store.trunks, {
      input: () =>
        createTrunkInputSchema.parse({
          name: 'Provider A',
          registrar: 'sip.provider.example.test',
          username: 'account-1',
          secretRef: 'enc:v1:c2VjcmV0',
        }),
      patch: { transport: 'tls', port: 5061 },
      invalid: {
        field: 'allowedSubnets.0',
        spoil: (valid) => withField(valid, 'allowedSubnets', ['10.0.0.0/33']),
      },
    }),

    outboundRoutes: tenantCrud(store.outboundRoutes, {
      input: () =>
        createOutboundRouteInputSchema.parse({
          name: 'National',
          pattern: '^0[1-9]\\d+$',
          trunkIds: [newId('trk')],
        }),
      patch: { priority: 10, active: false },
      invalid: { field: 'trunkIds', spoil: (valid) => withField(valid, 'trunkIds', []) },
    }),

    authorisationGroups: tenantCrud(store.authorisationGroups, {
      input: () => createAuthorisationGroupInputSchema.parse({ name: 'International callers' }),
      patch: { name: 'Management' },
      invalid: { field: 'memberUserIds.0', spoil: (valid) => withField(valid, 'memberUserIds', ['nobody']) },
    }),

    schedules: tenantCrud(store.schedules, {
      input: () =>
        createScheduleInputSchema.parse({
          name: 'Office hours',
          ranges: [{ weekday: 'mon', from: '08:00', to: '17:00' }],
        }),
      patch: { timeZone: 'Europe/Berlin' },
      invalid: {
        field: 'ranges.0.to',
        spoil: (valid) => withField(valid, 'ranges', [{ weekday: 'mon', from: '17:00', to: '08:00' }]),
      },
    }),

    holidays: tenantCrud(store.holidays, {
      input: () => createHolidayInputSchema.parse({ name: 'Christmas', startDate: '2025-12-25' }),
      patch: { endDate: '2025-12-26', recurringYearly: true },
      invalid: { field: 'endDate', spoil: (valid) => withField(valid, 'endDate', '2025-12-24') },
    }),

    audioFiles: tenantCrud(store.audioFiles, {
      input: (scope) => ({
        ...createAudioFileInputSchema.parse({
          name: 'Welcome prompt',
          purpose: 'prompt',
          format: 'wav',
          sizeBytes: 48_000,
        }),
        s3Key: audioFileS3Key(scope.tenantId, newId('aud'), 'wav'),
        durationMs: 3000,
      }),
      patch: { name: 'Welcome (new)' },
      invalid: {
        // Metadata must point into the tenant's own prefix of the bucket.
        field: 's3Key',
        spoil: (valid) => withField(valid, 's3Key', audioFileS3Key(newId('tnt'), newId('aud'), 'wav')),
      },
    }),

    contacts: tenantCrud(store.contacts, {
      input: () =>
        createContactInputSchema.parse({
          scope: 'personal',
          ownerUserId: OWNER_USER_ID,
          company: 'ACME Ltd',
          numbers: [{ type: 'office', number: '+49 30 1234567' }],
        }),
      patch: { lastName: 'Coyote' },
      lookups: {
        listByOwner: (scope, contact) => ownedBy(store.contacts, scope, contact.ownerUserId, contact),
      },
      invalid: {
        field: 'numbers.0.number',
        spoil: (valid) =>
          withField(valid, 'numbers', [{ type: 'office', number: 'call me', quickDial: null }]),
      },
    }),

    apiKeys: apiKeyFixture(store),

    registrations: registrationFixture(store),
    cdrs: cdrFixture(store),
    audit: auditFixture(store),
    webhookEndpoints: webhookEndpointFixture(store),
    webhookHealth: webhookHealthFixture(store),
    webhookDeliveries: webhookDeliveryFixture(store),
  };
}

/**
 * API keys are stored under their owner (`t#<tenantId>` for a tenant key), and
 * the owner key plays the part of the tenant scope: a tenant's key must be
 * unreachable under another tenant's owner key.
 */
function apiKeyFixture(store: Store): CrudFixture {
  const ownerKey = (scope: TenantScope) => `t#${scope.tenantId}`;
  const input = (scope: TenantScope) => {
    const { displayPrefix, keyHash } = generateApiKey();
    return {
      ...createApiKeyInputSchema.parse({ name: 'CRM integration', scopes: ['users:read', 'cdrs:read'] }),
      owner: { kind: 'tenant' as const, id: scope.tenantId },
      tenantId: scope.tenantId,
      displayPrefix,
      keyHash,
      lastUsedAt: null,
      revokedAt: null,
    };
  };
  const patch = { name: 'CRM (revoked)', revokedAt: '2025-01-01T00:00:00.000Z' };
  return {
    kind: 'tenant-crud',
    repository: store.apiKeys,
    input,
    create: (scope, options) => store.apiKeys.create(input(scope), options),
    createRaw: (_scope, raw) => store.apiKeys.create(raw as never),
    invalid: { field: 'scopes.0', spoil: (valid) => withField(valid, 'scopes', ['users:admin']) },
    find: (scope, id) => store.apiKeys.find(ownerKey(scope), id),
    get: (scope, id) => store.apiKeys.get(ownerKey(scope), id),
    list: (scope, request) => store.apiKeys.list(ownerKey(scope), request),
    update: (scope, id, expectedVersion) =>
      store.apiKeys.update(ownerKey(scope), id, patch, { expectedVersion }),
    patch,
    delete: (scope, id, expectedVersion) => store.apiKeys.delete(ownerKey(scope), id, { expectedVersion }),
    lookups: {},
    platformLookups: {
      // A bearer key names its own tenant: this lookup is how a request learns it.
      findByHash: (item) => store.apiKeys.findByHash((item as unknown as { keyHash: string }).keyHash),
    },
    listIsPrivate: true,
  };
}

/**
 * The tenant directory is the platform's list of tenants: a tenant's id is its
 * own scope and lists are per reseller, so there is no TenantScope to misuse.
 */
function tenantDirectoryFixture(store: Store): CrudFixture {
  // The test's fresh scope picks a reseller of its own, so each test's listByReseller holds only its tenants.
  const resellers = new Map<string, string>();
  const resellerOf = (scope: TenantScope) => {
    const known = resellers.get(scope.tenantId) ?? newId('rsl');
    resellers.set(scope.tenantId, known);
    return known;
  };
  const input = (scope: TenantScope) => {
    const slug = `t${unique.token()}`;
    return {
      ...createTenantInputSchema.parse({
        name: `Tenant ${slug}`,
        slug,
        country: 'DE',
        timeZone: 'Europe/Berlin',
      }),
      resellerId: resellerOf(scope),
      sipDomain: `${slug}.carillon.example.test`,
      status: 'active' as const,
      deletionScheduledAt: null,
    };
  };
  return {
    kind: 'platform-crud',
    repository: store.tenants,
    input,
    create: (scope, options) => store.tenants.create(input(scope), options),
    createRaw: (_scope, raw) => store.tenants.create(raw as never),
    invalid: { field: 'slug', spoil: (valid) => withField(valid, 'slug', 'Not A Slug') },
    find: (_scope, id) => store.tenants.find(id),
    get: (_scope, id) => store.tenants.get(id),
    list: (scope, request) => store.tenants.listByReseller(resellerOf(scope), request),
    update: (_scope, id, expectedVersion) =>
      store.tenants.update(id, { name: 'Renamed GmbH', areaCode: '30' }, { expectedVersion }),
    patch: { name: 'Renamed GmbH', areaCode: '30' },
    delete: (_scope, id, expectedVersion) => store.tenants.delete(id, { expectedVersion }),
    lookups: {},
    platformLookups: {
      findBySlug: async (item) => store.tenants.findBySlug((item as unknown as { slug: string }).slug),
    },
    listIsPrivate: true,
  };
}

function registrationFixture(store: Store): RecordFixture {
  const binding = (scope: TenantScope): Registration => {
    const now = new Date();
    const user = unique.token();
    return {
      id: newId('reg'),
      tenantId: scope.tenantId,
      deviceId: newId('dev'),
      aor: `sip:${user}@acme.example.test`,
      contactUri: `sip:${user}@192.0.2.10:5060`,
      instanceId: null,
      regId: null,
      callId: `call-${user}`,
      cseq: 1,
      transport: 'udp',
      sourceAddress: '192.0.2.10:5060',
      userAgent: null,
      edgeNodeId: 'edge-1',
      registeredAt: now.toISOString(),
      ...bindingExpiry(now, 3600),
    };
  };
  const asBinding = (record: StoredRecord) => record as Registration;
  const read = async (scope: TenantScope, record: StoredRecord) =>
    (await store.registrations.listByAor(scope, asBinding(record).aor)).find(
      (live) => live.contactUri === asBinding(record).contactUri,
    );
  return {
    kind: 'tenant-records',
    repository: store.registrations,
    write: (scope) => store.registrations.put(scope, binding(scope)),
    read,
    // A refresh REGISTER replaces the binding (RFC 3261 §10.3 step 8).
    refresh: (scope, record) =>
      store.registrations.put(scope, { ...asBinding(record), cseq: asBinding(record).cseq + 1 }),
    remove: (scope, record) => store.registrations.remove(scope, asBinding(record)),
    invalid: {
      field: 'aor',
      write: (scope) => store.registrations.put(scope, { ...binding(scope), aor: 'alice' }),
    },
    probes: {
      listByAor: (scope, record) => store.registrations.listByAor(scope, asBinding(record).aor),
      // Writing another tenant's binding is refused; nothing of it is returned.
      put: (scope, record) => store.registrations.put(scope, asBinding(record)),
      remove: (scope, record) => store.registrations.remove(scope, asBinding(record)),
      // The group commit: a put of A's binding under B's scope is refused, a removal misses it.
      writeBatch: (scope, record) =>
        store.registrations.writeBatch([{ kind: 'put', scope, registration: asBinding(record) }]),
      'writeBatch (remove)': (scope, record) =>
        store.registrations.writeBatch([{ kind: 'remove', scope, registration: asBinding(record) }]),
    },
  };
}

function cdrFixture(store: Store): RecordFixture {
  const input = (startedAt: string, idempotencyKey = newId('cdr')): NewCdr => {
    const endedAt = new Date(Date.parse(startedAt) + 30_000).toISOString();
    const caller = { number: '101', name: null };
    const callee = { number: '102', name: null };
    return {
      callId: `call-${idempotencyKey}`,
      idempotencyKey,
      direction: 'internal',
      caller,
      callee,
      startedAt,
      answeredAt: null,
      endedAt,
      durationSeconds: 30,
      billableSeconds: 0,
      disposition: 'no-answer',
      hangupCause: 19,
      hangupSide: 'caller',
      private: false,
      legs: [
        {
          legId: 'leg-1',
          kind: 'extension',
          caller,
          callee,
          deviceId: null,
          userId: CDR_USER_ID,
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
    } as NewCdr;
  };
  const asCdr = (record: StoredRecord) => record as Cdr;
  const day = { from: '2024-06-01T00:00:00.000Z', to: '2024-06-02T00:00:00.000Z' };
  const days = { from: '2024-06-01T00:00:00.000Z', to: '2024-06-08T00:00:00.000Z' };
  return {
    kind: 'tenant-records',
    repository: store.cdrs,
    write: async (scope) => (await store.cdrs.record(scope, input('2024-06-01T10:00:00.000Z'))).cdr,
    read: (scope, record) => store.cdrs.find(scope, record.id, asCdr(record).startedAt),
    invalid: {
      field: 'idempotencyKey',
      write: (scope) => store.cdrs.record(scope, input('2024-06-01T10:00:00.000Z', 'short')),
    },
    probes: {
      find: (scope, record) => store.cdrs.find(scope, record.id, asCdr(record).startedAt),
      list: async (scope) => (await store.cdrs.list(scope, day)).items,
      findById: (scope, record) => store.cdrs.findById(scope, record.id),
      search: async (scope, record) => [
        ...(await store.cdrs.search(scope, day)).items,
        ...(await store.cdrs.search(scope, day, { number: asCdr(record).caller.number })).items,
        ...(await store.cdrs.search(scope, day, { userId: CDR_USER_ID })).items,
      ],
      // The same idempotency key in another tenant is another call: it must not return this tenant's record.
      record: async (scope, record) => {
        const { cdr } = await store.cdrs.record(
          scope,
          input(asCdr(record).startedAt, asCdr(record).idempotencyKey),
        );
        return cdr.id === record.id ? cdr : undefined;
      },
    },
    paging: {
      // Spread over a week, so pages cross day partitions.
      write: async (scope, index) => {
        const startedAt = new Date(Date.parse(days.from) + index * 7 * 3_600_000).toISOString();
        return (await store.cdrs.record(scope, input(startedAt))).cdr;
      },
      list: (scope, request) => store.cdrs.list(scope, days, request),
    },
  };
}

/** The user on the fixture CDRs' leg, so that the by-user index is probed too. */
const CDR_USER_ID = newId('usr');

function auditFixture(store: Store): RecordFixture {
  const entry = (scope: TenantScope) => ({
    resellerId: null,
    actor: { kind: 'user' as const, id: newId('usr'), label: 'Ada' },
    action: 'user.update',
    targetType: 'user',
    targetId: newId('usr'),
    before: { lastName: 'Lovelace' },
    after: { lastName: 'King', tenant: scope.tenantId },
    requestId: null,
  });
  const built = Date.now();
  const window = {
    from: new Date(built - 3_600_000).toISOString(),
    to: new Date(built + 3 * 3_600_000).toISOString(),
  };
  const around = (record: StoredRecord) => {
    const at = Date.parse((record as AuditEntry).at);
    return { from: new Date(at - 60_000).toISOString(), to: new Date(at + 60_000).toISOString() };
  };
  return {
    kind: 'tenant-records',
    repository: store.audit,
    write: (scope) => store.audit.append(scope, entry(scope)),
    read: async (scope, record) =>
      (await store.audit.list(scope, around(record))).items.find((found) => found.id === record.id),
    invalid: {
      field: 'action',
      write: (scope) => store.audit.append(scope, { ...entry(scope), action: 'Updated the user' }),
    },
    probes: {
      list: async (scope, record) => (await store.audit.list(scope, around(record))).items,
      search: async (scope, record) => {
        const entry = record as AuditEntry;
        return [
          ...(await store.audit.search(scope, around(record))).items,
          ...(await store.audit.search(scope, around(record), { actorId: entry.actor.id })).items,
          ...(await store.audit.search(scope, around(record), { targetId: entry.targetId })).items,
          ...(await store.audit.search(scope, around(record), { targetType: entry.targetType })).items,
        ];
      },
      // An entry appended by another tenant lands in that tenant's trail only.
      append: async (scope, record) => {
        const appended = await store.audit.append(scope, entry(scope));
        return appended.tenantId === record.tenantId ? appended : undefined;
      },
    },
    paging: {
      write: (scope) => store.audit.append(scope, entry(scope)),
      // One fixed range: a cursor continues only the list (range) it was issued for.
      list: (scope, request) => store.audit.list(scope, window, request),
    },
  };
}
