import { type Contact, createContactInputSchema } from '@carillon/domain';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CONTACT_CSV_HEADER, contactsToCsv, parseContactCsv, safeCell } from './csv';
import { ImportFileError, MAX_IMPORT_RECORDS } from './records';
import { parseVcards } from './vcard';

const global = { scope: 'global', ownerUserId: null } as const;

describe('parseVcards', () => {
  it('reads vCard 3.0 and 4.0 cards: name, company, typed numbers and e-mail', () => {
    const file = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'N:Lovelace;Ada;;;',
      'FN:Ada Lovelace',
      'ORG:Analytical Engines\\, Ltd;R&D',
      'TEL;TYPE=WORK,VOICE:+49 30 1234567',
      'TEL;TYPE=CELL:0170 1234567',
      'EMAIL;TYPE=INTERNET:Ada@Example.com',
      'END:VCARD',
      'BEGIN:VCARD',
      'VERSION:4.0',
      'FN:Bob Builder',
      'N:Builder;Bob;;;',
      'TEL;VALUE=uri;TYPE="voice,home":tel:+49-30-555',
      'TEL;TYPE=fax:+49 30 556',
      'EMAIL:bob@example.com',
      'END:VCARD',
      '',
    ].join('\r\n');
    const records = parseVcards(file, global);
    expect(records.map((record) => record.line)).toEqual([1, 10]);
    expect(
      records.map((record) => ('input' in record ? createContactInputSchema.parse(record.input) : record)),
    ).toEqual([
      {
        scope: 'global',
        ownerUserId: null,
        firstName: 'Ada',
        lastName: 'Lovelace',
        company: 'Analytical Engines, Ltd',
        numbers: [
          { type: 'office', number: '+49 30 1234567', quickDial: null },
          { type: 'mobile', number: '0170 1234567', quickDial: null },
        ],
        emails: ['ada@example.com'],
      },
      {
        scope: 'global',
        ownerUserId: null,
        firstName: 'Bob',
        lastName: 'Builder',
        numbers: [
          { type: 'home', number: '+49-30-555', quickDial: null },
          { type: 'fax', number: '+49 30 556', quickDial: null },
        ],
        emails: ['bob@example.com'],
      },
    ]);
  });

  it('reports a broken card by its number and line and still reads the others; folded lines are unfolded', () => {
    const file = [
      'BEGIN:VCARD',
      'VERSION:4.0',
      'FN:Folded',
      'N:Very Long Fam',
      ' ily Name;Ann;;;',
      'END:VCARD',
      'BEGIN:VCARD',
      'VERSION:4.0',
      'this line has no colon',
      'END:VCARD',
      'BEGIN:VCARD',
      'VERSION:2.1',
      'FN:Old',
      'END:VCARD',
    ].join('\n');
    const records = parseVcards(file, { scope: 'personal', ownerUserId: 'usr_0123456789abcdefghjkmnpqrs' });
    expect(records[0]).toMatchObject({
      record: 1,
      line: 1,
      input: { lastName: 'Very Long Family Name', firstName: 'Ann' },
    });
    expect(records[1]).toMatchObject({
      record: 2,
      line: 7,
      error: expect.stringContaining('not a readable vCard'),
    });
    expect(records[2]).toMatchObject({
      record: 3,
      line: 11,
      error: expect.stringContaining('VERSION must be 3.0 or 4.0'),
    });
  });

  it('keeps a card with only FN by its formatted name, and refuses a file without cards', () => {
    const [only] = parseVcards('BEGIN:VCARD\nVERSION:4.0\nFN:Reception\nEND:VCARD\n', global);
    expect(only).toMatchObject({ input: { lastName: 'Reception' } });
    expect(() => parseVcards('hello', global)).toThrow(ImportFileError);
  });
});

describe('parseContactCsv', () => {
  it('reads the T640 columns (L1591-1592) and the example header spelling, line by line', () => {
    const csv = [
      '\uFEFFFirst name,Last name,Company,Office,Office quick dial,Mobile,Personal,E-mail',
      'Ada,Lovelace,"Engines, Ltd",+49 30 123,12,0170 1,,ada@example.com',
      '',
      ',,,not a number,,,,',
    ].join('\r\n');
    const records = parseContactCsv(csv, global);
    expect(records.map((record) => [record.record, record.line])).toEqual([
      [1, 2],
      [2, 4],
    ]);
    expect(records[0]).toMatchObject({
      input: {
        firstName: 'Ada',
        lastName: 'Lovelace',
        company: 'Engines, Ltd',
        numbers: [
          { type: 'office', number: '+49 30 123', quickDial: '12' },
          { type: 'mobile', number: '0170 1', quickDial: null },
        ],
        emails: ['ada@example.com'],
      },
    });
    // Read, but invalid: the caller's schema check names the fields.
    const second = records[1];
    const checked = createContactInputSchema.safeParse(
      second !== undefined && 'input' in second ? second.input : {},
    );
    expect(checked.success).toBe(false);
  });

  it(`refuses a file of more than ${MAX_IMPORT_RECORDS} contacts, and one that is not CSV`, () => {
    const big = [
      'Last name',
      ...Array.from({ length: MAX_IMPORT_RECORDS + 1 }, (_, index) => `Name ${index}`),
    ].join('\n');
    expect(() => parseContactCsv(big, global)).toThrow(/at most 1000/);
    expect(() => parseContactCsv('Last name\n"unterminated', global)).toThrow(ImportFileError);
  });
});

describe('contactsToCsv', () => {
  const contact = (fields: Partial<Contact>): Contact => ({
    id: 'con_0123456789abcdefghjkmnpqrs',
    tenantId: 'tnt_0123456789abcdefghjkmnpqrs',
    version: 1,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    scope: 'global',
    ownerUserId: null,
    numbers: [],
    emails: [],
    ...fields,
  });

  it('writes the import header, so an export imports again unchanged', () => {
    const original = contact({
      firstName: 'Ada',
      lastName: 'Lovelace',
      company: 'Engines, "Ltd"',
      numbers: [
        { type: 'office', number: '+49 30 123', quickDial: '12' },
        { type: 'home', number: '030 9', quickDial: null },
      ],
      emails: ['ada@example.com'],
    });
    const csv = contactsToCsv([original]);
    expect(csv.split('\r\n')[0]).toBe(CONTACT_CSV_HEADER.join(','));
    const [again] = parseContactCsv(csv, global);
    const {
      id: _id,
      tenantId: _tenant,
      version: _version,
      createdAt: _c,
      updatedAt: _u,
      ...input
    } = original;
    expect(again !== undefined && 'input' in again && createContactInputSchema.parse(again.input)).toEqual(
      input,
    );
  });

  it('defuses cells a spreadsheet would run as formulas, but not phone numbers', () => {
    expect(safeCell('=HYPERLINK("http://evil")')).toBe('\'=HYPERLINK("http://evil")');
    expect(safeCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(safeCell('-2+3')).toBe("'-2+3");
    expect(safeCell('+49 30 123')).toBe('+49 30 123');
    expect(safeCell('Ada')).toBe('Ada');
    const rows = parse(contactsToCsv([contact({ lastName: '=1+1' })]), { columns: true }) as Record<
      string,
      string
    >[];
    expect(rows[0]?.['Last name']).toBe("'=1+1");
  });
});
