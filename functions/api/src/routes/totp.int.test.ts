import { totpCode, totpStep } from '@carillon/auth';
import { describe, expect, it } from 'vitest';
import { call, integrationApi } from '../int-test-fixtures';
import {
  apiKey,
  asSession,
  login,
  portalUser,
  reseller,
  type Session,
  sessionOf,
  TEST_PASSWORD,
  tenant,
} from '../test-support/principals';

/** A clock the test moves: TOTP codes depend on the time step, and a code is accepted once per step. */
let clock = new Date('2026-11-25T08:00:00Z').getTime();
const now = () => new Date(clock);
const nextStep = () => {
  clock += 30_000;
};

const { app, store } = integrationApi({}, { now });

async function enrolledUser() {
  const tnt = await tenant(store, (await reseller(store)).id);
  const admin = await apiKey(store, { kind: 'tenant', id: tnt.id }, ['users:write']);
  const user = await portalUser(app, tnt.id, admin.key);
  const session = await sessionOf(app, { email: user.email, password: TEST_PASSWORD });
  const started = await asSession(app, session, 'POST', '/me/totp', { body: { password: TEST_PASSWORD } });
  expect(started.status).toBe(201);
  const uri = new URL((started.json as { otpauthUri: string }).otpauthUri);
  const secret = uri.searchParams.get('secret') ?? '';
  return { tnt, admin, user, session, secret, uri };
}

async function activate(session: Session, secret: string) {
  nextStep();
  const confirmed = await asSession(app, session, 'POST', '/me/totp/confirm', {
    body: { code: totpCode(secret, now()) },
  });
  expect(confirmed.status).toBe(200);
  return (confirmed.json as { recoveryCodes: string[] }).recoveryCodes;
}

describe('TOTP second factor', () => {
  it('enrols with an otpauth URI shown once, activates on the first code, and never shows the secret again', async () => {
    const { session, secret, uri, user } = await enrolledUser();
    expect(uri.protocol).toBe('otpauth:');
    expect(decodeURIComponent(uri.pathname)).toBe(`/Carillon:${user.email}`);
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);

    const pending = await asSession(app, session, 'GET', '/me/totp');
    expect(pending.json).toEqual({ status: 'pending', recoveryCodesLeft: 0 });
    // Pending is not asked at login: a half-finished enrolment must not lock the user out.
    expect((await login(app, { email: user.email, password: TEST_PASSWORD })).status).toBe(200);

    const wrong = await asSession(app, session, 'POST', '/me/totp/confirm', { body: { code: '000000' } });
    expect(wrong.status).toBe(422);
    expect((wrong.json as { errors: { field: string }[] }).errors[0]?.field).toBe('totpCode');

    const recoveryCodes = await activate(session, secret);
    expect(recoveryCodes).toHaveLength(10);
    const active = await asSession(app, session, 'GET', '/me/totp');
    expect(active.json).toEqual({ status: 'active', recoveryCodesLeft: 10 });
    expect(active.text).not.toContain(secret);

    const again = await asSession(app, session, 'POST', '/me/totp', { body: { password: TEST_PASSWORD } });
    expect(again.status).toBe(409);
    expect(again.text).not.toContain(secret);

    // At rest the seed is sealed: the stored item does not contain it.
    const stored = await store.users.find({ tenantId: user.tenantId }, user.id);
    expect(JSON.stringify(stored)).not.toContain(secret);
  });

  it('needs the password to start enrolment (a stolen session cannot bind its own authenticator)', async () => {
    const tnt = await tenant(store, (await reseller(store)).id);
    const admin = await apiKey(store, { kind: 'tenant', id: tnt.id }, ['users:write']);
    const user = await portalUser(app, tnt.id, admin.key);
    const session = await sessionOf(app, { email: user.email, password: TEST_PASSWORD });
    const refused = await asSession(app, session, 'POST', '/me/totp', {
      body: { password: 'not my password!' },
    });
    expect(refused.status).toBe(422);
    expect((refused.json as { errors: { field: string }[] }).errors[0]?.field).toBe('password');
  });

  it('asks for the code at login once active, accepts it once per time step, and counts wrong codes toward the lockout', async () => {
    const { session, secret, user } = await enrolledUser();
    await activate(session, secret);
    const credentials = { email: user.email, password: TEST_PASSWORD };

    const missing = await login(app, credentials);
    expect(missing.status).toBe(401);
    expect((missing.json as { code: string }).code).toBe('second-factor-required');
    expect(missing.response.headers.getSetCookie()).toEqual([]);

    const wrongPassword = await login(app, {
      ...credentials,
      password: 'wrong password 1234',
      totpCode: '123456',
    });
    expect((wrongPassword.json as { code: string }).code).toBe('invalid-credentials');

    nextStep();
    const code = totpCode(secret, now());
    const ok = await login(app, { ...credentials, totpCode: code });
    expect(ok.status).toBe(200);
    // RFC 6238 §5.2: the same code is not accepted a second time.
    const replay = await login(app, { ...credentials, totpCode: code });
    expect(replay.status).toBe(401);
    expect((replay.json as { code: string }).code).toBe('invalid-second-factor');

    nextStep();
    expect((await login(app, { ...credentials, totpCode: totpCode(secret, now()) })).status).toBe(200);
    expect(totpStep(now())).toBeGreaterThan(0);

    // Five wrong codes with the right password lock the address like five wrong passwords.
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect((await login(app, { ...credentials, totpCode: '000000' })).status).toBe(401);
    }
    const locked = await login(app, { ...credentials, totpCode: totpCode(secret, now()) });
    expect(locked.status).toBe(429);
    expect((locked.json as { code: string }).code).toBe('login-locked');
  });

  it('accepts each recovery code once, instead of the TOTP code', async () => {
    const { session, secret, user } = await enrolledUser();
    const [first = '', second = ''] = await activate(session, secret);
    const credentials = { email: user.email, password: TEST_PASSWORD };
    expect((await login(app, { ...credentials, recoveryCode: first.toLowerCase() })).status).toBe(200);
    expect((await login(app, { ...credentials, recoveryCode: first })).status).toBe(401);
    expect((await login(app, { ...credentials, recoveryCode: second })).status).toBe(200);
    const status = await asSession(app, session, 'GET', '/me/totp');
    expect((status.json as { recoveryCodesLeft: number }).recoveryCodesLeft).toBe(8);
  });

  it('turns off only with the password and a code, then login needs no code', async () => {
    const { session, secret, user } = await enrolledUser();
    const [recovery = ''] = await activate(session, secret);
    nextStep();
    const noCode = await asSession(app, session, 'POST', '/me/totp/disable', {
      body: { password: TEST_PASSWORD, code: '000000' },
    });
    expect(noCode.status).toBe(422);
    const noPassword = await asSession(app, session, 'POST', '/me/totp/disable', {
      body: { password: 'wrong password 1234', code: totpCode(secret, now()) },
    });
    expect(noPassword.status).toBe(422);
    const off = await asSession(app, session, 'POST', '/me/totp/disable', {
      body: { password: TEST_PASSWORD, code: recovery },
    });
    expect(off.status).toBe(204);
    expect((await asSession(app, session, 'GET', '/me/totp')).json).toEqual({
      status: 'off',
      recoveryCodesLeft: null,
    });
    expect((await login(app, { email: user.email, password: TEST_PASSWORD })).status).toBe(200);
  });

  it('replaces the recovery codes with password and code; the old ones stop working', async () => {
    const { session, secret, user } = await enrolledUser();
    const [old = ''] = await activate(session, secret);
    nextStep();
    const renewed = await asSession(app, session, 'POST', '/me/totp/recovery-codes', {
      body: { password: TEST_PASSWORD, code: totpCode(secret, now()) },
    });
    expect(renewed.status).toBe(200);
    const [fresh = ''] = (renewed.json as { recoveryCodes: string[] }).recoveryCodes;
    const credentials = { email: user.email, password: TEST_PASSWORD };
    expect((await login(app, { ...credentials, recoveryCode: old })).status).toBe(401);
    expect((await login(app, { ...credentials, recoveryCode: fresh })).status).toBe(200);
  });

  it('is for portal users only: an API key gets 403 session-required, without a session 401', async () => {
    const tnt = await tenant(store, (await reseller(store)).id);
    const admin = await apiKey(store, { kind: 'tenant', id: tnt.id }, ['users:write']);
    const byKey = await call(app, 'POST', '/me/totp', { key: admin.key, body: { password: TEST_PASSWORD } });
    expect(byKey.status).toBe(403);
    expect((byKey.json as { code: string }).code).toBe('session-required');
    expect((await call(app, 'GET', '/me/totp')).status).toBe(401);
  });
});
