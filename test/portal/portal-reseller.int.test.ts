import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiKey, reseller, tenant } from '../../functions/api/src/test-support/principals';
import { PHONE, type PortalStack, screenshot, startPortalStack } from './portal-stack';

/*
 * Issue 6 acceptance, reseller views: a reseller admin signs in to the portal with the reseller's
 * API key, creates a customer (tenant), suspends and resumes it, adds a number, creates an API key
 * (shown once, never again) and revokes it, and never sees another reseller's customer — neither
 * in the list nor by its URL. Everything goes through the real API (DynamoDB Local).
 */

let stack: PortalStack;
let ours: { resellerId: string; key: string };
let theirs: { resellerId: string; tenantId: string; tenantName: string };

const SCOPES = ['tenants:write', 'numbers:write', 'users:read', 'cdrs:read', 'audit:read'] as const;

async function signIn(page: Page, key: string): Promise<void> {
  await page.goto(`${stack.portalUrl}/login`);
  await page.getByRole('link', { name: 'Reseller? Sign in with an API key' }).click();
  await page.waitForURL('**/reseller-login');
  await page.getByLabel('API key').fill(key);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL('**/reseller/customers');
}

beforeAll(async () => {
  stack = await startPortalStack();
  const mine = await reseller(stack.store);
  ours = {
    resellerId: mine.id,
    key: (await apiKey(stack.store, { kind: 'reseller', id: mine.id }, [...SCOPES])).key,
  };
  const other = await reseller(stack.store);
  const otherTenant = await tenant(stack.store, other.id);
  theirs = { resellerId: other.id, tenantId: otherTenant.id, tenantName: otherTenant.name };
}, 600_000);

afterAll(async () => {
  await stack?.stop();
});

describe('portal: reseller views', () => {
  it('refuses what is not a reseller key, at the field', async () => {
    const context = await stack.newContext();
    const page = await context.newPage();
    await page.goto(`${stack.portalUrl}/reseller-login`);
    await page.getByLabel('API key').fill('not a key');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('[data-field-error="apiKey"]').filter({ hasText: 'This is not an API key' }).waitFor();
    await page.getByLabel('API key').fill(`ck_live_${'0'.repeat(32)}`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page
      .locator('[data-field-error="apiKey"]')
      .filter({ hasText: 'unknown, revoked or expired' })
      .waitFor();
    expect(await page.getByLabel('API key').getAttribute('aria-invalid')).toBe('true');
    await context.close();
  });

  it('creates a customer, suspends and resumes it, adds a number; another reseller’s customer stays out of reach', async () => {
    const context = await stack.newContext();
    const page = await context.newPage();
    await signIn(page, ours.key);
    const menu = page.getByRole('navigation', { name: 'Main navigation' });
    expect(await menu.getByRole('link', { name: 'Customers' }).count()).toBe(1);
    expect(await menu.getByRole('link', { name: 'Users & extensions' }).count()).toBe(0);
    // The key is in an HttpOnly cookie: no script in the page can read it.
    expect(await page.evaluate(() => document.cookie)).not.toContain('ck_live_');

    await page.getByRole('link', { name: 'New customer' }).click();
    await page.waitForURL('**/reseller/customers/new');
    // A field error from the API, at its field: a slug the platform reserves.
    await page.getByLabel('Name', { exact: true }).fill('Bäckerei Brot');
    await page.getByLabel('Short name').fill('admin');
    await page.getByRole('button', { name: 'New customer' }).click();
    await page.locator('[data-field-error="slug"]').waitFor();
    expect(await page.locator('[data-field-error="slug"]').textContent()).toMatch(/reserved/);
    await screenshot(page, 'reseller-new-customer-error-desktop');
    const slug = `brot${Date.now().toString(36)}`;
    await page.getByLabel('Short name').fill(slug);
    await page.getByRole('button', { name: 'New customer' }).click();
    await page.waitForURL(/\/reseller\/customers\/tnt_/);
    const tenantId = new URL(page.url()).pathname.split('/').pop() ?? '';
    await page.getByRole('heading', { name: 'Bäckerei Brot', level: 1 }).waitFor();
    const status = () => page.locator('dd [data-status]').getAttribute('data-status');
    expect(await status()).toBe('active');

    await page.getByRole('button', { name: 'Suspend' }).click();
    await page.locator('dd [data-status="suspended"]').waitFor();
    await page.getByRole('button', { name: 'Resume' }).click();
    await page.locator('dd [data-status="active"]').waitFor();
    // The API agrees: the trail of the tenant holds both changes.
    const trail = await stack.store.audit.search(
      { tenantId },
      { from: new Date(Date.now() - 600_000).toISOString(), to: new Date(Date.now() + 60_000).toISOString() },
      { targetType: 'tenant' },
    );
    expect(trail.items.map((entry) => entry.action).sort()).toEqual([
      'tenant.create',
      'tenant.resume',
      'tenant.suspend',
    ]);

    // A number for the customer: a malformed one is named at the field, a good one is listed.
    await page.getByLabel('Number (E.164)').fill('030 123');
    await page.getByRole('button', { name: 'Add number' }).click();
    await page.locator('[data-field-error="e164"]').waitFor();
    const e164 = `+4930${String(Date.now()).slice(-7)}`;
    await page.getByLabel('Number (E.164)').fill(e164);
    await page.getByLabel('Label').fill('Main line');
    await page.getByRole('button', { name: 'Add number' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `${e164} added.` })
      .waitFor();
    expect(
      await page.getByRole('table', { name: 'Numbers' }).getByRole('rowheader', { name: e164 }).count(),
    ).toBe(1);
    expect(await page.locator('tr[data-usage="numbers"] td').textContent()).toBe('1 / ∞');
    // Limits: a value that is no number is named at its field; a good one shows in the usage.
    const limits = page.getByRole('form', { name: 'Change limits' });
    await limits.getByLabel('Users').fill('many');
    await limits.getByRole('button', { name: 'Save' }).click();
    await page.locator('[data-field-error="limits.maxUsers"]').waitFor();
    await limits.getByLabel('Users').fill('5');
    await limits.getByRole('button', { name: 'Save' }).click();
    await page.locator('tr[data-usage="users"] td').filter({ hasText: '0 / 5' }).waitFor();
    await screenshot(page, 'reseller-customer-desktop');
    await page.setViewportSize(PHONE);
    await screenshot(page, 'reseller-customer-phone');

    // The list holds ours, never theirs; their customer's URL is the 404 page.
    await page.goto(`${stack.portalUrl}/reseller/customers`);
    const list = page.getByRole('table', { name: 'Customers' });
    expect(await list.locator(`tr[data-tenant-id="${tenantId}"]`).count()).toBe(1);
    expect(await list.locator(`tr[data-tenant-id="${theirs.tenantId}"]`).count()).toBe(0);
    await screenshot(page, 'reseller-customers-phone');
    const response = await page.goto(`${stack.portalUrl}/reseller/customers/${theirs.tenantId}`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('body').textContent()).not.toContain(theirs.tenantName);
    // Nor through the portal's /v1 proxy: the key never leaves the portal's server.
    const direct = await page.request.get(`${stack.portalUrl}/v1/resellers/${ours.resellerId}/tenants`);
    expect(direct.status()).toBe(401);
    await context.close();
  }, 120_000);

  it('deletes a customer with a grace period and restores it', async () => {
    const context = await stack.newContext();
    const page = await context.newPage();
    await signIn(page, ours.key);
    const customer = await tenant(stack.store, ours.resellerId);
    await page.goto(`${stack.portalUrl}/reseller/customers/${customer.id}`);
    await page.getByText('Delete customer', { exact: true }).first().click();
    // Deleting needs the confirmation box ticked.
    await page.getByLabel(`Yes, delete ${customer.name}`).check();
    await page.getByRole('button', { name: 'Delete customer' }).click();
    await page.locator('dd [data-status="deleted-pending"]').waitFor();
    expect(await page.locator('dd').filter({ hasText: 'removed for good on' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Restore' }).click();
    await page.locator('dd [data-status="active"]').waitFor();
    await context.close();
  }, 60_000);

  it('creates a sub-reseller; a bad e-mail is named at its field', async () => {
    const context = await stack.newContext();
    const page = await context.newPage();
    await signIn(page, ours.key);
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Sub-resellers' })
      .click();
    await page.waitForURL('**/reseller/resellers');
    await page.getByLabel('Name', { exact: true }).fill('Telefon Nord');
    await page.getByLabel('Contact e-mail').fill('not an address');
    await page.getByRole('button', { name: 'New sub-reseller' }).click();
    await page.locator('[data-field-error="contactEmail"]').waitFor();
    // The other fields keep what was typed.
    expect(await page.getByLabel('Name', { exact: true }).inputValue()).toBe('Telefon Nord');
    await page.getByLabel('Contact e-mail').fill('nord@reseller.example');
    await page.getByRole('button', { name: 'New sub-reseller' }).click();
    await page.getByRole('status').filter({ hasText: 'Sub-reseller Telefon Nord created.' }).waitFor();
    const table = page.getByRole('table', { name: 'Sub-resellers' });
    expect(await table.getByRole('rowheader', { name: 'Telefon Nord' }).count()).toBe(1);
    await screenshot(page, 'reseller-sub-resellers-desktop');
    await context.close();
  }, 60_000);

  it('creates an API key, shows it once, lists it with its last use, and revokes it', async () => {
    const context = await stack.newContext();
    const page = await context.newPage();
    await signIn(page, ours.key);
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'API keys' })
      .click();
    await page.waitForURL('**/reseller/api-keys');
    // The key this sign-in uses is marked, with a last use (this very session's requests).
    const signInRow = page.locator('tr', { hasText: 'this sign-in' });
    expect(await signInRow.count()).toBe(1);
    expect(await signInRow.locator('td').nth(2).textContent()).not.toBe('never');

    // No scope: the API names the field.
    await page.getByLabel('Name', { exact: true }).fill('Billing export');
    await page.getByRole('button', { name: 'Create API key' }).click();
    await page.locator('[data-field-error="scopes"]').waitFor();
    await page.getByLabel('cdrs:read').check();
    await page.getByRole('button', { name: 'Create API key' }).click();
    const shown = page.getByTestId('new-key');
    await shown.waitFor();
    const key = (await shown.locator('[data-secret]').textContent()) ?? '';
    expect(key).toMatch(/^ck_live_[0-9a-z]{32}$/);
    await screenshot(page, 'reseller-api-key-created-desktop');
    const row = page.locator('tr', { hasText: 'Billing export' });
    expect(await row.locator('td').nth(2).textContent()).toBe('never');
    // Shown once: a reload has the row, never the key.
    await page.reload();
    expect(await page.locator('body').textContent()).not.toContain(key);
    expect(await row.count()).toBe(1);

    // The new key works against the API until it is revoked.
    const before = await fetch(`${stack.portalUrl}/v1/resellers/${ours.resellerId}/tenants`, {
      headers: { authorization: `Bearer ${key}` },
    });
    expect(before.status).toBe(403); // cdrs:read only: the key is known, the scope is not enough
    await row.getByRole('button', { name: 'Revoke Billing export' }).click();
    await row.locator('[data-revoked]').waitFor();
    const after = await fetch(`${stack.portalUrl}/v1/resellers/${ours.resellerId}/tenants`, {
      headers: { authorization: `Bearer ${key}` },
    });
    expect(after.status).toBe(401);
    await page.setViewportSize(PHONE);
    await screenshot(page, 'reseller-api-keys-phone');

    // Logging out ends the key sign-in too.
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.waitForURL('**/login');
    const again = await page.goto(`${stack.portalUrl}/reseller/customers`);
    expect(new URL(again?.url() ?? '').pathname).toBe('/login');
    await context.close();
  }, 60_000);
});
