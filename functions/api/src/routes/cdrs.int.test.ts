import { CDR_EXPORT_COLUMNS, type Cdr, newId } from '@carillon/domain';
import type { NewCdr } from '@carillon/store';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, integrationApi, tenantWithKey } from '../int-test-fixtures';
import { userSession } from './tenant-resource-contract';

const { app, store } = integrationApi();

interface Spec {
  readonly minutesAgo: number;
  readonly users?: readonly (string | null)[];
  readonly caller?: string;
  readonly callerName?: string | null;
  readonly callee?: string;
  readonly answered?: boolean;
  readonly direction?: NewCdr['direction'];
  readonly private?: boolean;
}

/** A CDR as call control writes it (`store.cdrs.record`), one leg per user. */
function cdrInput(spec: Spec): NewCdr {
  const start = Date.now() - spec.minutesAgo * 60_000;
  const startedAt = new Date(start).toISOString();
  const answered = spec.answered ?? false;
  const answeredAt = answered ? new Date(start + 4_000).toISOString() : null;
  const endedAt = new Date(start + 64_000).toISOString();
  const caller = { number: spec.caller ?? '201', name: spec.callerName ?? null };
  const callee = { number: spec.callee ?? '202', name: null };
  const legs = (spec.users ?? [null]).map((userId, index) => ({
    legId: `leg-${index}`,
    kind: 'extension' as const,
    caller,
    callee,
    deviceId: newId('dev'),
    userId,
    trunkId: null,
    startedAt,
    answeredAt,
    endedAt,
    disposition: answered ? ('answered' as const) : ('no-answer' as const),
    hangupCause: answered ? 16 : 19,
    hangupSide: 'caller' as const,
    codec: answered ? 'PCMA' : null,
    rtp: answered
      ? { packetsSent: 3000, packetsReceived: 2995, packetsLost: 5, jitterMs: 3.5, mos: 4.2 }
      : null,
  }));
  return {
    callId: `call-${newId('cdr')}`,
    idempotencyKey: `edge-1:${newId('cdr')}`,
    direction: spec.direction ?? 'internal',
    caller,
    callee,
    startedAt,
    answeredAt,
    endedAt,
    durationSeconds: 64,
    billableSeconds: answered ? 60 : 0,
    disposition: answered ? 'answered' : 'no-answer',
    hangupCause: answered ? 16 : 19,
    hangupSide: 'caller',
    private: spec.private ?? false,
    legs,
  };
}

interface Summary {
  id: string;
  startedAt: string;
  legCount: number;
  [field: string]: unknown;
}
interface SummaryPage {
  items: Summary[];
  nextCursor?: string;
}

let tenantId: string;
let key: string;
let ada: Awaited<ReturnType<typeof userSession>>;
let bob: Awaited<ReturnType<typeof userSession>>;
/** Seeded calls by name, in the window of the last 3 hours. */
const calls = new Map<string, Cdr>();
const window = () => ({
  from: new Date(Date.now() - 3 * 3_600_000).toISOString(),
  to: new Date(Date.now() + 60_000).toISOString(),
});
const query = (parameters: Record<string, string | number>) =>
  new URLSearchParams(
    Object.entries({ ...window(), ...parameters }).map(([name, value]) => [name, String(value)]),
  ).toString();

async function seed(name: string, spec: Spec): Promise<Cdr> {
  const { cdr } = await store.cdrs.record({ tenantId }, cdrInput(spec));
  calls.set(name, cdr);
  return cdr;
}

const idsOf = (...names: string[]) => names.map((name) => calls.get(name)?.id);

/** Every page of a list, following nextCursor. */
async function allPages(path: string, headers: Record<string, string>, limit: number) {
  const ids: string[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const separator = path.includes('?') ? '&' : '?';
    const response = await call(
      app,
      'GET',
      `${path}${separator}limit=${limit}${cursor === undefined ? '' : `&cursor=${cursor}`}`,
      { headers },
    );
    expect(response.status, response.text).toBe(200);
    const page = response.json as SummaryPage;
    ids.push(...page.items.map((item) => item.id));
    cursor = page.nextCursor;
    pages += 1;
  } while (cursor !== undefined && pages < 50);
  return { ids, pages };
}

const keyHeaders = () => ({ authorization: `Bearer ${key}` });

beforeAll(async () => {
  ({ tenantId, key } = await tenantWithKey(store, ['users:write', 'cdrs:read']));
  ada = await userSession(app, tenantId, key);
  bob = await userSession(app, tenantId, key);
  // Oldest first; names say who was on the call.
  await seed('ada→bob answered', { minutesAgo: 170, users: [ada.userId, bob.userId], answered: true });
  await seed('outside→ada inbound', {
    minutesAgo: 120,
    users: [ada.userId],
    caller: '+4930123456',
    callerName: '=1+2',
    direction: 'inbound',
    private: true,
  });
  await seed('bob→outside outbound', {
    minutesAgo: 90,
    users: [bob.userId],
    callee: '+4989555123',
    direction: 'outbound',
    answered: true,
  });
  await seed('outside→group nobody', { minutesAgo: 60, caller: '+4930123456', direction: 'inbound' });
  await seed('bob→ada missed', { minutesAgo: 30, users: [bob.userId, ada.userId] });
  // Outside the 3-hour window, inside the default 30 days.
  await seed('ada yesterday', { minutesAgo: 24 * 60, users: [ada.userId], answered: true });
  // Outside the default 30 days.
  await seed('ada long ago', { minutesAgo: 40 * 24 * 60, users: [ada.userId], answered: true });
});

describe('GET /tenants/{tenantId}/cdrs', () => {
  const path = () => `/tenants/${tenantId}/cdrs`;
  const inWindow = [
    'bob→ada missed',
    'outside→group nobody',
    'bob→outside outbound',
    'outside→ada inbound',
    'ada→bob answered',
  ];

  it('lists the calls of the range newest first, page by page, without legs or the idempotency key', async () => {
    for (const limit of [1, 2, 100]) {
      const { ids, pages } = await allPages(`${path()}?${query({})}`, keyHeaders(), limit);
      expect(ids, `limit ${limit}`).toEqual(idsOf(...inWindow));
      // A page that ends exactly at a partition's end may be followed by one empty page.
      expect(pages).toBeLessThanOrEqual(Math.ceil(inWindow.length / limit) + 1);
    }
    const first = (await call(app, 'GET', `${path()}?${query({ limit: 1 })}`, { headers: keyHeaders() }))
      .json as SummaryPage;
    expect(first.items[0]).toMatchObject({ id: calls.get('bob→ada missed')?.id, legCount: 2 });
    expect(first.items[0]).not.toHaveProperty('legs');
    expect(first.items[0]).not.toHaveProperty('idempotencyKey');
    // Listed through a user's index items, a call reads exactly the same (no index attributes leak).
    const byUser = (
      await call(app, 'GET', `${path()}?${query({ limit: 1, userId: bob.userId })}`, {
        headers: keyHeaders(),
      })
    ).json as SummaryPage;
    expect(byUser.items[0]).toEqual(first.items[0]);
  });

  it('defaults to the last 30 days, and pages through that same range', async () => {
    for (const limit of [1, 100]) {
      // Without from/to, "now" moves between pages; the cursor keeps the first page's range.
      const { ids } = await allPages(path(), keyHeaders(), limit);
      expect(ids).toEqual(idsOf(...inWindow, 'ada yesterday'));
    }
  });

  it.each([
    [
      'userId (caller or callee, any leg)',
      () => ({ userId: ada.userId }),
      ['bob→ada missed', 'outside→ada inbound', 'ada→bob answered'],
    ],
    ['number as caller', () => ({ number: '+4930123456' }), ['outside→group nobody', 'outside→ada inbound']],
    ['number as callee', () => ({ number: '+4989555123' }), ['bob→outside outbound']],
    ['disposition', () => ({ disposition: 'answered' }), ['bob→outside outbound', 'ada→bob answered']],
    ['direction', () => ({ direction: 'inbound' }), ['outside→group nobody', 'outside→ada inbound']],
    ['userId and direction', () => ({ userId: bob.userId, direction: 'outbound' }), ['bob→outside outbound']],
    ['userId and number', () => ({ userId: ada.userId, number: '+4930123456' }), ['outside→ada inbound']],
  ] as const)('filters by %s', async (_, filter, expected) => {
    for (const limit of [1, 100]) {
      const { ids } = await allPages(`${path()}?${query(filter())}`, keyHeaders(), limit);
      expect(ids).toEqual(idsOf(...expected));
    }
  });

  it.each([
    ['disposition', { disposition: 'hung-up' }],
    ['direction', { direction: 'sideways' }],
    ['from', { from: 'yesterday' }],
    ['to', { to: '2026-13-01T00:00:00Z' }],
    ['from', { from: '2026-11-02T00:00:00Z', to: '2026-11-01T00:00:00Z' }],
    ['from', { from: '2024-01-01T00:00:00Z', to: '2025-06-01T00:00:00Z' }],
    ['limit', { limit: 101 }],
    ['cursor', { cursor: 'not-a-cursor' }],
  ] as const)('refuses a bad %s with 400 naming it', async (field, parameters) => {
    const response = await call(app, 'GET', `${path()}?${query(parameters)}`, { headers: keyHeaders() });
    expect(response.status, response.text).toBe(400);
    expect((response.json as { errors: { field: string }[] }).errors.map((error) => error.field)).toContain(
      field,
    );
  });

  it('refuses a cursor issued for another filter', async () => {
    const first = (
      await call(app, 'GET', `${path()}?${query({ limit: 1, userId: ada.userId })}`, {
        headers: keyHeaders(),
      })
    ).json as SummaryPage;
    expect(first.nextCursor).toBeDefined();
    const other = await call(
      app,
      'GET',
      `${path()}?${query({ limit: 1, userId: bob.userId, cursor: first.nextCursor ?? '' })}`,
      { headers: keyHeaders() },
    );
    expect(other.status).toBe(400);
  });

  it("never lists another tenant's calls, and answers 404 for another tenant", async () => {
    const other = await tenantWithKey(store, ['cdrs:read']);
    await store.cdrs.record({ tenantId: other.tenantId }, cdrInput({ minutesAgo: 10, users: [ada.userId] }));
    const { ids } = await allPages(`${path()}?${query({ userId: ada.userId })}`, keyHeaders(), 100);
    expect(ids).toEqual(idsOf('bob→ada missed', 'outside→ada inbound', 'ada→bob answered'));
    const foreign = await call(app, 'GET', `/tenants/${other.tenantId}/cdrs`, { headers: keyHeaders() });
    expect(foreign.status).toBe(404);
  });
});

describe('GET /tenants/{tenantId}/cdrs/{cdrId}', () => {
  it('returns the call with its legs: device, codec, RTP quality', async () => {
    const cdr = calls.get('ada→bob answered') as Cdr;
    const response = await call(app, 'GET', `/tenants/${tenantId}/cdrs/${cdr.id}`, { headers: keyHeaders() });
    expect(response.status, response.text).toBe(200);
    const { idempotencyKey: _hidden, ...expected } = cdr;
    expect(response.json).toEqual(expected);
    const legs = (response.json as Cdr).legs;
    expect(legs.map((leg) => [leg.userId, leg.deviceId, leg.codec, leg.rtp?.mos])).toEqual(
      cdr.legs.map((leg) => [leg.userId, leg.deviceId, 'PCMA', 4.2]),
    );
    expect(response.json).not.toHaveProperty('idempotencyKey');
  });

  it("answers 404 for another tenant's CDR and for an unknown id, alike", async () => {
    const other = await tenantWithKey(store, ['cdrs:read']);
    const { cdr } = await store.cdrs.record({ tenantId: other.tenantId }, cdrInput({ minutesAgo: 5 }));
    const foreign = await call(app, 'GET', `/tenants/${tenantId}/cdrs/${cdr.id}`, { headers: keyHeaders() });
    const unknown = await call(app, 'GET', `/tenants/${tenantId}/cdrs/${newId('cdr')}`, {
      headers: keyHeaders(),
    });
    expect(foreign.status).toBe(404);
    expect(unknown.status).toBe(404);
    const shape = (body: unknown) => {
      const { status, title, code, detail } = body as Record<string, unknown>;
      return { status, title, code, detail };
    };
    expect(shape(foreign.json)).toEqual(shape(unknown.json));
    // The owner reaches it.
    const own = await call(app, 'GET', `/tenants/${other.tenantId}/cdrs/${cdr.id}`, {
      headers: { authorization: `Bearer ${other.key}` },
    });
    expect(own.status).toBe(200);
  });
});

/** A GET answered with CSV (`call` parses JSON). */
async function csvCall(path: string, headers: Record<string, string>) {
  const response = await app.request(`/v1${path}`, { headers });
  return { status: response.status, response, text: await response.text() };
}

/** The CSV as rows of cells (the test data has no quoted commas or line breaks). */
function rows(text: string): string[][] {
  expect(text.endsWith('\r\n')).toBe(true);
  return text
    .slice(0, -2)
    .split('\r\n')
    .map((line) => line.split(','));
}

describe('GET /tenants/{tenantId}/cdrs/export', () => {
  const column = (row: string[] | undefined, name: (typeof CDR_EXPORT_COLUMNS)[number]) =>
    row?.[CDR_EXPORT_COLUMNS.indexOf(name)];

  it('exports the filtered calls as CSV, newest first, private numbers masked, formulas neutralised', async () => {
    const response = await csvCall(
      `/tenants/${tenantId}/cdrs/export?${query({ direction: 'inbound' })}`,
      keyHeaders(),
    );
    expect(response.status, response.text).toBe(200);
    expect(response.response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.response.headers.get('content-disposition')).toContain('attachment');
    const [header, ...body] = rows(response.text);
    expect(header).toEqual([...CDR_EXPORT_COLUMNS]);
    expect(body.map((row) => column(row, 'id'))).toEqual(
      idsOf('outside→group nobody', 'outside→ada inbound'),
    );
    const [open, privateCall] = body;
    expect(column(open, 'callerNumber')).toBe('+4930123456');
    expect(column(privateCall, 'private')).toBe('yes');
    expect(column(privateCall, 'callerNumber')).toBe('+4930123xxx');
    // A private call hides the name; a formula-looking name elsewhere gets a leading quote.
    expect(column(privateCall, 'callerName')).toBe('');
    expect(column(privateCall, 'users')).toBe(ada.userId);
  });

  it('neutralises a caller name a spreadsheet would run', async () => {
    await seed('formula name', {
      minutesAgo: 1,
      caller: '+4930777',
      callerName: '@SUM(A1)',
      direction: 'inbound',
    });
    const response = await csvCall(
      `/tenants/${tenantId}/cdrs/export?${query({ number: '+4930777' })}`,
      keyHeaders(),
    );
    const [, row] = rows(response.text);
    expect(column(row, 'callerName')).toBe("'@SUM(A1)");
    expect(column(row, 'disposition')).toBe('no-answer');
  });
});

describe("a user's own calls", () => {
  const adaCalls = ['bob→ada missed', 'outside→ada inbound', 'ada→bob answered'];

  it('lists, reads and exports only calls the user was on', async () => {
    const path = `/tenants/${tenantId}/cdrs`;
    expect((await allPages(`${path}?${query({})}`, ada.headers, 2)).ids).toEqual(idsOf(...adaCalls));
    // Asking for someone else's calls gives nothing, not their calls.
    expect((await allPages(`${path}?${query({ userId: bob.userId })}`, ada.headers, 100)).ids).toEqual([]);
    expect((await allPages(`${path}?${query({ direction: 'inbound' })}`, ada.headers, 100)).ids).toEqual(
      idsOf('outside→ada inbound'),
    );

    const own = calls.get('outside→ada inbound') as Cdr;
    const others = calls.get('bob→outside outbound') as Cdr;
    expect((await call(app, 'GET', `${path}/${own.id}`, { headers: ada.headers })).status).toBe(200);
    expect((await call(app, 'GET', `${path}/${others.id}`, { headers: ada.headers })).status).toBe(404);

    const exported = await csvCall(`${path}/export?${query({})}`, ada.headers);
    expect(exported.status).toBe(200);
    expect(
      rows(exported.text)
        .slice(1)
        .map((row) => row[0]),
    ).toEqual(idsOf(...adaCalls));
  });

  it("GET /me/calls: the signed-in user's calls with the same filters; not for an API key", async () => {
    expect((await allPages(`/me/calls?${query({})}`, bob.headers, 1)).ids).toEqual(
      idsOf('bob→ada missed', 'bob→outside outbound', 'ada→bob answered'),
    );
    expect((await allPages(`/me/calls?${query({ disposition: 'answered' })}`, bob.headers, 100)).ids).toEqual(
      idsOf('bob→outside outbound', 'ada→bob answered'),
    );
    const viaKey = await call(app, 'GET', '/me/calls', { headers: keyHeaders() });
    expect(viaKey.status).toBe(403);
  });
});
