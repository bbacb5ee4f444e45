import { BlockList, isIP } from 'node:net';

/**
 * SSRF guard: which endpoint URLs and addresses a webhook may reach.
 *
 * Production (`allowLoopbackHttp: false`): `https:` only, and the host must
 * not be, or resolve to, an address that is not globally routable —
 * loopback, private (RFC 1918, IPv6 unique-local RFC 4193), link-local
 * (RFC 3927, with the cloud metadata address 169.254.169.254; fe80::/10),
 * carrier-grade NAT (RFC 6598), "this network", documentation, benchmarking,
 * multicast and reserved ranges (RFC 6890 special-purpose registries).
 * IPv4-mapped and NAT64 IPv6 addresses are judged by their IPv4 address.
 * The check runs when an endpoint is saved (literal addresses; host names
 * are resolved too) AND on every delivery, on the very address the
 * connection is made to (`lookup` hook), so DNS rebinding cannot slip past.
 *
 * Embedded default and tests (`allowLoopbackHttp: true`): additionally
 * `http://127.0.0.1…` (and other 127.0.0.0/8 literals) — the one way to run
 * a receiver on the same machine. Private ranges stay refused there too.
 */
export interface UrlPolicy {
  readonly allowLoopbackHttp: boolean;
}

export const PRODUCTION_URL_POLICY: UrlPolicy = { allowLoopbackHttp: false };

const blocked = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this network" (RFC 791)
  ['10.0.0.0', 8], // private (RFC 1918)
  ['100.64.0.0', 10], // carrier-grade NAT (RFC 6598)
  ['127.0.0.0', 8], // loopback (RFC 1122)
  ['169.254.0.0', 16], // link-local (RFC 3927), incl. instance metadata
  ['172.16.0.0', 12], // private (RFC 1918)
  ['192.0.0.0', 24], // IETF protocol assignments (RFC 6890)
  ['192.0.2.0', 24], // TEST-NET-1 (RFC 5737)
  ['192.88.99.0', 24], // 6to4 relay anycast (RFC 7526)
  ['192.168.0.0', 16], // private (RFC 1918)
  ['198.18.0.0', 15], // benchmarking (RFC 2544)
  ['198.51.100.0', 24], // TEST-NET-2 (RFC 5737)
  ['203.0.113.0', 24], // TEST-NET-3 (RFC 5737)
  ['224.0.0.0', 4], // multicast (RFC 5771)
  ['240.0.0.0', 4], // reserved, incl. broadcast (RFC 1112)
] as const) {
  blocked.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['100::', 64], // discard-only (RFC 6666)
  ['2001::', 23], // IETF protocol assignments (RFC 2928)
  ['2001:db8::', 32], // documentation (RFC 3849)
  ['fc00::', 7], // unique-local (RFC 4193)
  ['fe80::', 10], // link-local (RFC 4291)
  ['fec0::', 10], // site-local, deprecated (RFC 3879)
  ['ff00::', 8], // multicast (RFC 4291)
] as const) {
  blocked.addSubnet(network, prefix, 'ipv6');
}

const loopbackV4 = new BlockList();
loopbackV4.addSubnet('127.0.0.0', 8, 'ipv4');

/** The IPv4 address inside an IPv4-mapped (::ffff:0:0/96) or NAT64 (64:ff9b::/96) IPv6 address. */
function embeddedIpv4(address: string): string | undefined {
  const lower = address.toLowerCase();
  const dotted = /^(?:::ffff:|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (dotted?.[1] !== undefined) return dotted[1];
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (hex?.[1] === undefined || hex[2] === undefined) return undefined;
  const high = Number.parseInt(hex[1], 16);
  const low = Number.parseInt(hex[2], 16);
  return `${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`;
}

/** Why an address may not be reached, or undefined when it may. */
export function addressProblem(address: string, policy: UrlPolicy): string | undefined {
  const family = isIP(address);
  if (family === 0) return `${address} is not an IP address`;
  const v4 = family === 4 ? address : embeddedIpv4(address);
  if (v4 !== undefined) {
    if (policy.allowLoopbackHttp && loopbackV4.check(v4, 'ipv4')) return undefined;
    return blocked.check(v4, 'ipv4') ? `${address} is not a public address` : undefined;
  }
  return blocked.check(address, 'ipv6') ? `${address} is not a public address` : undefined;
}

/** The URL's host without IPv6 brackets. */
export function urlHost(url: URL): string {
  return url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
}

/**
 * Problems with an endpoint URL under the policy, judged without DNS: the
 * scheme, and the address when the host is a literal one (the URL parser has
 * already turned `http://2130706433/` and `0x7f.1` into 127.0.0.1). Host
 * names are resolved separately (`resolveAllowed`).
 */
export function urlProblems(raw: string, policy: UrlPolicy): string[] {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return ['url must be an absolute URL'];
  }
  const host = urlHost(url);
  const literal = isIP(host) !== 0;
  const problems: string[] = [];
  if (url.protocol === 'http:') {
    const allowed =
      policy.allowLoopbackHttp && literal && loopbackV4.check(embeddedIpv4(host) ?? host, 'ipv4');
    if (!allowed) {
      problems.push(
        policy.allowLoopbackHttp ? 'url must be https (http only to 127.0.0.1)' : 'url must be https',
      );
    }
  } else if (url.protocol !== 'https:') {
    problems.push('url must be https');
  }
  if (literal) {
    const problem = addressProblem(host, policy);
    if (problem !== undefined) problems.push(`url host ${problem}`);
  } else if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.internal')) {
    problems.push('url host must be a public host name');
  }
  return problems;
}
