import { describe, expect, it } from 'vitest';
import { homeOf, menuFor, NAV } from './nav';

describe('menuFor', () => {
  it('gives a tenant admin the admin views and their own, a user only their own', () => {
    const admin = menuFor('tenant-admin', true);
    expect(admin.map((group) => group.audience)).toEqual(['admin', 'self']);
    const user = menuFor('user', true);
    expect(user.map((group) => group.audience)).toEqual(['self']);
    expect(user.flatMap((group) => group.entries).some((entry) => entry.href.startsWith('/admin'))).toBe(
      false,
    );
  });

  it('gives a reseller the customers view and no tenant views', () => {
    expect(menuFor('reseller-admin', false)).toEqual([
      { audience: 'reseller', entries: NAV.filter((entry) => entry.audience === 'reseller') },
    ]);
  });

  it('leaves out planned sections until they have a page', () => {
    const hrefs = menuFor('tenant-admin', true).flatMap((group) => group.entries.map((entry) => entry.href));
    expect(hrefs).not.toContain(null);
    expect(NAV.filter((entry) => entry.href === null).length).toBeGreaterThan(0);
  });
});

describe('homeOf', () => {
  it('sends each role to its start page', () => {
    expect(homeOf('tenant-admin', true)).toBe('/admin');
    expect(homeOf('user', true)).toBe('/me/devices');
    expect(homeOf('reseller-admin', false)).toBe('/reseller/customers');
  });
});
