import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCode } from '../../packages/auth/src/totp';
import { logIn, type PortalStack, screenshot, startPortalStack } from './portal-stack';
import { PASSWORD, type SeededTenant, seedTenant, seedUser } from './seed';

let stack: PortalStack;
let tenant: SeededTenant;

beforeAll(async () => {
  stack = await startPortalStack();
  tenant = await seedTenant(stack, '400');
}, 600_000);

afterAll(async () => {
  await stack?.stop();
});

describe('portal: password reset and two-step login', () => {
  it('resets a forgotten password through the mailed link and logs in with the new one', async () => {
    const user = await seedUser(stack.app, tenant.tenantId, tenant.key, { extensionNumber: '401' });
    const context = await stack.newContext();
    const page = await context.newPage();
    await page.goto(`${stack.portalUrl}/login`);
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.getByRole('heading', { name: 'Reset your password' }).waitFor();
    await page.getByLabel('E-mail address').fill(user.email);
    await page.getByRole('button', { name: 'Send the link' }).click();
    await page.getByRole('status').waitFor();

    const mail = stack.mail.find((message) => message.to === user.email);
    const link = /http:\/\/localhost:\d+\/reset-password#token=[\w-]+/.exec(mail?.text ?? '')?.[0];
    expect(link, mail?.text).toBeDefined();
    await page.goto(link ?? '');
    // A short password: the API's policy message appears at the field.
    await page.getByLabel('New password', { exact: true }).fill('short');
    await page.getByLabel('Repeat the new password').fill('short');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.locator('[data-field-error="password"]').waitFor();
    await screenshot(page, 'reset-password-desktop');

    const fresh = 'a brand new portal passphrase 7';
    await page.getByLabel('New password', { exact: true }).fill(fresh);
    await page.getByLabel('Repeat the new password').fill(fresh);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').filter({ hasText: 'Your password is changed' }).waitFor();

    await logIn(page, stack.portalUrl, user.email, fresh);
    expect(new URL(page.url()).pathname).toBe('/me/devices');
    await context.close();
  });

  it('turns on TOTP in the profile and then asks for the code at login', async () => {
    const user = await seedUser(stack.app, tenant.tenantId, tenant.key, { extensionNumber: '402' });
    const context = await stack.newContext();
    const page = await context.newPage();
    await logIn(page, stack.portalUrl, user.email, PASSWORD);
    await page.goto(`${stack.portalUrl}/me/profile`);
    expect(await page.getByTestId('totp-status').textContent()).toMatch(/^Off/);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Turn on' }).click();
    await page.getByTestId('qr-code').waitFor();
    await screenshot(page, 'totp-enrol-desktop');
    const secret = (await page.locator('.secret').first().textContent()) ?? '';
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    await page.getByLabel('Authentication code').fill(totpCode(secret, new Date()));
    await page.getByRole('button', { name: 'Confirm' }).click();
    const codes = page.getByTestId('recovery-codes').locator('li');
    await codes.first().waitFor();
    const recovery = (await codes.first().textContent()) ?? '';
    await context.close();

    // Next login: password, then the second step.
    const again = await stack.newContext();
    const login = await again.newPage();
    await login.goto(`${stack.portalUrl}/login`);
    await login.getByLabel('E-mail address').fill(user.email);
    await login.getByLabel('Password').fill(PASSWORD);
    await login.getByRole('button', { name: 'Log in' }).click();
    await login.getByLabel('Authentication code').fill('000000');
    await login.getByRole('button', { name: 'Log in' }).click();
    await login.locator('[data-field-error="code"]').waitFor();
    await screenshot(login, 'login-totp-desktop');
    await login.getByRole('button', { name: 'Use a recovery code instead' }).click();
    await login.getByLabel('Recovery code').fill(recovery);
    await login.getByRole('button', { name: 'Log in' }).click();
    await login.waitForURL('**/me/devices');
    await again.close();
  });
});
