import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSine, writeWav } from '@carillon/rtp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiKey } from '../../functions/api/src/test-support/principals';
import {
  seedDevice,
  seedTenant as seedTenantRecord,
} from '../../functions/call-control/src/int-test-fixtures';
import { BaresipPhone } from '../../media/test/baresip/baresip-phone';
import { type CallStack, startCallStack } from '../../media/test/call-stack';
import type { Action, Resource } from '../../packages/domain/src/rights';
import { ROLE_GRANTS } from '../../packages/domain/src/rights';
import { logIn, PHONE, type PortalStack, screenshot, startPortalStack } from './portal-stack';
import { PASSWORD, seedUser } from './seed';

/*
 * Issue 6 acceptance: a user logs in, sees their own call history after a call they made, and
 * cannot reach any admin page or API route. The call is real: the edge (media/) runs in-process
 * next to the API with the real call-control app over DynamoDB Local (media/test/call-stack.ts),
 * two of the tenant's users have a Debian baresip phone each on UDP, 301 calls 302, which answers;
 * the edge's CDR goes through call control's ingestion into the same table the API reads.
 */

let calls: CallStack;
let stack: PortalStack;
let tenant: { tenantId: string; key: string; admin: { id: string; email: string } };
let user: { id: string; email: string };
let domain: string;
let workDir: string;
const sip: Record<'uma' | 'vic', { username: string; password: string }> = {
  uma: { username: '', password: '' },
  vic: { username: '', password: '' },
};
const phones: BaresipPhone[] = [];

/** Every page of the admin and reseller views. */
const ADMIN_PAGES = [
  '/admin',
  '/admin/users',
  '/admin/users/new',
  '/admin/devices',
  '/admin/calls',
  '/admin/calls/cdr_0000000000000000000000000',
  '/admin/audit',
  '/admin/settings',
  '/reseller/customers',
  '/reseller/customers/new',
  '/reseller/api-keys',
  '/reseller/resellers',
];

async function startPhone(name: 'uma' | 'vic', autoAnswer: boolean): Promise<BaresipPhone> {
  const udpPort = calls.edge.ports.UDP;
  if (udpPort === undefined) throw new Error('edge has no UDP port');
  const sourceWav = join(workDir, `${name}.wav`);
  writeFileSync(
    sourceWav,
    writeWav({
      encoding: 'pcm16',
      sampleRate: 8000,
      samples: generateSine(name === 'uma' ? 1000 : 1400, -12, { durationMs: 30_000, sampleRate: 8000 }),
    }),
  );
  const phone = await BaresipPhone.start({
    dir: join(workDir, name),
    domain,
    username: sip[name].username,
    password: sip[name].password,
    edgePort: udpPort,
    transport: 'udp',
    sourceWav,
    autoAnswer,
  });
  phones.push(phone);
  await phone.waitForLog(/\{\d+\/UDP\/v4\} 200 OK/, 8000, `registration of ${name}`);
  return phone;
}

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'carillon-portal-user-'));
  calls = await startCallStack('portal-user', {
    DIGEST_ALGORITHMS: 'MD5',
    SIP_TCP_ENABLED: 'false',
    SIP_TLS_ENABLED: 'false',
    SIP_WS_ENABLED: 'false',
  });
  stack = await startPortalStack();
  // A tenant record with its SIP domain (the phones' realm), and an admin key to seed users.
  const tenantRecord = await seedTenantRecord(stack.store);
  domain = tenantRecord.sipDomain;
  const key = (await apiKey(stack.store, { kind: 'tenant', id: tenantRecord.id }, ['users:write'])).key;
  const admin = await seedUser(stack.app, tenantRecord.id, key, {
    role: 'tenant-admin',
    extensionNumber: '300',
  });
  tenant = { tenantId: tenantRecord.id, key, admin };
  user = await seedUser(stack.app, tenant.tenantId, tenant.key, {
    role: 'user',
    extensionNumber: '301',
    firstName: 'Uma',
    lastName: 'User',
  });
  const vic = await seedUser(stack.app, tenant.tenantId, tenant.key, {
    role: 'user',
    extensionNumber: '302',
    firstName: 'Vic',
    lastName: 'Callee',
  });
  for (const [name, id] of [
    ['uma', user.id],
    ['vic', vic.id],
  ] as const) {
    const seeded = await seedDevice(
      stack.store,
      tenantRecord,
      await stack.store.users.get({ tenantId: tenant.tenantId }, id),
    );
    sip[name] = { username: seeded.device.sipUsername, password: seeded.sipPassword };
  }
}, 600_000);

afterAll(async () => {
  await Promise.all(phones.map((phone) => phone.stop()));
  await stack?.stop();
  await calls?.stop();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe('portal: a user’s own call history', () => {
  it('shows the call the user just made from their phone, with its legs, and exports it', async () => {
    const callee = await startPhone('vic', true);
    const caller = await startPhone('uma', false);
    await caller.command('dial', `sip:302@${domain}`);
    await caller.waitForLog(/Call established/, 10_000, 'established call 301 → 302');
    await callee.waitForLog(/Call established/, 10_000, 'answered at 302');
    await new Promise((resolve) => setTimeout(resolve, 2000));
    await caller.command('hangup');
    await callee.waitForLog(/terminated|closed/i, 5000, 'hangup at 302');

    const context = await stack.newContext();
    const page = await context.newPage();
    await logIn(page, stack.portalUrl, user.email, PASSWORD);
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'My calls' })
      .click();
    await page.waitForURL('**/me/calls');
    // The edge reports the CDR after the BYE; call control writes it. Bounded wait, page by page load.
    const rows = page.getByRole('table', { name: 'My calls' }).locator('tbody tr');
    const deadline = Date.now() + 20_000;
    while ((await rows.count()) === 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      await page.reload();
    }
    if ((await rows.count()) === 0) {
      const range = { from: new Date(Date.now() - 3_600_000).toISOString(), to: new Date().toISOString() };
      const stored = await stack.store.cdrs.list({ tenantId: tenant.tenantId }, range);
      throw new Error(
        `no call on /me/calls; stored: ${JSON.stringify(stored.items)}; user ${user.id}; page: ${await page.locator('main').textContent()}`,
      );
    }
    expect(await rows.count()).toBe(1);
    const row = rows.first();
    // The caller as the PBX presented it (Uma's extension 301, not her phone's SIP user name in
    // the INVITE's From); the callee as dialled.
    expect(await row.textContent()).toMatch(/Internal.*301.*302.*Answered/);
    expect(await row.textContent()).not.toContain(sip.uma.username);
    expect(await page.getByTestId('call-chart').locator('[data-chart-total="answered"]').textContent()).toBe(
      '1',
    );
    await screenshot(page, 'user-calls-desktop');

    // The CSV export of the same filters, through the portal's /v1 proxy with the session.
    const exportLink = page.getByRole('link', { name: 'Export as CSV' });
    const href = (await exportLink.getAttribute('href')) ?? '';
    expect(href).toBe(`/v1/tenants/${tenant.tenantId}/cdrs/export?userId=${user.id}`);
    const csv = await page.request.get(`${stack.portalUrl}${href}`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toMatch(/^text\/csv/);
    const cdrId = (await row.getAttribute('data-cdr-id')) ?? '';
    expect((await csv.text()).split('\r\n').filter((line) => line.startsWith(cdrId))).toHaveLength(1);

    // Details: keyboard to the row's link, Enter; the legs carry the codec the phones agreed on.
    await row.getByRole('link', { name: /Details of the call/ }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/me/calls/${cdrId}`);
    await page.getByRole('heading', { name: /^Call on / }).waitFor();
    const legs = page.getByRole('table', { name: 'Legs' }).locator('tbody tr');
    expect(await legs.count()).toBeGreaterThanOrEqual(1);
    expect((await legs.first().locator('[data-codec]').textContent())?.trim()).toMatch(
      /^(PCMU|PCMA|opus|G722)/i,
    );
    await screenshot(page, 'user-call-detail-desktop');

    // Filters: a disposition the call does not have gives an empty list; phone width stays usable.
    await page.setViewportSize(PHONE);
    await page.goto(`${stack.portalUrl}/me/calls`);
    await page.getByLabel('Result').selectOption('busy');
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.waitForURL('**/me/calls?*disposition=busy*');
    expect(await page.getByRole('table', { name: 'My calls' }).locator('tbody tr').count()).toBe(0);
    await screenshot(page, 'user-calls-phone');
    // A day that is no date is named at its field (the form's own check; the API's errors land the same way).
    await page.goto(`${stack.portalUrl}/me/calls?since=2026-02-31x`);
    expect(await page.locator('[data-field-error="since"]').textContent()).toBe('Enter a date (YYYY-MM-DD).');
    await context.close();
  }, 120_000);
});

describe('portal: the tenant admin’s call history and audit log', () => {
  it('lists the tenant’s calls filtered by user, with the chart, and the audit trail with before/after', async () => {
    const context = await stack.newContext();
    const page = await context.newPage();
    await logIn(page, stack.portalUrl, tenant.admin.email, PASSWORD);
    await page.goto(`${stack.portalUrl}/admin/calls`);
    const table = page.getByRole('table', { name: 'Call history' });
    // The call of the test above (this file's tests run in order); the admin sees it without being on it.
    expect(await table.locator('tbody tr').count()).toBe(1);
    // The seeded admin (the fixture's name) at 300.
    await page.getByLabel('User').selectOption({ label: '300 · Ada Lovelace' });
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.waitForURL('**/admin/calls?*userId=*');
    // The admin was not on the call: filtered by their own user, the list is empty.
    expect(await table.locator('tbody tr').count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Export as CSV' }).getAttribute('href')).toMatch(
      new RegExp(`^/v1/tenants/${tenant.tenantId}/cdrs/export\\?userId=usr_`),
    );
    await page.goto(`${stack.portalUrl}/admin/calls?direction=internal`);
    expect(await table.locator('tbody tr').count()).toBe(1);
    expect(await page.getByTestId('call-chart').locator('[data-chart-total="answered"]').textContent()).toBe(
      '1',
    );
    await screenshot(page, 'admin-calls-desktop');
    // The API's own range rule, at its field: `until` before `since` is the API's 400 naming `from`.
    await page.goto(`${stack.portalUrl}/admin/calls?since=2026-11-20&until=2026-11-10`);
    expect(await page.locator('[data-field-error="since"]').textContent()).toMatch(/before/);

    // The admin's own history holds only calls they were on (none), and so does its export.
    await page.goto(`${stack.portalUrl}/me/calls`);
    expect(await page.getByRole('table', { name: 'My calls' }).locator('tbody tr').count()).toBe(0);
    const ownExport = (await page.getByRole('link', { name: 'Export as CSV' }).getAttribute('href')) ?? '';
    expect(ownExport).toBe(`/v1/tenants/${tenant.tenantId}/cdrs/export?userId=${tenant.admin.id}`);
    expect(
      (await (await page.request.get(`${stack.portalUrl}${ownExport}`)).text()).trim().split('\r\n'),
    ).toHaveLength(1);

    // The audit trail: the users the test's API key created, with their fields as "after".
    await page.goto(`${stack.portalUrl}/admin/audit`);
    const entry = page.locator(`tr[data-action="user.create"]`).filter({ hasText: user.id });
    expect(await entry.count()).toBe(1);
    expect(await entry.textContent()).toContain('API key');
    await entry
      .getByText(/lastName/)
      .first()
      .click();
    expect(await entry.locator('tr[data-field="lastName"]').textContent()).toContain('"User"');
    // Filter by the target from the row's link; the other users' entries go.
    await entry.getByRole('link', { name: new RegExp(user.id) }).click();
    await page.waitForURL(`**/admin/audit?*targetId=${user.id}*`);
    expect(await page.locator('tbody > tr[data-audit-id]').count()).toBe(1);
    await screenshot(page, 'admin-audit-desktop');
    await page.setViewportSize(PHONE);
    await screenshot(page, 'admin-audit-phone');
    await context.close();
  }, 60_000);
});

describe('portal: a plain user', () => {
  it('sees only their own views and gets 404 for every admin page, by menu and by URL', async () => {
    const context = await stack.newContext();
    const page = await context.newPage();
    await logIn(page, stack.portalUrl, user.email, PASSWORD);
    expect(new URL(page.url()).pathname).toBe('/me/devices');
    const menu = page.getByRole('navigation', { name: 'Main navigation' });
    expect(await menu.getByRole('link', { name: 'Profile' }).count()).toBe(1);
    expect(await menu.getByRole('link', { name: 'Users & extensions' }).count()).toBe(0);
    expect(await menu.getByRole('link', { name: 'Dashboard' }).count()).toBe(0);
    await screenshot(page, 'user-devices-desktop');

    for (const path of ADMIN_PAGES) {
      const response = await page.goto(`${stack.portalUrl}${path}`);
      expect({ path, status: response?.status() }).toEqual({ path, status: 404 });
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('404');
      expect(await page.locator('body').textContent()).not.toContain(tenant.admin.email);
    }
    await context.close();
  });

  it('is refused every API route its role has no grant for, with a valid session and CSRF token', async () => {
    const context = await stack.newContext();
    const page = await context.newPage();
    await logIn(page, stack.portalUrl, user.email, PASSWORD);
    const csrf = (await context.cookies()).find((cookie) => cookie.name === '__Host-carillon-csrf')?.value;
    expect(csrf).toBeDefined();

    const document = (await (await page.request.get(`${stack.portalUrl}/v1/openapi.json`)).json()) as {
      paths: Record<
        string,
        Record<string, { 'x-carillon-authorization'?: { resource: Resource; action: Action } }>
      >;
    };
    const refused: string[] = [];
    for (const [path, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const grant = operation['x-carillon-authorization'];
        if (grant === undefined || ROLE_GRANTS.user[grant.resource]?.[grant.action] !== undefined) continue;
        // The user's own tenant: refused for the role, not hidden as another tenant's (that is a 404 elsewhere).
        const url = path
          .replace('{tenantId}', tenant.tenantId)
          .replace(/\{\w+\}/g, 'x_0000000000000000000000000');
        const response = await page.request.fetch(`${stack.portalUrl}/v1${url}`, {
          method: method.toUpperCase(),
          headers: { 'x-csrf-token': csrf ?? '', 'content-type': 'application/json', 'if-match': '*' },
          data: method === 'get' || method === 'delete' ? undefined : '{}',
        });
        const body = (await response.json().catch(() => ({}))) as { code?: string };
        // In its own tenant the role is refused (403); a reseller's or another scope's path is out of
        // reach altogether (404, as for ids that do not exist). Never the CSRF check, never a success.
        const refusal = path.includes('{tenantId}')
          ? { status: 403, code: 'forbidden' }
          : response.status() === 404
            ? { status: 404, code: 'not-found' }
            : { status: 403, code: 'forbidden' };
        expect({ route: `${method} ${path}`, status: response.status(), code: body.code }).toEqual({
          route: `${method} ${path}`,
          ...refusal,
        });
        refused.push(`${method} ${path}`);
      }
    }
    // At least creating a user is an admin route today; the list grows as routes are added.
    expect(refused).toContain('post /tenants/{tenantId}/users');
    await context.close();
  });

  it('changes their own profile and reads the portal in German and Dutch', async () => {
    const context = await stack.newContext();
    const page = await context.newPage();
    await logIn(page, stack.portalUrl, user.email, PASSWORD);
    await page.goto(`${stack.portalUrl}/me/profile`);
    await page.getByLabel('Last name').fill('Userin');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await page.getByTestId('who').filter({ hasText: 'Uma Userin' }).waitFor();

    await page.getByLabel('Language').first().selectOption('de');
    await page.getByRole('heading', { name: 'Profil', level: 1 }).waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'Meine Geräte' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
    await screenshot(page, 'profile-de-desktop');
    await context.close();

    const dutch = await stack.browser.newContext({ locale: 'nl-NL' });
    const login = await dutch.newPage();
    await login.goto(`${stack.portalUrl}/login`);
    expect(await login.getByRole('button', { name: 'Inloggen' }).count()).toBe(1);
    expect(await login.getByLabel('Wachtwoord').count()).toBe(1);
    await dutch.close();
  });

  it('logs in and out with the keyboard alone', async () => {
    const context = await stack.newContext();
    const page = await context.newPage();
    await page.goto(`${stack.portalUrl}/login`);
    await page.keyboard.press('Tab');
    await page.keyboard.type(user.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/me/devices');
    // The first Tab on a page reaches the skip link, which moves focus to the content.
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement?.textContent')).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate('document.activeElement?.id')).toBe('content');

    await page.getByRole('button', { name: 'Log out' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL('**/login');
    const after = await page.goto(`${stack.portalUrl}/me/profile`);
    expect(new URL(after?.url() ?? '').pathname).toBe('/login');
    await context.close();
  });
});
