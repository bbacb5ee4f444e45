import { describe, expect, it } from 'vitest';
import { issuesOf } from '../test-support';
import { countryCodeSchema } from './country';
import { emailSchema } from './email';
import { languageSchema } from './language';
import { moneySchema } from './money';
import { paginationInputSchema } from './pagination';
import { sipUsernameSchema } from './sip-username';
import { isoDateTimeSchema, timeOfDaySchema } from './time';
import { timeZoneSchema } from './time-zone';

describe('time zones', () => {
  it.each(['Europe/Berlin', 'America/Argentina/Buenos_Aires', 'UTC'])('accepts %s', (zone) => {
    expect(issuesOf(timeZoneSchema, zone)).toEqual([]);
  });

  it.each(['Europe/Atlantis', 'europe/berlin', 'CET+1', 'Berlin'])('rejects %s', (zone) => {
    expect(issuesOf(timeZoneSchema, zone)).toEqual([
      { path: '', message: 'time zone must be an IANA time zone name, e.g. Europe/Berlin' },
    ]);
  });
});

describe('country codes', () => {
  it('accepts assigned ISO 3166-1 codes and upper-cases them', () => {
    expect(countryCodeSchema.parse('de')).toBe('DE');
    expect(issuesOf(countryCodeSchema, 'NL')).toEqual([]);
  });

  it.each(['XX', 'EU', 'UN', 'DEU', 'D'])('rejects %s', (code) => {
    expect(issuesOf(countryCodeSchema, code)).toEqual([
      { path: '', message: 'country must be an ISO 3166-1 alpha-2 code, e.g. DE' },
    ]);
  });
});

describe('e-mail addresses', () => {
  it('stores them trimmed and lower-cased, as they compare case-insensitively', () => {
    expect(emailSchema.parse('  Anna.Cartman@Org.COM ')).toBe('anna.cartman@org.com');
  });

  it('rejects an address without a domain', () => {
    expect(issuesOf(emailSchema, 'anna@')).toEqual([{ path: '', message: 'e-mail address is not valid' }]);
  });
});

describe('SIP usernames (RFC 3261 §25.1 user, restricted)', () => {
  it('accepts lower-case letters, digits, dot, underscore and hyphen', () => {
    expect(issuesOf(sipUsernameSchema, 'acme-101.desk_1')).toEqual([]);
  });

  it('rejects characters that would need escaping', () => {
    expect(issuesOf(sipUsernameSchema, 'anna@acme')).toEqual([
      {
        path: '',
        message:
          'SIP username may contain only a-z, 0-9, ".", "_" and "-", and must start with a letter or digit',
      },
    ]);
    expect(issuesOf(sipUsernameSchema, 'abc')).toEqual([
      { path: '', message: 'SIP username must be at least 4 characters' },
    ]);
  });
});

describe('pagination input', () => {
  it('defaults the limit to 50 and coerces query-string numbers', () => {
    expect(paginationInputSchema.parse({})).toEqual({ limit: 50 });
    expect(paginationInputSchema.parse({ limit: '100', cursor: 'eyJwayI6' })).toEqual({
      limit: 100,
      cursor: 'eyJwayI6',
    });
  });

  it('rejects limits outside 1–100 on the limit field', () => {
    expect(issuesOf(paginationInputSchema, { limit: 0 })).toEqual([
      { path: 'limit', message: 'limit must be between 1 and 100' },
    ]);
    expect(issuesOf(paginationInputSchema, { limit: 101 })).toEqual([
      { path: 'limit', message: 'limit must be between 1 and 100' },
    ]);
  });

  it('rejects a cursor that is not URL-safe', () => {
    expect(issuesOf(paginationInputSchema, { cursor: 'a b' })).toEqual([
      { path: 'cursor', message: 'cursor must be the opaque value from a previous page' },
    ]);
  });
});

describe('other values', () => {
  it('keeps money in whole minor units', () => {
    expect(issuesOf(moneySchema, { amountMinor: 1999, currency: 'EUR' })).toEqual([]);
    expect(issuesOf(moneySchema, { amountMinor: 19.99, currency: 'eur' })).toEqual([
      { path: 'amountMinor', message: 'amount must be a whole number of minor units (e.g. cents)' },
      { path: 'currency', message: 'currency must be an ISO 4217 code such as EUR' },
    ]);
  });

  it('accepts language tags with an optional region', () => {
    expect(issuesOf(languageSchema, 'en-GB')).toEqual([]);
    expect(issuesOf(languageSchema, 'english')).toEqual([
      { path: '', message: 'language must be a language tag such as "de" or "en-GB"' },
    ]);
  });

  it('accepts 24:00 as the end of a day but no later time', () => {
    expect(issuesOf(timeOfDaySchema, '24:00')).toEqual([]);
    expect(issuesOf(timeOfDaySchema, '24:01')).toEqual([
      { path: '', message: 'time must be HH:MM between 00:00 and 24:00' },
    ]);
  });

  it('requires UTC date-times', () => {
    expect(issuesOf(isoDateTimeSchema, '2024-05-01T08:30:00Z')).toEqual([]);
    expect(issuesOf(isoDateTimeSchema, '2024-05-01 08:30')).toEqual([
      { path: '', message: 'must be an ISO 8601 date-time in UTC, e.g. 2024-05-01T08:30:00Z' },
    ]);
  });
});
