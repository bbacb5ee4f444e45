import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logIn, PHONE, type PortalStack, screenshot, startPortalStack } from './portal-stack';
import { PASSWORD, type SeededTenant, seedTenant } from './seed';

let stack: PortalStack;
let tenant: SeededTenant;

beforeAll(async () => {
  stack = await startPortalStack();
  tenant = await seedTenant(stack);
}, 600_000);

afterAll(async () => {
  await stack?.stop();
});

describe('portal: user CSV import', () => {
  it('checks a file first (row problems by column, nothing created), then imports the valid rows', async () => {
    const suffix = Date.now().toString(36);
    const csv = [
      'login,firstname,lastname,internal,mail',
      `ada${suffix},Ada,Lovelace,351,ada${suffix}@example.test`,
      `bob${suffix},Bob,Byte,352,not-an-address`,
      `cy${suffix},Cy,Borg,353,cy${suffix}@example.test`,
    ].join('\n');
    const context = await stack.newContext();
    const page = await context.newPage();
    await logIn(page, stack.portalUrl, tenant.admin.email, PASSWORD);
    await page.goto(`${stack.portalUrl}/admin/users`);
    await page.getByRole('link', { name: 'Import / export CSV' }).click();
    await page.waitForURL('**/admin/users/import');
    await page.getByLabel('CSV file').setInputFiles({
      name: 'users.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv, 'utf8'),
    });

    await page.getByRole('button', { name: 'Check file' }).click();
    const summary = page.locator('[data-import-summary]');
    await summary.waitFor();
    expect(await summary.textContent()).toBe(
      '2 rows can be imported, 1 have problems. Nothing was created yet.',
    );
    const failed = page.locator(`tr[data-import-row="bob${suffix}"]`);
    expect(await failed.getAttribute('data-status')).toBe('failed');
    expect(await failed.locator('strong').allTextContents()).toEqual(['mail']);
    const list = await page.request.get(`${stack.portalUrl}/v1/tenants/${tenant.tenantId}/users?limit=100`);
    expect(JSON.stringify(await list.json())).not.toContain(`ada${suffix}`);
    await screenshot(page, 'users-import-check-desktop');

    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.waitForFunction(() =>
      document.querySelector('[data-import-summary]')?.textContent?.includes('users created'),
    );
    expect(await summary.textContent()).toBe('2 users created, 1 rows not imported.');
    await page.setViewportSize(PHONE);
    await screenshot(page, 'users-import-result-phone');

    await page.goto(`${stack.portalUrl}/admin/users`);
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).toContain(`ada${suffix}`);
    expect(main).toContain(`cy${suffix}`);
    expect(main).not.toContain(`bob${suffix}`);
    await context.close();
  });

  it('shows a whole-file problem by column and imports nothing', async () => {
    const context = await stack.newContext();
    const page = await context.newPage();
    await logIn(page, stack.portalUrl, tenant.admin.email, PASSWORD);
    await page.goto(`${stack.portalUrl}/admin/users/import`);
    await page.getByLabel('CSV file').setInputFiles({
      name: 'wrong.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('login,firstname,lastname,internal,email\nx,a,b,354,x@example.test\n', 'utf8'),
    });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    // (Next's route announcer is an empty alert too.)
    const alert = page.locator('.notice.error[role="alert"]');
    await alert.waitFor();
    const text = (await alert.textContent()) ?? '';
    expect(text).toContain('The file was not imported');
    expect(text).toMatch(/email/);
    await context.close();
  });
});
