import { describe, expect, it } from 'vitest';
import { contactInputFromCsvRecord, createContactInputSchema } from './contact';
import { issuesOf } from './test-support';
import { newId } from './values/id';

describe('contacts', () => {
  it('needs an owner for a personal contact and none for a global one', () => {
    expect(issuesOf(createContactInputSchema, { scope: 'personal', lastName: 'Brown' })).toEqual([
      { path: 'ownerUserId', message: 'a personal contact needs an owner' },
    ]);
    expect(
      issuesOf(createContactInputSchema, { scope: 'global', lastName: 'Brown', ownerUserId: newId('usr') }),
    ).toEqual([{ path: 'ownerUserId', message: 'a global contact has no owner' }]);
  });

  it('needs some name', () => {
    expect(
      issuesOf(createContactInputSchema, { scope: 'global', numbers: [{ type: 'office', number: '123' }] }),
    ).toEqual([{ path: 'lastName', message: 'a contact needs a first name, last name or company' }]);
  });

  it('checks numbers and quick dials at their index', () => {
    expect(
      issuesOf(createContactInputSchema, {
        scope: 'global',
        company: 'Gigaset',
        numbers: [
          { type: 'office', number: '+49 89 1234' },
          { type: 'pager', number: 'abc', quickDial: '1234' },
        ],
      }),
    ).toEqual([
      { path: 'numbers.1.type', message: 'number type must be one of office, mobile, home, fax, other' },
      { path: 'numbers.1.number', message: 'number may contain only digits, +, *, # and separators' },
      { path: 'numbers.1.quickDial', message: 'quick dial must be 1–3 digits' },
    ]);
  });
});

describe('contact CSV import (T640 L1563-1592)', () => {
  it('maps the manual’s example row with quick dials', () => {
    const record = {
      'First name': 'Peter',
      'Last name': 'Brown',
      Company: 'Company',
      Office: '123456789',
      'Office quick dial': '1',
      Mobile: '01784567',
      'Mobile quick dial': '2',
      Personal: '083416786',
      'Personal quick dial': '3',
      Email: 'peter.brown@org.com',
    };
    const input = createContactInputSchema.parse(contactInputFromCsvRecord(record, 'global'));
    expect(input).toMatchObject({
      firstName: 'Peter',
      lastName: 'Brown',
      company: 'Company',
      emails: ['peter.brown@org.com'],
      numbers: [
        { type: 'office', number: '123456789', quickDial: '1' },
        { type: 'mobile', number: '01784567', quickDial: '2' },
        { type: 'home', number: '083416786', quickDial: '3' },
      ],
    });
  });

  it('leaves out empty cells, as in the manual’s second example row', () => {
    const record = {
      'First name': 'Susan',
      'Last name': 'Black',
      Company: 'Org',
      Office: '987654321',
      'Office-Quickdial': '',
      Mobile: '015679787878',
      'Mobile-Quickdial': '',
      Home: '',
      'Home-Quickdial': '',
      'E-mail': 'susan.black@org.com',
    };
    const input = contactInputFromCsvRecord(record, 'personal', newId('usr'));
    expect(input.numbers).toEqual([
      { type: 'office', number: '987654321', quickDial: null },
      { type: 'mobile', number: '015679787878', quickDial: null },
    ]);
    expect(issuesOf(createContactInputSchema, input)).toEqual([]);
  });
});
