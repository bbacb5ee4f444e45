import { describe, expect, it } from 'vitest';
import { expiresAtFromNow, isExpired } from './ttl';

const now = new Date('2024-05-01T12:00:00.000Z');

describe('isExpired', () => {
  it('treats an item whose TTL instant has passed as gone, although DynamoDB may still hold it', () => {
    expect(isExpired({ expiresAt: expiresAtFromNow(-1, now) }, now)).toBe(true);
    expect(isExpired({ expiresAt: expiresAtFromNow(60, now) }, now)).toBe(false);
  });

  it('ignores items without a numeric TTL (an ISO expiry is a domain field, not the table TTL)', () => {
    expect(isExpired({}, now)).toBe(false);
    expect(isExpired({ expiresAt: '2020-01-01T00:00:00Z' }, now)).toBe(false);
  });
});
