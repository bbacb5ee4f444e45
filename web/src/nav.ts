import type { MessageKey } from './i18n/messages';

/** Who sees a section: tenant admins, tenant users (incl. admins, for their own things), resellers. */
export type Audience = 'admin' | 'self' | 'reseller';

export interface NavEntry {
  /** Route of the section; null while the API has no route for it (the entry is not shown). */
  readonly href: string | null;
  readonly label: MessageKey;
  readonly audience: Audience;
}

/**
 * Every section of the portal, in menu order. A new section (a queue view, an
 * IVR editor…) is one more entry here plus its page under src/app/(portal):
 * the planned ones are listed already, with `href: null` until they exist.
 */
export const NAV: readonly NavEntry[] = [
  { href: '/admin', label: 'nav.dashboard', audience: 'admin' },
  { href: '/admin/users', label: 'nav.users', audience: 'admin' },
  { href: '/admin/devices', label: 'nav.devices', audience: 'admin' },
  { href: '/admin/numbers', label: 'nav.numbers', audience: 'admin' },
  { href: '/admin/trunks', label: 'nav.trunks', audience: 'admin' },
  { href: '/admin/groups', label: 'nav.groups', audience: 'admin' },
  { href: '/admin/calls', label: 'nav.calls', audience: 'admin' },
  { href: '/admin/audit', label: 'nav.audit', audience: 'admin' },
  { href: '/admin/settings', label: 'nav.settings', audience: 'admin' },
  { href: null, label: 'nav.queues', audience: 'admin' },
  { href: null, label: 'nav.ivr', audience: 'admin' },
  { href: null, label: 'nav.schedules', audience: 'admin' },
  { href: '/admin/voicemail', label: 'nav.voicemail', audience: 'admin' },
  { href: null, label: 'nav.moh', audience: 'admin' },
  { href: null, label: 'nav.conferences', audience: 'admin' },
  { href: null, label: 'nav.provisioning', audience: 'admin' },
  { href: null, label: 'nav.appliances', audience: 'admin' },
  { href: '/me/calls', label: 'nav.myCalls', audience: 'self' },
  { href: '/me/devices', label: 'nav.myDevices', audience: 'self' },
  { href: '/me/voicemail', label: 'nav.myVoicemail', audience: 'self' },
  { href: '/me/profile', label: 'nav.profile', audience: 'self' },
  { href: '/phone', label: 'nav.phone', audience: 'self' },
  { href: '/reseller/customers', label: 'nav.customers', audience: 'reseller' },
  { href: '/reseller/api-keys', label: 'nav.apiKeys', audience: 'reseller' },
  { href: '/reseller/resellers', label: 'nav.subResellers', audience: 'reseller' },
];

export type Role = 'operator' | 'reseller-admin' | 'tenant-admin' | 'user';

/** The audiences a role belongs to, in the order their groups appear in the menu. */
export function audiencesOf(role: Role, hasUser: boolean): Audience[] {
  const audiences: Audience[] = [];
  if (role === 'tenant-admin') audiences.push('admin');
  if (role === 'reseller-admin' || role === 'operator') audiences.push('reseller');
  if (hasUser) audiences.push('self');
  return audiences;
}

/** The menu of a role: groups of the entries that exist, each under its heading. */
export function menuFor(
  role: Role,
  hasUser: boolean,
): { audience: Audience; entries: (NavEntry & { href: string })[] }[] {
  return audiencesOf(role, hasUser)
    .map((audience) => ({
      audience,
      entries: NAV.filter(
        (entry): entry is NavEntry & { href: string } => entry.audience === audience && entry.href !== null,
      ),
    }))
    .filter((group) => group.entries.length > 0);
}

/** Where a role lands after logging in. */
export function homeOf(role: Role, hasUser: boolean): string {
  if (role === 'tenant-admin') return '/admin';
  if (role === 'reseller-admin' || role === 'operator') return '/reseller/customers';
  return hasUser ? '/me/devices' : '/login';
}
