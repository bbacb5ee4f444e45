import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logIn, PHONE, type PortalStack, screenshot, startPortalStack } from './portal-stack';
import { PASSWORD, type SeededTenant, seedTenant } from './seed';

let stack: PortalStack;
let tenantA: SeededTenant;
let tenantB: SeededTenant;

beforeAll(async () => {
  stack = await startPortalStack();
  tenantA = await seedTenant(stack);
  tenantB = await seedTenant(stack);
}, 600_000);

afterAll(async () => {
  await stack?.stop();
});

describe('portal: tenant admin', () => {
  it('logs in, creates a user with an extension, sees it in the list; another tenant never sees it', async () => {
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
    await other.close();
    await context.close();
  });

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
        ['/me/profile', 'profile'],
      ] as const) {
        await page.goto(`${stack.portalUrl}${path}`);
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
  });
});
