import { describe, expect, it } from 'vitest';
import { issuesOf } from '../test-support';
import { formatMacAddress, macAddressSchema, normaliseMacAddress } from './mac-address';

describe('MAC addresses', () => {
  it.each([
    ['colons', '00:01:E3:A1:B2:C3'],
    ['dashes', '00-01-e3-a1-b2-c3'],
    ['Cisco dots', '0001.E3A1.B2C3'],
    ['bare hex', '0001E3A1B2C3'],
    ['surrounding spaces', '  00:01:e3:a1:b2:c3 '],
  ])('normalises %s to 12 lower-case hex digits', (_writing, input) => {
    expect(macAddressSchema.parse(input)).toBe('0001e3a1b2c3');
  });

  it('rejects mixed separators and wrong lengths', () => {
    expect(normaliseMacAddress('00:01-e3:a1:b2:c3')).toBeUndefined();
    expect(normaliseMacAddress('00:01:e3:a1:b2')).toBeUndefined();
    expect(issuesOf(macAddressSchema, '00:01:e3:a1:b2:g3')).toEqual([
      { path: '', message: 'MAC address must be 12 hex digits, e.g. 00:01:E3:A1:B2:C3' },
    ]);
  });

  it('rejects multicast and all-zero addresses, which no phone has', () => {
    const message = [{ path: '', message: 'MAC address must be a unicast device address' }];
    expect(issuesOf(macAddressSchema, '01:00:5e:00:00:01')).toEqual(message);
    expect(issuesOf(macAddressSchema, 'ff:ff:ff:ff:ff:ff')).toEqual(message);
    expect(issuesOf(macAddressSchema, '00:00:00:00:00:00')).toEqual(message);
  });

  it('formats the stored form for display', () => {
    expect(formatMacAddress('0001e3a1b2c3')).toBe('00:01:E3:A1:B2:C3');
  });
});
