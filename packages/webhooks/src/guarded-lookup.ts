import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { addressProblem, type UrlPolicy } from './url-policy';

/** A resolved address the policy refuses; the delivery attempt fails with this message. */
export class BlockedAddressError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BlockedAddressError';
  }
}

type Resolve = (hostname: string) => Promise<LookupAddress[]>;

const systemResolve: Resolve = (hostname) =>
  new Promise((resolvePromise, reject) => {
    dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses) => {
      if (error) reject(error);
      else resolvePromise(addresses);
    });
  });

/**
 * Resolves `hostname` and refuses it when ANY of its addresses is refused by
 * the policy (a name that mixes public and private addresses is refused:
 * the connection could land on either).
 */
export async function resolveAllowed(
  hostname: string,
  policy: UrlPolicy,
  resolve: Resolve = systemResolve,
): Promise<LookupAddress[]> {
  const addresses = await resolve(hostname);
  if (addresses.length === 0) throw new BlockedAddressError(`${hostname} has no address`);
  for (const { address } of addresses) {
    const problem = addressProblem(address, policy);
    if (problem !== undefined) throw new BlockedAddressError(`${hostname} resolves to ${problem}`);
  }
  return addresses;
}

/**
 * A `lookup` for `http.request`/`https.request`: the socket connects only
 * to an address this check has just approved, which closes the gap between
 * checking a name and connecting to it (DNS rebinding).
 */
export function guardedLookup(policy: UrlPolicy, resolve: Resolve = systemResolve): LookupFunction {
  return (hostname, options, callback) => {
    resolveAllowed(hostname, policy, resolve).then(
      (addresses) => {
        const wanted =
          options.family === 4 || options.family === 6
            ? addresses.filter((entry) => entry.family === options.family)
            : addresses;
        if (options.all) {
          (callback as unknown as (error: null, addresses: LookupAddress[]) => void)(null, wanted);
          return;
        }
        const first = wanted[0];
        if (first === undefined)
          callback(new BlockedAddressError(`${hostname} has no usable address`), '', 0);
        else callback(null, first.address, first.family);
      },
      (error: unknown) => callback(error as NodeJS.ErrnoException, '', 0),
    );
  };
}
