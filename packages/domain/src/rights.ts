import { z } from 'zod';
import { inputObject } from './entity';

/**
 * Who may do what. Two layers:
 *  1. Roles (platform hierarchy): operator › reseller-admin › tenant-admin › user.
 *     The manuals have no role model beyond an "Administration" right (T300 manual
 *     L910-943, `admin_perm`); the hierarchy comes from hosting (ARCHITECTURE §1).
 *  2. Fine-grained user rights: the manuals' per-user authorisations, with their
 *     defaults for new users.
 */
export const ROLES = ['operator', 'reseller-admin', 'tenant-admin', 'user'] as const;
export const roleSchema = z.enum(ROLES, { error: `role must be one of ${ROLES.join(', ')}` });
export type Role = z.infer<typeof roleSchema>;

/** Roles a tenant's own user account can have; operator and reseller-admin are not tenant users. */
export const TENANT_USER_ROLES = ['tenant-admin', 'user'] as const;
export const tenantUserRoleSchema = z.enum(TENANT_USER_ROLES, { error: 'role must be tenant-admin or user' });
export type TenantUserRole = z.infer<typeof tenantUserRoleSchema>;

export interface UserRightDefinition {
  /** What the manual calls it. */
  readonly manualTerm: string;
  /** Default for a new user, as the manual gives it. */
  readonly default: boolean;
  /** Where the right and its default come from. */
  readonly source: string;
}

/**
 * Fine-grained rights of a tenant user. Defaults: the T300 manual lists one for
 * each right of its permission table (L910-943); the T640 manual lists its
 * authorisations (L1217-1275) but gives a default only for "Group pickup" (All
 * Users has it, L1025-1026). T640-only rights without a stated default start
 * off: granting later is safe, revoking after a leak is not.
 */
export const USER_RIGHTS = {
  functionKeys: { manualTerm: 'Keys (fkey_perm)', default: true, source: 'T300 L912' },
  busyLampField: {
    manualTerm: 'Busy Lamp Field',
    default: true,
    source: 'T640 L1221; T300 L914 (Show redirection: Yes)',
  },
  showActiveCallPartner: {
    manualTerm: 'Show "On the phone with" (fkey_shw_act_call_perm)',
    default: false,
    source: 'T300 L920',
  },
  fax: { manualTerm: 'Fax (fax_perm) / Fax server', default: true, source: 'T300 L922; T640 L1227' },
  callForwarding: {
    manualTerm: 'Redirect (redirect_perm) / Call forwarding',
    default: true,
    source: 'T300 L924; T640 L1219',
  },
  overrideCallForward: {
    manualTerm: 'Override call forward',
    default: false,
    source: 'T640 L1219 (no default stated)',
  },
  preferences: { manualTerm: 'Preferences (setting_perm)', default: true, source: 'T300 L926' },
  ifmcUse: { manualTerm: 'iFMC (ifmc_use_perm)', default: true, source: 'T300 L928; T300 L659-661' },
  ifmcEdit: { manualTerm: 'iFMC Changing (ifmc_edit_perm)', default: true, source: 'T300 L930' },
  callLists: { manualTerm: 'Records (calllist_perm)', default: true, source: 'T300 L932' },
  directory: { manualTerm: 'Directory (address_perm)', default: true, source: 'T300 L934' },
  editGlobalContacts: {
    manualTerm: 'Edit global contacts',
    default: false,
    source: 'T640 L1258 (no default stated)',
  },
  voicemail: { manualTerm: 'Voicemail (voice_perm)', default: true, source: 'T300 L936' },
  voicemailConfiguration: {
    manualTerm: 'Allow voicemail configuration',
    default: true,
    source: 'T640 L1270; follows voice_perm (T300 L936)',
  },
  hotDesking: {
    manualTerm: 'Login (login_perm) / Hot desking',
    default: true,
    source: 'T300 L938; T640 L1260',
  },
  conference: { manualTerm: 'Conference (conference_perm)', default: true, source: 'T300 L940' },
  callManager: { manualTerm: 'Call manager (callman_perm)', default: true, source: 'T300 L944' },
  callWaiting: { manualTerm: 'Call waiting', default: true, source: 'T640 L1217; T300 L564-566' },
  callRecording: { manualTerm: 'Call recording', default: false, source: 'T640 L1218 (no default stated)' },
  manageOwnRecordings: { manualTerm: 'Manage own user recordings', default: false, source: 'T640 L1224' },
  allowClip: { manualTerm: 'Allow CLIP', default: true, source: 'T640 L1222' },
  allowClir: {
    manualTerm: 'Allow CLIR',
    default: true,
    source: 'T640 L1222; T300 L595-600 (default withheld)',
  },
  allowDnd: { manualTerm: 'Allow DND', default: true, source: 'T640 L1222; T300 L567-568' },
  groupPickup: { manualTerm: 'Group pickup', default: true, source: 'T640 L1025-1026 (All Users has it)' },
  directPickup: { manualTerm: 'Direct Pickup', default: false, source: 'T640 L1223 (no default stated)' },
  intercom: { manualTerm: 'Allow intercom', default: false, source: 'T640 L1267 (no default stated)' },
  setNightService: { manualTerm: 'Set night answer service', default: false, source: 'T640 L1265' },
  queueLogon: { manualTerm: 'Queue logon/logoff', default: true, source: 'T640 L1271; L1736-1737' },
  monitorQueues: {
    manualTerm: 'Monitor queues / Monitor own queues',
    default: false,
    source: 'T640 L1225, L1273',
  },
  impersonate: { manualTerm: 'Impersonate', default: false, source: 'T640 L1261' },
} as const satisfies Record<string, UserRightDefinition>;

export type UserRight = keyof typeof USER_RIGHTS;
export const USER_RIGHT_NAMES = Object.keys(USER_RIGHTS) as UserRight[];
export type UserRights = Record<UserRight, boolean>;

export function defaultUserRights(): UserRights {
  return Object.fromEntries(
    USER_RIGHT_NAMES.map((right) => [right, USER_RIGHTS[right].default]),
  ) as UserRights;
}

/** Stored rights: every right present. Input: any subset; missing rights take the manual default. */
export const userRightsSchema = inputObject(
  Object.fromEntries(
    USER_RIGHT_NAMES.map((right) => [
      right,
      z.boolean({ error: `right ${right} must be true or false` }).default(USER_RIGHTS[right].default),
    ]),
  ) as Record<UserRight, z.ZodDefault<z.ZodBoolean>>,
);

/** Resources of the public API, named as in the domain. */
export const RESOURCES = [
  'reseller',
  'tenant',
  'site',
  'user',
  'extension',
  'device',
  'group',
  'queue',
  'ivr',
  'trunk',
  'number',
  'outbound-route',
  'authorisation-group',
  'schedule',
  'holiday',
  'voicemail-box',
  'audio-file',
  'contact',
  'api-key',
  'audit-entry',
  'cdr',
  'registration',
  'webhook',
] as const;
export type Resource = (typeof RESOURCES)[number];

export const ACTIONS = ['read', 'create', 'update', 'delete'] as const;
export type Action = (typeof ACTIONS)[number];

/**
 * `all`: every record in the caller's scope (platform, reseller subtree or tenant).
 * `own`: only records that belong to the calling user (their user record, personal
 * contacts, voicemail box, CDRs, registrations). Absent: no access.
 */
export type AccessScope = 'all' | 'own';
export type Grant = Readonly<Partial<Record<Action, AccessScope>>>;

const ALL: Grant = { read: 'all', create: 'all', update: 'all', delete: 'all' };
const READ: Grant = { read: 'all' };
const OWN: Grant = { read: 'own', create: 'own', update: 'own', delete: 'own' };

const TENANT_CONFIG: Resource[] = [
  'site',
  'user',
  'extension',
  'device',
  'group',
  'queue',
  'ivr',
  'trunk',
  'outbound-route',
  'authorisation-group',
  'schedule',
  'holiday',
  'voicemail-box',
  'audio-file',
  'contact',
];

function grants(entries: [readonly Resource[], Grant][]): Partial<Record<Resource, Grant>> {
  const table: Partial<Record<Resource, Grant>> = {};
  for (const [resources, grant] of entries) for (const resource of resources) table[resource] = grant;
  return table;
}

/**
 * The role table. Resellers sell numbers and read CDRs for billing; tenant
 * admins assign the numbers they were given (update) but cannot create or
 * release them. Users manage only what is theirs: their profile (not create or
 * delete it), personal contacts, voicemail box settings, call history.
 */
export const ROLE_GRANTS: Readonly<Record<Role, Partial<Record<Resource, Grant>>>> = {
  operator: grants([[RESOURCES, ALL]]),
  'reseller-admin': grants([
    [['reseller', 'tenant', 'number', 'api-key', 'webhook'], ALL],
    [TENANT_CONFIG, ALL],
    [['cdr', 'audit-entry', 'registration'], READ],
  ]),
  'tenant-admin': grants([
    [TENANT_CONFIG, ALL],
    [['api-key', 'webhook'], ALL],
    // The PBX's own settings (country, area code, prefix, time zone, e-mail) are the tenant admin's,
    // as on the office PBX; limits and the lifecycle (suspend, delete) stay with the reseller.
    [['tenant', 'number'], { read: 'all', update: 'all' }],
    [['cdr', 'audit-entry', 'registration'], READ],
  ]),
  user: grants([
    [['contact'], OWN],
    [['user', 'voicemail-box'], { read: 'own', update: 'own' }],
    [['cdr', 'registration', 'device'], { read: 'own' }],
    [['extension', 'group', 'queue', 'site'], READ],
  ]),
};

/**
 * Whether `role` may do `action` on `resource`. `ownsRecord` says whether the
 * record belongs to the caller; it matters only for `own` grants.
 */
export function isAllowed(role: Role, action: Action, resource: Resource, ownsRecord = false): boolean {
  const scope = ROLE_GRANTS[role][resource]?.[action];
  return scope === 'all' || (scope === 'own' && ownsRecord);
}
