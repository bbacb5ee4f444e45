import type { AddressInfo } from 'node:net';
import { hashToken } from '@carillon/auth';
import { createDynamoClients, EphemeralRecords } from '@carillon/store';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, integrationApi, type TestApp } from '../int-test-fixtures';
import {
  apiKey,
  asSession,
  login,
  portalUser,
  reseller,
  sessionOf,
  TEST_PASSWORD,
  tenant,
} from '../test-support/principals';

/**
 * Password reset end to end: the app sends through a real SMTP server (the
 * `smtp-server` package, on loopback), the test parses the message it
 * received and follows the link's token.
 */
const inbox: ParsedMail[] = [];
const waiting: (() => void)[] = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  onData(stream, _session, done) {
    simpleParser(stream)
      .then((mail) => {
        inbox.push(mail);
        for (const wake of waiting.splice(0)) wake();
        done();
      })
      .catch(done);
  },
});

/** The next message to `to` (waits for it; the test timeout bounds the wait). */
async function mailTo(to: string, skip = 0): Promise<ParsedMail> {
  for (;;) {
    const found = inbox.filter((mail) => mail.to !== undefined && JSON.stringify(mail.to).includes(to));
    if (found.length > skip) return found[skip] as ParsedMail;
    await new Promise<void>((resolve) => waiting.push(resolve));
  }
}

function tokenOf(mail: ParsedMail): string {
  const link = /(https?:\/\/\S+)/.exec(mail.text ?? '')?.[1] ?? '';
  const url = new URL(link);
  expect(url.pathname).toBe('/reset-password');
  expect(url.search).toBe('');
  return new URLSearchParams(url.hash.slice(1)).get('token') ?? '';
}

let clock = Date.now();
const now = () => new Date(clock);
let app: TestApp;
let store: ReturnType<typeof integrationApi>['store'];

/** A request from a given source address, as @hono/node-server hands it to the app. */
function fromAddress(address: string, path: string, body: unknown) {
  return app.request(
    `/v1${path}`,
    { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
    { incoming: { socket: { remoteAddress: address } } },
  );
}

async function account() {
  const tnt = await tenant(store, (await reseller(store)).id);
  const admin = await apiKey(store, { kind: 'tenant', id: tnt.id }, ['users:write']);
  return { tnt, admin, user: await portalUser(app, tnt.id, admin.key) };
}

beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const { port } = smtp.server.address() as AddressInfo;
  ({ app, store } = integrationApi(
    {
      MAIL_SMTP_URL: `smtp://127.0.0.1:${port}`,
      MAIL_FROM: 'Carillon <no-reply@carillon.test>',
      CARILLON_PORTAL_URL: 'https://portal.carillon.test',
    },
    { now },
  ));
});

afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

describe('password reset by e-mail', () => {
  it('answers the same for an unknown address and mails a link only to a real one', async () => {
    const { user } = await account();
    const unknown = await call(app, 'POST', '/password-reset', {
      body: { email: `nobody-${clock}@example.test` },
    });
    const known = await call(app, 'POST', '/password-reset', { body: { email: user.email } });
    expect(unknown.status).toBe(202);
    expect(known.status).toBe(202);
    expect(unknown.text).toBe(known.text);

    const mail = await mailTo(user.email);
    expect(mail.from?.value[0]?.address).toBe('no-reply@carillon.test');
    expect(mail.subject).toBe('Reset your Carillon password');
    expect(tokenOf(mail)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(inbox.some((message) => JSON.stringify(message.to).includes('nobody-'))).toBe(false);
  });

  it('sets the new password with the token once, ends existing sessions, and keeps the old password out', async () => {
    const { user } = await account();
    const before = await sessionOf(app, { email: user.email, password: TEST_PASSWORD });
    expect((await asSession(app, before, 'GET', '/me')).status).toBe(200);

    clock += 1000;
    await call(app, 'POST', '/password-reset', { body: { email: user.email } });
    const token = tokenOf(await mailTo(user.email));

    // A password the policy refuses does not spend the token.
    const weak = await call(app, 'POST', '/password-reset/confirm', { body: { token, password: 'short' } });
    expect(weak.status).toBe(422);
    expect((weak.json as { errors: { field: string }[] }).errors[0]?.field).toBe('password');

    clock += 1000;
    const newPassword = 'a brand new passphrase 7';
    const done = await call(app, 'POST', '/password-reset/confirm', {
      body: { token, password: newPassword },
    });
    expect(done.status).toBe(204);

    const reused = await call(app, 'POST', '/password-reset/confirm', {
      body: { token, password: 'another new passphrase 8' },
    });
    expect(reused.status).toBe(400);
    expect((reused.json as { code: string; errors: { field: string }[] }).code).toBe('invalid-reset-token');
    expect((reused.json as { errors: { field: string }[] }).errors[0]?.field).toBe('token');

    const old = await asSession(app, before, 'GET', '/me');
    expect(old.status).toBe(401);
    expect((await login(app, { email: user.email, password: TEST_PASSWORD })).status).toBe(401);
    const fresh = await sessionOf(app, { email: user.email, password: newPassword });
    expect((await asSession(app, fresh, 'GET', '/me')).status).toBe(200);

    const stored = await store.users.get({ tenantId: user.tenantId }, user.id);
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it('refuses a token after 30 minutes, and an older link once a newer one was used', async () => {
    const { user } = await account();
    await call(app, 'POST', '/password-reset', { body: { email: user.email } });
    const first = tokenOf(await mailTo(user.email, 0));
    await call(app, 'POST', '/password-reset', { body: { email: user.email } });
    const second = tokenOf(await mailTo(user.email, 1));
    clock += 1000;
    expect(
      (
        await call(app, 'POST', '/password-reset/confirm', {
          body: { token: second, password: 'second new passphrase 9' },
        })
      ).status,
    ).toBe(204);
    const older = await call(app, 'POST', '/password-reset/confirm', {
      body: { token: first, password: 'first new passphrase 10' },
    });
    expect(older.status).toBe(400);

    await call(app, 'POST', '/password-reset', { body: { email: user.email } });
    const late = tokenOf(await mailTo(user.email, 2));
    clock += 30 * 60 * 1000 + 1000;
    const expired = await call(app, 'POST', '/password-reset/confirm', {
      body: { token: late, password: 'late new passphrase 11' },
    });
    expect(expired.status).toBe(400);
  });

  it('stores only the hash of the token', async () => {
    const { user } = await account();
    await call(app, 'POST', '/password-reset', { body: { email: user.email } });
    const token = tokenOf(await mailTo(user.email));
    const hash = hashToken(token);
    const records = new EphemeralRecords(
      createDynamoClients().document,
      process.env.CARILLON_TABLE_NAME ?? '',
      now,
    );
    expect(await records.get(`p#password-reset#${hash}`)).toMatchObject({ userId: user.id });
    expect(await records.get(`p#password-reset#${token}`)).toBeUndefined();
  });

  it('limits requests per source address (429 + Retry-After) and mails per address (still 202, no mail)', async () => {
    const address = `127.0.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250) + 1}`;
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let attempt = 0; attempt < 6; attempt += 1) {
      last = await fromAddress(address, '/password-reset', { email: `someone-${attempt}@example.test` });
      statuses.push(last.status);
    }
    expect(statuses).toEqual([202, 202, 202, 202, 202, 429]);
    expect(Number(last?.headers.get('retry-after'))).toBeGreaterThan(0);

    const { user } = await account();
    const other = await account();
    for (let attempt = 0; attempt < 4; attempt += 1) {
      expect((await call(app, 'POST', '/password-reset', { body: { email: user.email } })).status).toBe(202);
    }
    await call(app, 'POST', '/password-reset', { body: { email: other.user.email } });
    await mailTo(other.user.email);
    // The mails go out in order; by the time the other address has its mail, the first has all it gets.
    expect(inbox.filter((mail) => JSON.stringify(mail.to).includes(user.email))).toHaveLength(3);
  });
});
