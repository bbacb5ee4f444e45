import type { LookupAddress } from 'node:dns';
import { describe, expect, it } from 'vitest';
import { BlockedAddressError, guardedLookup, resolveAllowed } from './guarded-lookup';
import { PRODUCTION_URL_POLICY } from './url-policy';

const resolver = (table: Record<string, LookupAddress[]>) => async (host: string) => table[host] ?? [];
const dns = resolver({
  'public.example': [{ address: '93.184.215.14', family: 4 }],
  'rebound.example': [{ address: '10.0.0.7', family: 4 }],
  'mixed.example': [
    { address: '93.184.215.14', family: 4 },
    { address: '169.254.169.254', family: 4 },
  ],
});

describe('resolving endpoint hosts', () => {
  it('returns the addresses of a public name', async () => {
    await expect(resolveAllowed('public.example', PRODUCTION_URL_POLICY, dns)).resolves.toHaveLength(1);
  });

  it('refuses a name that resolves to a private address, or to any private among public ones', async () => {
    await expect(resolveAllowed('rebound.example', PRODUCTION_URL_POLICY, dns)).rejects.toThrow(
      BlockedAddressError,
    );
    await expect(resolveAllowed('mixed.example', PRODUCTION_URL_POLICY, dns)).rejects.toThrow(
      /169\.254\.169\.254/,
    );
    await expect(resolveAllowed('nowhere.example', PRODUCTION_URL_POLICY, dns)).rejects.toThrow(/no address/);
  });

  it('gives the socket only approved addresses (the connect-time check)', async () => {
    const lookup = guardedLookup(PRODUCTION_URL_POLICY, dns);
    const single = await new Promise<[Error | null, string]>((done) =>
      lookup('public.example', {}, (error, address) => done([error, address as string])),
    );
    expect(single).toEqual([null, '93.184.215.14']);
    const refused = await new Promise<Error | null>((done) =>
      lookup('rebound.example', { all: true }, (error) => done(error)),
    );
    expect(refused).toBeInstanceOf(BlockedAddressError);
  });
});
