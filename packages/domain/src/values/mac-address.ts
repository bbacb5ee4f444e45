import { z } from 'zod';

/**
 * MAC addresses are stored as 12 lower-case hex digits without separators
 * (`0001e3a1b2c3`): the form provisioning file names use, and a single form for
 * the uniqueness check.
 */
export function normaliseMacAddress(input: string): string | undefined {
  const trimmed = input.trim().toLowerCase();
  // Accept the usual writings: 00:01:e3:a1:b2:c3, 00-01-E3-A1-B2-C3, 0001.e3a1.b2c3, 0001e3a1b2c3.
  const separated =
    /^([0-9a-f]{2})([:-])([0-9a-f]{2})\2([0-9a-f]{2})\2([0-9a-f]{2})\2([0-9a-f]{2})\2([0-9a-f]{2})$/;
  const dotted = /^([0-9a-f]{4})\.([0-9a-f]{4})\.([0-9a-f]{4})$/;
  let hex: string | undefined;
  const separatedMatch = separated.exec(trimmed);
  if (separatedMatch) hex = [1, 3, 4, 5, 6, 7].map((index) => separatedMatch[index]).join('');
  else if (dotted.test(trimmed)) hex = trimmed.replaceAll('.', '');
  else if (/^[0-9a-f]{12}$/.test(trimmed)) hex = trimmed;
  return hex;
}

/** IEEE 802: the least significant bit of the first octet marks a group (multicast) address. */
export function isMulticastMac(hex: string): boolean {
  return (Number.parseInt(hex.slice(0, 2), 16) & 1) === 1;
}

/** Colon-separated upper-case form for display (`00:01:E3:A1:B2:C3`). */
export function formatMacAddress(hex: string): string {
  return hex.toUpperCase().match(/../g)?.join(':') ?? hex;
}

export const macAddressSchema = z
  .string({ error: 'MAC address must be a string' })
  .transform((value, context) => {
    const hex = normaliseMacAddress(value);
    if (hex === undefined) {
      context.addIssue({
        code: 'custom',
        message: 'MAC address must be 12 hex digits, e.g. 00:01:E3:A1:B2:C3',
      });
      return z.NEVER;
    }
    if (hex === '000000000000' || isMulticastMac(hex)) {
      context.addIssue({ code: 'custom', message: 'MAC address must be a unicast device address' });
      return z.NEVER;
    }
    return hex;
  });

export type MacAddress = z.output<typeof macAddressSchema>;
