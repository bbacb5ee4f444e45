import { createNumberInputSchema } from '@carillon/domain';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, parseUserCsv } from '@carillon/user-csv';
import { describe, expect, it } from 'vitest';
import { integrationApi, seenBodies, tenantWithKey } from '../int-test-fixtures';

const { app, store } = integrationApi();

interface RowBody {
  row: number;
  line: number;
  login: string;
  status: string;
  userId?: string;
  errors?: { column: string; message: string }[];
}
interface ReportBody {
  dryRun: boolean;
  total: number;
  created: number;
  valid: number;
  failed: number;
  rows: RowBody[];
}
interface ProblemBody {
  code: string;
  errors?: { field: string; message: string }[];
}

let counter = 0;
/** Values no other test (or earlier run on the same table) uses: e-mail addresses are unique platform-wide. */
function token() {
  counter += 1;
  return `${Date.now().toString(36)}${counter}${Math.floor(Math.random() * 1e6).toString(36)}`;
}

async function importCsv(
  tenantId: string,
  key: string,
  csv: string,
  options: { dryRun?: boolean; headers?: Record<string, string> } = {},
) {
  const query = options.dryRun ? '?dryRun=true' : '';
  const response = await app.request(`/v1/tenants/${tenantId}/user-imports${query}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'text/csv', ...options.headers },
    body: csv,
  });
  const text = await response.text();
  seenBodies.push(text);
  return { status: response.status, json: JSON.parse(text) as unknown, text };
}

async function usersOf(tenantId: string, key: string) {
  const response = await app.request(`/v1/tenants/${tenantId}/users?limit=100`, {
    headers: { authorization: `Bearer ${key}` },
  });
  return (
    (await response.json()) as { items: { login: string; role: string; rights: Record<string, boolean> }[] }
  ).items;
}

const HEADER = 'login,firstname,lastname,external,internal,mail,password';
function line(login: string, internal: string, mail = `${login}@example.test`, extra = '') {
  return `${login},First,Last,${extra},${internal},${mail},`;
}

describe('user CSV import (T300 manual L415-476)', () => {
  it('creates a user per valid row and reports every row, with the T300 permission semantics', async () => {
    const { tenantId, key } = await tenantWithKey(store);
    const t = token();
    const csv = [
      `${HEADER},voice_perm,fax_perm,admin_perm`,
      `a${t},John,Sample,,57,a${t}@example.test,Pw1-secure-enough,,,`,
      `b${t},Test,User,,53,b${t}@example.test,,1,0,1`,
    ].join('\r\n');
    const result = await importCsv(tenantId, key, csv);
    expect(result.status, result.text).toBe(200);
    const report = result.json as ReportBody;
    expect(report).toMatchObject({ dryRun: false, total: 2, created: 2, valid: 2, failed: 0 });
    expect(report.rows.map((row) => [row.row, row.line, row.login, row.status])).toEqual([
      [1, 2, `a${t}`, 'created'],
      [2, 3, `b${t}`, 'created'],
    ]);
    const users = await usersOf(tenantId, key);
    const second = users.find((user) => user.login === `b${t}`);
    expect(second?.role).toBe('tenant-admin');
    // fkey_perm is not a column of this file: it keeps its default.
    expect(second?.rights).toMatchObject({ voicemail: true, fax: false, functionKeys: true });
    expect(users.find((user) => user.login === `a${t}`)?.rights).toMatchObject({
      functionKeys: true,
      fax: true,
    });
    expect(result.text).not.toContain('Pw1-secure-enough');
  });

  it('imports the valid rows only and names each problem of the others by column; failed rows leave nothing', async () => {
    const { tenantId, key } = await tenantWithKey(store);
    const t = token();
    // A user that exists already: its login is taken.
    expect((await importCsv(tenantId, key, [HEADER, line(`x${t}`, '300')].join('\n'))).status).toBe(200);
    const csv = [
      HEADER,
      line(`good${t}`, '301'),
      line(`bad${t}`, '302', 'not-an-address'),
      line(`dup${t}`, '301'),
      line(`x${t}`, '303', `x2${t}@example.test`),
      `,NoLogin,Last,,304,nologin${t}@example.test,`,
    ].join('\n');
    const report = (await importCsv(tenantId, key, csv)).json as ReportBody;
    expect(report).toMatchObject({ total: 5, created: 1, failed: 4 });
    const byRow = Object.fromEntries(report.rows.map((row) => [row.row, row]));
    expect(byRow[1]?.status).toBe('created');
    expect(byRow[2]?.errors?.map((error) => error.column)).toEqual(['mail']);
    expect(byRow[3]?.errors).toEqual([
      { column: 'internal', message: 'internal 301 appears earlier in the file' },
    ]);
    expect(byRow[4]?.errors).toEqual([{ column: 'login', message: 'login is already in use' }]);
    expect(byRow[5]?.errors).toEqual([{ column: 'login', message: 'login is required' }]);
    const logins = (await usersOf(tenantId, key)).map((user) => user.login).sort();
    expect(logins).toEqual([`good${t}`, `x${t}`].sort());
  });

  it('a dry run reports the same and creates nothing', async () => {
    const { tenantId, key } = await tenantWithKey(store);
    const t = token();
    const csv = [HEADER, line(`d${t}`, '401'), line(`e${t}`, '401')].join('\n');
    const report = (await importCsv(tenantId, key, csv, { dryRun: true })).json as ReportBody;
    expect(report).toMatchObject({ dryRun: true, total: 2, created: 0, valid: 1, failed: 1 });
    expect(report.rows.map((row) => row.status)).toEqual(['valid', 'failed']);
    expect(await usersOf(tenantId, key)).toEqual([]);
  });

  it('assigns the external number with the user, and fails the row (nothing made) for a number it cannot have', async () => {
    const { tenantId, key } = await tenantWithKey(store);
    const t = token();
    const free = `+4930${String(Date.now()).slice(-8)}`;
    const number = await store.numbers.create({ tenantId }, createNumberInputSchema.parse({ e164: free }));
    const csv = [
      HEADER,
      line(`n${t}`, '501', undefined, free),
      line(`m${t}`, '502', undefined, free),
      line(`o${t}`, '503', undefined, '+4930999999999'),
    ].join('\n');
    const report = (await importCsv(tenantId, key, csv)).json as ReportBody;
    expect(report.rows.map((row) => row.status)).toEqual(['created', 'failed', 'failed']);
    expect(report.rows[1]?.errors).toEqual([
      { column: 'external', message: `${free} is assigned, not free` },
    ]);
    expect(report.rows[2]?.errors?.[0]?.column).toBe('external');
    const assigned = await store.numbers.get({ tenantId }, number.id);
    expect(assigned).toMatchObject({
      status: 'assigned',
      target: { kind: 'user', id: report.rows[0]?.userId },
    });
    expect((await usersOf(tenantId, key)).map((user) => user.login)).toEqual([`n${t}`]);
  });

  it('refuses a whole file it cannot read with 422 naming the column, and creates nothing', async () => {
    const { tenantId, key } = await tenantWithKey(store);
    const missing = await importCsv(tenantId, key, 'login,firstname,lastname,internal\nq,Q,Q,1');
    expect(missing.status).toBe(422);
    expect((missing.json as ProblemBody).errors).toEqual([
      { field: 'mail', message: 'the column mail is required' },
    ]);
    const semicolons = await importCsv(
      tenantId,
      key,
      'login;firstname;lastname;internal;mail\nq;Q;Q;1;q@x.test',
    );
    expect((semicolons.json as ProblemBody).errors?.[0]?.message).toBe(
      'values must be separated by commas, not semicolons',
    );
    const rows = Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => line(`r${i}`, String(1000 + i)));
    const tooMany = await importCsv(tenantId, key, [HEADER, ...rows].join('\n'));
    expect(tooMany.status).toBe(422);
    expect((tooMany.json as ProblemBody).errors?.[0]?.message).toContain(`at most ${MAX_IMPORT_ROWS} users`);
    expect(await usersOf(tenantId, key)).toEqual([]);
  });

  it(`refuses a body over ${MAX_IMPORT_BYTES} bytes with 413 and another content type with 415`, async () => {
    const { tenantId, key } = await tenantWithKey(store);
    const big = `${HEADER}\n${'x'.repeat(MAX_IMPORT_BYTES)}`;
    const tooLarge = await importCsv(tenantId, key, big);
    expect(tooLarge.status).toBe(413);
    expect((tooLarge.json as ProblemBody).code).toBe('body-too-large');
    const json = await importCsv(tenantId, key, '{}', { headers: { 'content-type': 'application/json' } });
    expect(json.status).toBe(415);
  });

  it('replays a repeated Idempotency-Key instead of importing twice', async () => {
    const { tenantId, key } = await tenantWithKey(store);
    const csv = [HEADER, line(`i${token()}`, '601')].join('\n');
    const headers = { 'idempotency-key': 'import-1' };
    const first = await importCsv(tenantId, key, csv, { headers });
    const again = await importCsv(tenantId, key, csv, { headers });
    expect(again.text).toBe(first.text);
    expect((first.json as ReportBody).created).toBe(1);
    expect(await usersOf(tenantId, key)).toHaveLength(1);
  });

  it('answers another tenant with 404, and a users:read key with 403 on import but the CSV on export', async () => {
    const a = await tenantWithKey(store);
    const b = await tenantWithKey(store);
    expect((await importCsv(a.tenantId, b.key, [HEADER, line(`z${token()}`, '701')].join('\n'))).status).toBe(
      404,
    );
    const reader = await tenantWithKey(store, ['users:read']);
    expect(
      (await importCsv(reader.tenantId, reader.key, [HEADER, line(`y${token()}`, '702')].join('\n'))).status,
    ).toBe(403);
    const exported = await app.request(`/v1/tenants/${reader.tenantId}/user-export`, {
      headers: { authorization: `Bearer ${reader.key}` },
    });
    expect(exported.status).toBe(200);
    const other = await app.request(`/v1/tenants/${a.tenantId}/user-export`, {
      headers: { authorization: `Bearer ${b.key}` },
    });
    expect(other.status).toBe(404);
  });
});

describe('user CSV export', () => {
  it('writes every user in the import columns, without secrets, readable by the import', async () => {
    const { tenantId, key } = await tenantWithKey(store);
    const t = token();
    const csv = [
      `${HEADER},voice_perm,admin_perm`,
      `p${t},Paula,"Smith, Jr.",,801,p${t}@example.test,Pw1-secure-enough,0,1`,
      `q${t},Quinn,Jones,,802,q${t}@example.test,,,`,
    ].join('\n');
    expect(((await importCsv(tenantId, key, csv)).json as ReportBody).created).toBe(2);
    const response = await app.request(`/v1/tenants/${tenantId}/user-export`, {
      headers: { authorization: `Bearer ${key}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    expect(response.headers.get('content-disposition')).toContain('users.csv');
    const text = await response.text();
    expect(text).not.toMatch(/argon2|Pw1-secure-enough/);
    const parsed = parseUserCsv(text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const rows = Object.fromEntries(parsed.rows.map((row) => [row.cells.login, row.cells]));
    expect(rows[`p${t}`]).toMatchObject({
      lastname: 'Smith, Jr.',
      internal: '801',
      voice_perm: '0',
      admin_perm: '1',
    });
    expect(rows[`q${t}`]).toMatchObject({ internal: '802', voice_perm: '1', admin_perm: '0', password: '' });
  });
});
