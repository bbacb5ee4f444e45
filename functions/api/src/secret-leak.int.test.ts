import { Writable } from 'node:stream';
import { hashToken, totpCode } from '@carillon/auth';
import { generateApiKey } from '@carillon/domain';
import { createLogger } from '@carillon/logger';
import { createDynamoClients, UserCredentialsRepository } from '@carillon/store';
import { describe, expect, it } from 'vitest';
import { integrationApi } from './int-test-fixtures';
import type { MailMessage } from './mail/mailer';
import { apiKey, cookieHeader, reseller, type Session, tenant } from './test-support/principals';

/**
 * A scripted portal and API session — create users with passwords, log in,
 * enrol TOTP, reset a password by mail, create a webhook, a device and an
 * API key where those routes exist — with every response (status line
 * aside: headers and body) and every log line captured (pino writes into
 * the test, at `trace`). Then no secret may appear anywhere, except where it
 * is shown once by design: the create response that reveals it.
 */
const logLines: string[] = [];
const destination = new Writable({
  write(chunk, _encoding, done) {
    logLines.push(String(chunk));
    done();
  },
});
const mails: MailMessage[] = [];
const operatorKey = generateApiKey();
let clock = Date.UTC(2026, 10, 25, 10, 0, 0);
const now = () => new Date(clock);
const { app, store } = integrationApi(
  { CARILLON_OPERATOR_KEY_HASHES: [operatorKey.keyHash], LOG_LEVEL: 'trace' },
  {
    now,
    logger: createLogger({ service: 'api', level: 'trace', destination }),
    mailer: {
      async send(message) {
        mails.push(message);
      },
    },
  },
);

interface Seen {
  readonly label: string;
  readonly text: string;
  readonly json: Record<string, unknown> | undefined;
  readonly status: number;
  readonly response: Response;
}
const seen: Seen[] = [];
interface Secret {
  readonly name: string;
  readonly value: string;
  /** Labels of the responses allowed to show it (the one-time display). */
  readonly shownIn: readonly string[];
}
const secrets: Secret[] = [];
const secret = (name: string, value: string | undefined | null, shownIn: readonly string[] = []) => {
  expect(value, `${name} is known to the test`).toBeTruthy();
  secrets.push({ name, value: String(value), shownIn });
};

async function send(
  label: string,
  method: string,
  path: string,
  options: { body?: unknown; key?: string; session?: Session } = {},
): Promise<Seen> {
  const headers: Record<string, string> = {};
  if (options.key !== undefined) headers.authorization = `Bearer ${options.key}`;
  if (options.session !== undefined) {
    headers.cookie = options.session.cookie;
    headers['x-csrf-token'] = options.session.csrf;
  }
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const response = await app.request(`/v1${path}`, {
    method,
    headers,
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
  const body = await response.text();
  const headerLines: string[] = [];
  response.headers.forEach((value, name) => {
    headerLines.push(`${name}: ${value}`);
  });
  const headerText = headerLines.join('\n');
  let json: Record<string, unknown> | undefined;
  try {
    json = body === '' ? undefined : (JSON.parse(body) as Record<string, unknown>);
  } catch {
    json = undefined;
  }
  const entry = { label, text: `${headerText}\n\n${body}`, json, status: response.status, response };
  seen.push(entry);
  return entry;
}

const documentPaths = Object.keys(
  ((await (await app.request('/v1/openapi.json')).json()) as { paths: Record<string, unknown> }).paths,
);
const hasRoute = (path: string) => documentPaths.includes(path);

/** String values of a create response that a later read does not show: what it reveals once. */
function revealedOnce(
  created: Record<string, unknown> | undefined,
  read: Record<string, unknown> | undefined,
) {
  const later = JSON.stringify(read ?? {});
  return Object.entries(created ?? {}).filter(
    ([field, value]) =>
      typeof value === 'string' && value.length >= 12 && !later.includes(value) && !/At$/.test(field),
  ) as [string, string][];
}

describe('no secret in responses or logs', () => {
  const password = 'first portal passphrase 1';
  const newPassword = 'second portal passphrase 2';
  let tenantId = '';
  let tenantKey = '';
  let session: Session;

  it('runs the scripted session', async () => {
    const tnt = await tenant(store, (await reseller(store)).id);
    tenantId = tnt.id;
    tenantKey = (
      await apiKey(store, { kind: 'tenant', id: tenantId }, [
        'users:write',
        'devices:write',
        'routing:write',
        'webhooks:write',
        'tenants:write',
      ])
    ).key;
    secret('tenant API key', tenantKey);
    secret('operator API key', operatorKey.key);
    secret('portal password', password, []);
    secret('new portal password', newPassword, []);

    const email = `leak${Date.now().toString(36)}@example.test`;
    const created = await send('create user', 'POST', `/tenants/${tenantId}/users`, {
      key: tenantKey,
      body: {
        login: `leak${Date.now().toString(36)}`,
        email,
        firstName: 'Lea',
        lastName: 'Kage',
        extensionNumber: '301',
        role: 'tenant-admin',
        password,
        pin: '4711',
      },
    });
    expect(created.status).toBe(201);
    const userId = String(created.json?.id);
    const stored = await store.users.get({ tenantId }, userId);
    secret('password hash', stored.passwordHash);
    secret('PIN hash', stored.pinHash);

    const loggedIn = await send('login', 'POST', '/session', { body: { email, password } });
    expect(loggedIn.status).toBe(200);
    session = { cookie: cookieHeader(loggedIn.response), csrf: String(loggedIn.json?.csrfToken) };
    secret('session token', session.cookie.split(';')[0]?.split('=')[1], ['login']);

    const enrol = await send('TOTP enrol', 'POST', '/me/totp', { session, body: { password } });
    const totpSecret = new URL(String(enrol.json?.otpauthUri)).searchParams.get('secret');
    secret('TOTP secret', totpSecret, ['TOTP enrol']);
    clock += 30_000;
    const confirm = await send('TOTP confirm', 'POST', '/me/totp/confirm', {
      session,
      body: { code: totpCode(totpSecret ?? '', now()) },
    });
    const recoveryCodes = (confirm.json?.recoveryCodes ?? []) as string[];
    expect(recoveryCodes).toHaveLength(10);
    for (const [index, code] of recoveryCodes.entries())
      secret(`recovery code ${index}`, code, ['TOTP confirm']);
    // At rest the seed is sealed: the credentials item holds no plaintext of it.
    const credentials = new UserCredentialsRepository({
      table: process.env.CARILLON_TABLE_NAME ?? '',
      document: createDynamoClients().document,
    });
    const item = await credentials.find({ tenantId }, userId);
    expect(item?.totp?.status).toBe('active');
    expect(JSON.stringify(item)).not.toContain(totpSecret);
    for (const code of recoveryCodes) expect(JSON.stringify(item)).not.toContain(code);
    await send('TOTP status', 'GET', '/me/totp', { session });
    await send('me', 'GET', '/me', { session });

    await send('reset request', 'POST', '/password-reset', { body: { email } });
    const mail = mails.find((message) => message.to === email);
    const token = /#token=([A-Za-z0-9_-]+)/.exec(mail?.text ?? '')?.[1];
    secret('reset token', token);
    secret('reset token hash', hashToken(token ?? ''));
    clock += 1000;
    const reset = await send('reset confirm', 'POST', '/password-reset/confirm', {
      body: { token, password: newPassword },
    });
    expect(reset.status).toBe(204);
    clock += 30_000;
    const again = await send('login after reset', 'POST', '/session', {
      body: { email, password: newPassword, totpCode: totpCode(totpSecret ?? '', now()) },
    });
    expect(again.status).toBe(200);
    session = { cookie: cookieHeader(again.response), csrf: String(again.json?.csrfToken) };
    secret('second session token', session.cookie.split(';')[0]?.split('=')[1], ['login after reset']);
    const newHash = (await store.users.get({ tenantId }, userId)).passwordHash;
    secret('new password hash', newHash);
    await send('failed login', 'POST', '/session', { body: { email, password: 'a wrong password 3' } });

    await send('list users', 'GET', `/tenants/${tenantId}/users`, { session });
    await send('read user', 'GET', `/tenants/${tenantId}/users/${userId}`, { key: tenantKey });
    await send('operator lists users', 'GET', `/tenants/${tenantId}/users`, { key: operatorKey.key });
  });

  it.runIf(hasRoute('/tenants/{tenantId}/webhooks'))(
    'creates a webhook (signing secret shown once)',
    async () => {
      const created = await send('create webhook', 'POST', `/tenants/${tenantId}/webhooks`, {
        session,
        body: { url: 'https://hooks.example.com/leak', eventTypes: ['call.ended'] },
      });
      expect(created.status).toBe(201);
      const read = await send('read webhook', 'GET', `/tenants/${tenantId}/webhooks/${created.json?.id}`, {
        session,
      });
      await send('list webhooks', 'GET', `/tenants/${tenantId}/webhooks`, { session });
      const revealed = revealedOnce(created.json, read.json);
      expect(revealed.length).toBeGreaterThan(0);
      for (const [field, value] of revealed) secret(`webhook ${field}`, value, ['create webhook']);
    },
  );

  it.runIf(hasRoute('/tenants/{tenantId}/devices'))(
    'creates a device (SIP password shown once; HA1 never)',
    async () => {
      const created = await send('create device', 'POST', `/tenants/${tenantId}/devices`, {
        session,
        body: { kind: 'softphone', displayName: 'Leak laptop' },
      });
      expect(created.status).toBe(201);
      const id = String(created.json?.id);
      const read = await send('read device', 'GET', `/tenants/${tenantId}/devices/${id}`, { session });
      await send('list devices', 'GET', `/tenants/${tenantId}/devices`, { session });
      for (const [field, value] of revealedOnce(created.json, read.json))
        secret(`device ${field}`, value, ['create device']);
      const device = await store.devices.get({ tenantId }, id);
      secret('HA1 MD5', device.ha1Md5);
      secret('HA1 SHA-256', device.ha1Sha256);
      if (hasRoute('/tenants/{tenantId}/devices/{deviceId}/rotate-credentials')) {
        const rotated = await send(
          'rotate device credentials',
          'POST',
          `/tenants/${tenantId}/devices/${id}/rotate-credentials`,
          { session },
        );
        expect(rotated.status).toBe(200);
        secret('rotated SIP password', String(rotated.json?.sipPassword), ['rotate device credentials']);
        await send('read rotated device', 'GET', `/tenants/${tenantId}/devices/${id}`, { session });
        const rekeyed = await store.devices.get({ tenantId }, id);
        secret('rotated HA1 MD5', rekeyed.ha1Md5);
        secret('rotated HA1 SHA-256', rekeyed.ha1Sha256);
      }
    },
  );

  it.runIf(hasRoute('/tenants/{tenantId}/audio-files'))(
    'creates an audio file (presigned URLs only in the responses that hand them out)',
    async () => {
      const created = await send('create audio file', 'POST', `/tenants/${tenantId}/audio-files`, {
        session,
        body: { name: 'Leak prompt', purpose: 'prompt', contentType: 'audio/wav', sizeBytes: 4 },
      });
      expect(created.status).toBe(201);
      const id = String(created.json?.id);
      const upload = created.json?.upload as { url: string } | undefined;
      const signature = (url: string | undefined) =>
        new URL(url ?? 'http://invalid').searchParams.get('X-Amz-Signature');
      secret('audio upload URL signature', signature(upload?.url), ['create audio file']);
      const put = await fetch(upload?.url ?? '', {
        method: 'PUT',
        body: 'RIFF',
        headers: { 'content-type': 'audio/wav' },
      });
      expect(put.status).toBe(200);
      await send('read audio file', 'GET', `/tenants/${tenantId}/audio-files/${id}`, { session });
      const download = await send(
        'audio download URL',
        'GET',
        `/tenants/${tenantId}/audio-files/${id}/download-url`,
        { session },
      );
      expect(download.status).toBe(200);
      secret('audio download URL signature', signature(String(download.json?.url)), ['audio download URL']);
    },
  );

  it.runIf(hasRoute('/tenants/{tenantId}/api-keys'))(
    'creates an API key (key shown once; hash never)',
    async () => {
      const created = await send('create API key', 'POST', `/tenants/${tenantId}/api-keys`, {
        session,
        body: { name: 'leak test', scopes: ['users:read'] },
      });
      expect(created.status).toBe(201);
      const id = String(created.json?.id);
      const read = await send('read API key', 'GET', `/tenants/${tenantId}/api-keys/${id}`, { session });
      await send('list API keys', 'GET', `/tenants/${tenantId}/api-keys`, { session });
      const revealed = revealedOnce(created.json, read.json).filter(([, value]) =>
        value.startsWith('ck_live_'),
      );
      expect(revealed).toHaveLength(1);
      for (const [field, value] of revealed) secret(`API key ${field}`, value, ['create API key']);
      const stored = await store.apiKeys.get(`t#${tenantId}`, id);
      secret('API key hash', stored.keyHash);
    },
  );

  it('finds no secret outside its one-time display, in any response or log line', () => {
    expect(logLines.length).toBeGreaterThan(10);
    const leaks: string[] = [];
    for (const { name, value, shownIn } of secrets) {
      for (const entry of seen) {
        if (!shownIn.includes(entry.label) && entry.text.includes(value))
          leaks.push(`${name} in the response "${entry.label}"`);
      }
      for (const line of logLines)
        if (line.includes(value)) leaks.push(`${name} in the log line ${line.slice(0, 200)}`);
    }
    // Shapes that are secrets whatever their value: argon2 PHC strings and API keys in logs.
    for (const line of logLines) {
      if (/\$argon2/.test(line)) leaks.push(`an argon2 hash in the log line ${line.slice(0, 200)}`);
      if (/ck_live_[0-9a-z]{20,}/.test(line)) leaks.push(`an API key in the log line ${line.slice(0, 200)}`);
    }
    for (const entry of seen) {
      if (
        /\$argon2|passwordHash|pinHash|ha1Md5|ha1Sha256|keyHash|sealedSecret|recoveryCodeHashes/.test(
          entry.text,
        )
      ) {
        leaks.push(`a stored secret field in the response "${entry.label}"`);
      }
    }
    expect(leaks).toEqual([]);
    expect(secrets.length).toBeGreaterThan(15);
  });
});
