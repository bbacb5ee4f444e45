import { randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../functions/api/src/int-test-fixtures';
import { resellerTenantWithKey } from '../../functions/api/src/routes/tenant-resource-contract';
import { logIn, PHONE, type PortalStack, screenshot, startPortalStack } from './portal-stack';
import { PASSWORD, type SeededTenant, seedUser } from './seed';

/** The id alphabet (packages/domain/src/values/id.ts); the test package does not depend on the domain. */
const CROCKFORD = '0123456789abcdefghjkmnpqrstvwxyz';

let stack: PortalStack;
let tenantA: SeededTenant & { did: string };
let tenantB: SeededTenant & { did: string };

/**
 * A tenant record (settings, SIP domain) under a reseller, an admin who can log
 * in, and one public number the reseller sold it (tenant admins cannot create
 * numbers, only assign them).
 */
async function seedTenantWithNumber(): Promise<SeededTenant & { did: string }> {
  const { tenantId, key } = await resellerTenantWithKey(stack.store, [
    'users:write',
    'devices:write',
    'numbers:write',
  ]);
  const admin = await seedUser(stack.app, tenantId, key, { role: 'tenant-admin', extensionNumber: '100' });
  const did = `+4930${String(randomInt(10_000_000, 99_999_999))}`;
  const number = await call(stack.app, 'POST', `/tenants/${tenantId}/numbers`, {
    key,
    body: { e164: did, label: 'Main line' },
  });
  if (number.status !== 201) throw new Error(`seeding a number failed: ${number.status} ${number.text}`);
  return { tenantId, key, admin: { id: admin.id, email: admin.email }, did };
}

beforeAll(async () => {
  stack = await startPortalStack();
  tenantA = await seedTenantWithNumber();
  tenantB = await seedTenantWithNumber();
}, 600_000);

afterAll(async () => {
  await stack?.stop();
});

// The walks below visit many pages; on a loaded machine (2 cores shared) they need more than the default 30 s.
describe('portal: tenant admin', () => {
  it('logs in, creates a user with an extension and a device, sees them in the lists; another tenant never sees them', async () => {
    const context = await stack.newContext();
    const page = await context.newPage();
    await logIn(page, stack.portalUrl, tenantA.admin.email, PASSWORD);
    expect(new URL(page.url()).pathname).toBe('/admin');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Dashboard');

    await page.getByRole('link', { name: 'Users & extensions' }).click();
    await page.getByRole('link', { name: 'New user' }).click();
    await page.waitForURL('**/admin/users/new');

    // First an invalid extension: the API's message appears at the field.
    const login = `grace${Date.now().toString(36)}`;
    await page.getByLabel('First name').fill('Grace');
    await page.getByLabel('Last name').fill('Hopper');
    await page.getByLabel('Login').fill(login);
    await page.getByLabel('E-mail').fill(`${login}@example.test`);
    await page.getByLabel('Extension').fill('1');
    await page.getByRole('button', { name: 'Create user' }).click();
    const fieldError = page.locator('[data-field-error="extensionNumber"]');
    await fieldError.waitFor();
    expect(await fieldError.textContent()).toMatch(/extension number must be 2.6 digits/);
    expect(await page.getByLabel('Extension').getAttribute('aria-invalid')).toBe('true');

    await page.getByLabel('Extension').fill('742');
    await page.getByRole('button', { name: 'Create user' }).click();
    await page.waitForURL('**/admin/users?created=*');
    const row = page.locator('tr', { hasText: login });
    await row.waitFor();
    expect(await row.textContent()).toContain('742');
    expect(await row.textContent()).toContain('Grace Hopper');
    // The number is in the numbering plan, beside the groups', queues' and IVRs' numbers.
    const planRow = page.locator('table[aria-labelledby="numbering-plan"] tr', { hasText: '742' });
    expect(await planRow.textContent()).toContain('Grace Hopper');

    // A device for the new user: the SIP credentials are shown once, with a QR code.
    await page.getByRole('link', { name: 'Devices', exact: true }).click();
    await page.waitForURL('**/admin/devices');
    await page.getByRole('link', { name: 'New device' }).click();
    await page.waitForURL('**/admin/devices/new');
    await page.getByRole('button', { name: 'Create device' }).click();
    const nameError = page.locator('[data-field-error="displayName"]');
    await nameError.waitFor();
    expect(await page.getByLabel('Name').getAttribute('aria-invalid')).toBe('true');
    const deviceName = `Grace softphone ${login}`;
    await page.getByLabel('Name').fill(deviceName);
    await page.getByLabel('User', { exact: true }).selectOption({ label: '742 · Grace Hopper' });
    await page.getByRole('button', { name: 'Create device' }).click();
    const credentials = page.getByTestId('sip-credentials');
    await credentials.waitFor();
    const sipUsername = (await credentials.locator('[data-credential="username"]').textContent()) ?? '';
    const sipPassword = (await credentials.locator('[data-credential="password"]').textContent()) ?? '';
    expect(sipUsername).toMatch(/^742/);
    expect(sipPassword.length).toBeGreaterThanOrEqual(16);
    expect(await credentials.locator('[data-credential="domain"]').textContent()).toMatch(/\./);
    await credentials.getByTestId('qr-code').waitFor();
    await screenshot(page, 'device-credentials-desktop');
    await page.getByRole('link', { name: 'Done' }).click();
    await page.waitForURL('**/admin/devices?created=*');
    const deviceRow = page.locator('tr', { hasText: deviceName });
    await deviceRow.waitFor();
    expect(await deviceRow.textContent()).toContain('Grace Hopper');
    expect(await deviceRow.textContent()).toContain(sipUsername);
    expect(await deviceRow.locator('[data-registration]').getAttribute('data-registration')).toBe('false');
    // Shown once: neither the list nor any later page carries the password.
    expect(await page.content()).not.toContain(sipPassword);
    const deviceId = (await deviceRow.getAttribute('data-device-id')) ?? '';

    // A new password replaces the old one and is shown once, in a dialog.
    page.once('dialog', (dialog) => void dialog.accept());
    await deviceRow.getByRole('button', { name: `New SIP password for ${deviceName}` }).click();
    const rotated = page.getByRole('dialog');
    await rotated.getByTestId('sip-credentials').waitFor();
    const newPassword = (await rotated.locator('[data-credential="password"]').textContent()) ?? '';
    expect(newPassword.length).toBeGreaterThanOrEqual(16);
    expect(newPassword).not.toBe(sipPassword);
    await rotated.getByRole('button', { name: 'Done' }).click();
    await rotated.waitFor({ state: 'hidden' });

    // The tenant's number rings at the new user.
    await page.getByRole('link', { name: 'Numbers', exact: true }).click();
    await page.waitForURL('**/admin/numbers');
    const numberRow = page.locator('tr', { hasText: tenantA.did });
    const assignment = numberRow.getByRole('form', { name: `Assignment of ${tenantA.did}` });
    await assignment.getByLabel('Destination').selectOption({ label: '742 · Grace Hopper' });
    await assignment.getByRole('button', { name: 'Save' }).click();
    await assignment.getByRole('status').waitFor();
    await numberRow.locator('td').nth(1).filter({ hasText: '742 · Grace Hopper' }).waitFor();
    expect(await numberRow.locator('td').first().textContent()).toBe('assigned');

    // The dashboard counts the device and raises an alert: it has never registered.
    await page.getByRole('link', { name: 'Dashboard' }).click();
    await page.waitForURL('**/admin');
    expect(await page.getByTestId('registered-devices').textContent()).toBe('0 of 1');
    expect(await page.locator('[data-alert="devices-unregistered"]').textContent()).toContain(deviceName);
    await page.getByTestId('call-chart').waitFor();
    // The registrar records a binding (as the edge does on REGISTER): the list and the dashboard show it live.
    const { sipDomain } = await stack.store.tenants.get(tenantA.tenantId);
    const now = new Date();
    const expiry = new Date(now.getTime() + 600_000);
    await stack.store.registrations.put(
      { tenantId: tenantA.tenantId },
      {
        id: `reg_${Array.from({ length: 26 }, () => CROCKFORD[randomInt(32)]).join('')}`,
        tenantId: tenantA.tenantId,
        deviceId,
        aor: `sip:${sipUsername}@${sipDomain.toLowerCase()}`,
        contactUri: `sip:${sipUsername}@192.0.2.10:5062;transport=tcp`,
        instanceId: null,
        regId: null,
        callId: `portal-test-${deviceId}`,
        cseq: 1,
        transport: 'tcp',
        sourceAddress: '192.0.2.10:5062',
        userAgent: 'Gigaset N670 IP PRO',
        edgeNodeId: 'portal-test',
        registeredAt: now.toISOString(),
        expiresAt: expiry.toISOString(),
        expiresAtEpoch: Math.ceil(expiry.getTime() / 1000),
      },
    );
    await page.reload();
    expect(await page.getByTestId('registered-devices').textContent()).toBe('1 of 1');
    expect(await page.locator('[data-alert="devices-unregistered"]').count()).toBe(0);
    await page.goto(`${stack.portalUrl}/admin/devices`);
    const liveRow = page.locator('tr', { hasText: deviceName });
    expect(await liveRow.locator('[data-registration]').getAttribute('data-registration')).toBe('true');
    expect(await liveRow.textContent()).toContain('Gigaset N670 IP PRO');
    expect(await liveRow.textContent()).toContain('TCP 192.0.2.10:5062');
    await screenshot(page, 'devices-registered-desktop');

    // Settings: the admin changes the PBX settings (not the limits), field errors at the field.
    await page.getByRole('link', { name: 'Tenant settings' }).click();
    await page.waitForURL('**/admin/settings');
    expect((await page.getByTestId('tenant-settings').textContent()) ?? '').toContain('100–899');
    expect(await page.getByLabel('Time zone').inputValue()).toBe('Europe/Berlin');
    await page.getByLabel('Time zone').fill('Mars/Olympus');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.locator('[data-field-error="timeZone"]').waitFor();
    await page.getByLabel('Time zone').fill('Europe/Amsterdam');
    await page.getByLabel('Area code', { exact: true }).fill('20');
    await page.getByLabel('E-mail').fill('pbx@tenant-a.example');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Settings saved.').waitFor();
    await page.reload();
    expect(await page.getByLabel('Time zone').inputValue()).toBe('Europe/Amsterdam');
    expect(await page.getByLabel('Area code', { exact: true }).inputValue()).toBe('20');
    expect(await page.getByLabel('E-mail').inputValue()).toBe('pbx@tenant-a.example');
    await screenshot(page, 'settings-saved-desktop');

    const other = await stack.newContext();
    const otherPage = await other.newPage();
    await logIn(otherPage, stack.portalUrl, tenantB.admin.email, PASSWORD);
    await otherPage.goto(`${stack.portalUrl}/admin/users`);
    const otherView = (await otherPage.locator('main').textContent()) ?? '';
    expect(otherView).toContain(tenantB.admin.email);
    expect(otherView).not.toContain(login);
    expect(otherView).not.toContain('Grace Hopper');
    // Tenant A's users through B's session: 404, as for an id that does not exist.
    const direct = await otherPage.request.get(`${stack.portalUrl}/v1/tenants/${tenantA.tenantId}/users`);
    expect(direct.status()).toBe(404);
    await otherPage.goto(`${stack.portalUrl}/admin/numbers`);
    const otherNumbers = (await otherPage.locator('main').textContent()) ?? '';
    expect(otherNumbers).toContain(tenantB.did);
    expect(otherNumbers).not.toContain(tenantA.did);
    expect(otherNumbers).not.toContain('Grace Hopper');
    await otherPage.goto(`${stack.portalUrl}/admin/devices`);
    const otherDevices = (await otherPage.locator('main').textContent()) ?? '';
    expect(otherDevices).not.toContain(deviceName);
    expect(otherDevices).not.toContain(sipUsername);
    for (const path of [
      `/v1/tenants/${tenantA.tenantId}/devices`,
      `/v1/tenants/${tenantA.tenantId}/devices/${deviceId}`,
      `/v1/tenants/${tenantA.tenantId}/devices/${deviceId}/registrations`,
      `/v1/tenants/${tenantB.tenantId}/devices/${deviceId}`,
    ]) {
      expect((await otherPage.request.get(`${stack.portalUrl}${path}`)).status(), path).toBe(404);
    }
    await other.close();

    // Delete, after a confirmation: a second device (made through the API) leaves the list; Grace's stays.
    const spare = await call(stack.app, 'POST', `/tenants/${tenantA.tenantId}/devices`, {
      key: tenantA.key,
      body: { kind: 'webrtc', displayName: `Spare browser ${login}` },
    });
    expect(spare.status, spare.text).toBe(201);
    const spareId = (spare.json as { id: string }).id;
    await page.goto(`${stack.portalUrl}/admin/devices`);
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: `Delete Spare browser ${login}` }).click();
    await page.locator('tr', { hasText: `Spare browser ${login}` }).waitFor({ state: 'detached' });
    expect(await page.locator('tr', { hasText: deviceName }).count()).toBe(1);
    const gone = await page.request.get(
      `${stack.portalUrl}/v1/tenants/${tenantA.tenantId}/devices/${spareId}`,
    );
    expect(gone.status()).toBe(404);
    await context.close();
  }, 150_000);

  it('creates a trunk (password write-only) and a hunt group with members; field errors at the fields', async () => {
    const context = await stack.newContext();
    const page = await context.newPage();
    await logIn(page, stack.portalUrl, tenantA.admin.email, PASSWORD);

    await page.goto(`${stack.portalUrl}/admin/trunks/new`);
    const trunkName = `Provider ${Date.now().toString(36)}`;
    await page.getByLabel('Name', { exact: true }).fill(trunkName);
    await page.getByLabel('User name').fill('4930123456');
    // No registrar and no password while registering: the API names both fields.
    await page.getByRole('button', { name: 'Create trunk' }).click();
    await page.locator('[data-field-error="registrar"]').waitFor();
    expect(await page.getByLabel('Registrar').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('Registrar').fill('sip.provider.example');
    await page.getByLabel('Password').fill('provider secret 123');
    await page.getByRole('button', { name: 'Create trunk' }).click();
    await page.waitForURL('**/admin/trunks?saved=*');
    const trunkRow = page.locator('tr', { hasText: trunkName });
    expect(await trunkRow.textContent()).toContain('sip.provider.example:5060 (UDP)');
    expect(await page.content()).not.toContain('provider secret 123');
    await trunkRow.getByRole('link', { name: trunkName }).click();
    await page.getByText('A password is stored.').waitFor();
    expect(await page.getByLabel('Password').inputValue()).toBe('');
    await page.getByLabel('Port', { exact: true }).fill('5080');
    await page.getByLabel('G722').check();
    await page.getByLabel('DTMF', { exact: true }).selectOption('info');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL('**/admin/trunks?saved=*');
    expect(await page.locator('tr', { hasText: trunkName }).textContent()).toContain(':5080');
    await page.getByRole('link', { name: trunkName }).click();
    await page.getByText('A password is stored.').waitFor();
    expect(await page.getByLabel('G722').isChecked()).toBe(true);
    expect(await page.getByLabel('DTMF', { exact: true }).inputValue()).toBe('info');
    await screenshot(page, 'trunks-list-desktop');

    await page.goto(`${stack.portalUrl}/admin/groups/new`);
    const groupName = `Sales ${Date.now().toString(36)}`;
    await page.getByLabel('Name', { exact: true }).fill(groupName);
    await page.getByLabel('Strategy').selectOption('linear');
    await page.getByLabel('Extension').fill('1');
    await page.getByRole('button', { name: 'Add member' }).click();
    await page.getByLabel('Ring time (seconds)').fill('15');
    await page.getByRole('button', { name: 'Create group' }).click();
    await page.locator('[data-field-error="extensionNumber"]').waitFor();
    await page.getByLabel('Extension').fill('610');
    await page.getByRole('button', { name: 'Create group' }).click();
    await page.waitForURL('**/admin/groups?saved=*');
    const groupRow = page.locator('tr', { hasText: groupName });
    expect(await groupRow.textContent()).toContain('610');
    expect(await groupRow.textContent()).toContain('One after another');
    expect(await groupRow.textContent()).toContain('15 s');
    await screenshot(page, 'groups-list-desktop');

    // Tenant B's admin gets a 404 for A's trunk and group pages.
    const other = await stack.newContext();
    const otherPage = await other.newPage();
    await logIn(otherPage, stack.portalUrl, tenantB.admin.email, PASSWORD);
    const groupHref =
      (await page.locator('tr', { hasText: groupName }).getByRole('link').getAttribute('href')) ?? '';
    const groupPage = await otherPage.goto(`${stack.portalUrl}${groupHref}`);
    expect(groupPage?.status()).toBe(404);
    await otherPage.goto(`${stack.portalUrl}/admin/groups`);
    expect(await otherPage.locator('main').textContent()).not.toContain(groupName);
    await otherPage.goto(`${stack.portalUrl}/admin/trunks`);
    expect(await otherPage.locator('main').textContent()).not.toContain(trunkName);
    await other.close();
    await context.close();
  }, 120_000);

  it('shows the admin views in German and Dutch', async () => {
    const context = await stack.newContext();
    const page = await context.newPage();
    await logIn(page, stack.portalUrl, tenantA.admin.email, PASSWORD);
    const { hostname } = new URL(stack.portalUrl);
    for (const [locale, headings] of [
      ['de', ['Geräte', 'Rufnummern', 'Trunks', 'Gruppen']],
      ['nl', ['Toestellen', 'Nummers', 'Trunks', 'Belgroepen']],
    ] as const) {
      await context.addCookies([{ name: 'carillon-locale', value: locale, domain: hostname, path: '/' }]);
      for (const [index, path] of [
        '/admin/devices',
        '/admin/numbers',
        '/admin/trunks',
        '/admin/groups',
      ].entries()) {
        await page.goto(`${stack.portalUrl}${path}`);
        expect(await page.getByRole('heading', { level: 1 }).textContent(), `${locale} ${path}`).toBe(
          headings[index],
        );
      }
    }
    await context.close();
  }, 90_000);

  it('keeps working at phone width (menu behind a button) and takes screenshots', async () => {
    for (const [name, viewport] of [
      ['desktop', undefined],
      ['phone', PHONE],
    ] as const) {
      const context = await stack.newContext(viewport);
      const page = await context.newPage();
      await page.goto(`${stack.portalUrl}/login`);
      await screenshot(page, `login-${name}`);
      await logIn(page, stack.portalUrl, tenantA.admin.email, PASSWORD);
      for (const [path, shot] of [
        ['/admin', 'dashboard'],
        ['/admin/users', 'users'],
        ['/admin/users/new', 'user-new'],
        ['/admin/devices', 'devices'],
        ['/admin/devices/new', 'device-new'],
        ['/admin/numbers', 'numbers'],
        ['/admin/trunks', 'trunks'],
        ['/admin/trunks/new', 'trunk-new'],
        ['/admin/groups', 'groups'],
        ['/admin/groups/new', 'group-new'],
        ['/admin/settings', 'settings'],
        ['/me/profile', 'profile'],
      ] as const) {
        await page.goto(`${stack.portalUrl}${path}`);
        // Every page renders its own content, not the error boundary.
        expect(await page.locator('main').textContent(), path).not.toContain('Something went wrong');
        await screenshot(page, `${shot}-${name}`);
      }
      const menuButton = page.getByRole('button', { name: 'Menu' });
      if (name === 'phone') {
        expect(await page.getByRole('link', { name: 'Users & extensions' }).isVisible()).toBe(false);
        await menuButton.click();
        expect(await page.getByRole('link', { name: 'Users & extensions' }).isVisible()).toBe(true);
        await screenshot(page, 'menu-phone');
      } else {
        expect(await menuButton.isVisible()).toBe(false);
      }
      await context.close();
    }
  }, 120_000);
});
