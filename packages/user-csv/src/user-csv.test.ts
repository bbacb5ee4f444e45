import { defaultUserRights, newId, type User } from '@carillon/domain';
import { describe, expect, it } from 'vitest';
import { ALL_COLUMNS } from './columns';
import { usersToCsv } from './export';
import { parseUserCsv } from './parse';
import { rowToUserInput } from './row-input';

// The manual's own example (T300 L447-451), with Carillon-valid passwords.
const MANUAL_EXAMPLE = [
  'login,firstname,lastname,external,internal,mail,password',
  '0028,John,Sample,,57,user1@example.com,Pw1-secure-enough',
  '0029,Test,User,,53,user2@example.com,Pw2-secure-enough',
  '0008,Max,Muster,,24,user3@example.com,Pw3-secure-enough',
].join('\n');

function firstRow(csv: string) {
  const parsed = parseUserCsv(csv);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const [row] = parsed.rows;
  if (row === undefined) throw new Error('no row');
  return row;
}

describe('reading a user CSV', () => {
  it('reads the manual example: one row per user, numbered with its line', () => {
    const parsed = parseUserCsv(MANUAL_EXAMPLE);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.rows.map((row) => [row.row, row.line, row.cells.login, row.cells.internal])).toEqual([
      [1, 2, '0028', '57'],
      [2, 3, '0029', '53'],
      [3, 4, '0008', '24'],
    ]);
  });

  it('keeps line numbers right across quoted cells with commas and line breaks, and a BOM', () => {
    const csv = `\uFEFFlogin,firstname,lastname,internal,mail\r\n"ada","Ada, Countess","Love\nlace",201,ada@example.com\r\nbob,Bob,Byte,202,bob@example.com\r\n`;
    const parsed = parseUserCsv(csv);
    if (!parsed.ok) throw new Error('not ok');
    expect(parsed.rows.map((row) => [row.line, row.cells.firstname])).toEqual([
      [2, 'Ada, Countess'],
      [4, 'Bob'],
    ]);
  });

  it('names whole-file problems: semicolons, unknown, repeated and missing columns, no rows, too many rows', () => {
    expect(parseUserCsv('login;firstname;lastname\n1;a;b')).toEqual({
      ok: false,
      problems: [{ field: 'file', message: 'values must be separated by commas, not semicolons' }],
    });
    const wrong = parseUserCsv('login,firstname,lastname,internal,email,login\n1,a,b,2,x,1');
    expect(wrong.ok ? [] : wrong.problems.map((problem) => problem.field)).toEqual([
      'email',
      'login',
      'mail',
    ]);
    expect(parseUserCsv('login,firstname,lastname,internal,mail\n')).toMatchObject({
      ok: false,
      problems: [{ field: 'file', message: 'the file has no user rows' }],
    });
    const many = [
      'login,firstname,lastname,internal,mail',
      ...Array.from({ length: 4 }, (_, i) => `u${i},a,b,1${i},u${i}@x.test`),
    ];
    expect(parseUserCsv(many.join('\n'), 3)).toMatchObject({
      ok: false,
      problems: [{ field: 'file', message: 'at most 3 users per import; this file has 4' }],
    });
    expect(parseUserCsv('login,firstname\n"unterminated,x')).toMatchObject({
      ok: false,
      problems: [{ field: 'file' }],
    });
  });
});

describe('a row as a user', () => {
  it('maps the manual columns to a user with the default rights when no permission is given', () => {
    const result = rowToUserInput(firstRow(MANUAL_EXAMPLE).cells);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.input.user).toMatchObject({
      login: '0028',
      firstName: 'John',
      lastName: 'Sample',
      email: 'user1@example.com',
      extensionNumber: '57',
      password: 'Pw1-secure-enough',
      role: 'user',
      rights: defaultUserRights(),
    });
    expect(result.input.external).toBeNull();
  });

  it('once any permission is given, empty means denied (T300 L469-471); admin_perm makes a tenant admin', () => {
    const csv = [
      'login,firstname,lastname,internal,mail,login_perm,callman_perm,redirect_perm,voice_perm,fax_perm,admin_perm,fkey_perm',
      'ada,Ada,King,201,ada@example.com,1,1,0,0,,1,',
    ].join('\n');
    const result = rowToUserInput(firstRow(csv).cells);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.input.user.role).toBe('tenant-admin');
    expect(result.input.user.rights).toMatchObject({
      hotDesking: true,
      callManager: true,
      callForwarding: false,
      voicemail: false,
      fax: false,
      functionKeys: false,
      // Not in the file: T640 rights keep their defaults.
      conference: true,
    });
  });

  it('names every bad cell by its column', () => {
    const csv = [
      'login,firstname,lastname,external,internal,mail,password,voice_perm',
      'Bad Login,,Sample,0301234,x1,not-an-address,short,yes',
    ].join('\n');
    const result = rowToUserInput(firstRow(csv).cells);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => error.column).sort()).toEqual(
      ['external', 'firstname', 'internal', 'login', 'mail', 'password', 'voice_perm'].sort(),
    );
    expect(result.errors.find((error) => error.column === 'firstname')?.message).toBe(
      'firstname is required',
    );
  });
});

describe('exporting users', () => {
  const user = (overrides: Partial<User> = {}): User => ({
    id: newId('usr'),
    tenantId: newId('tnt'),
    login: 'ada',
    email: 'ada@example.com',
    firstName: 'Ada',
    lastName: 'Lovelace, Countess',
    language: 'en',
    role: 'user',
    rights: { ...defaultUserRights(), voicemail: false },
    extensionNumber: '201',
    siteId: null,
    hideFromDirectory: false,
    operatorExtension: null,
    outboundCallerId: null,
    passwordHash: '$argon2id$secret',
    pinHash: null,
    lastLoginAt: null,
    version: 1,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  });

  it('writes the import columns, no password, and reads back as the same user', () => {
    const csv = usersToCsv([user()], () => '+493012345678');
    expect(csv.split('\r\n')[0]).toBe(ALL_COLUMNS.join(','));
    expect(csv).not.toContain('argon2');
    const result = rowToUserInput(firstRow(csv).cells);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.input.user).toMatchObject({
      login: 'ada',
      lastName: 'Lovelace, Countess',
      extensionNumber: '201',
      rights: { ...defaultUserRights(), voicemail: false },
    });
    expect(result.input.user.password).toBeUndefined();
    expect(result.input.external).toBe('+493012345678');
  });

  it('defuses spreadsheet formulas in names', () => {
    const csv = usersToCsv([user({ firstName: '=HYPERLINK("http://x")' })]);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
  });
});
