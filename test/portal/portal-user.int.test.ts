import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Action, Resource } from '../../packages/domain/src/rights';
import { ROLE_GRANTS } from '../../packages/domain/src/rights';
import { logIn, type PortalStack, screenshot, startPortalStack } from './portal-stack';
import { PASSWORD, type SeededTenant, seedTenant, seedUser } from './seed';

let stack: PortalStack;
let tenant: SeededTenant;
let user: { id: string; email: string };

/** Every page of the admin and reseller views. */
const ADMIN_PAGES = [
  '/admin',
  '/admin/users',
  '/admin/users/new',
  '/admin/devices',
  '/admin/calls',
  '/admin/audit',
  '/admin/settings',
  '/reseller/customers',
];

beforeAll(async () => {
  stack = await startPortalStack();
  tenant = await seedTenant(stack, '300');
  user = await seedUser(stack.app, tenant.tenantId, tenant.key, {
    role: 'user',
    extensionNumber: '301',
    firstName: 'Uma',
    lastName: 'User',
  });
}, 600_000);

afterAll(async () => {
  await stack?.stop();
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
