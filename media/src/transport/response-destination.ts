import type { Destination, Via } from '@carillon/sip';

/**
 * Where a server transaction sends its responses (RFC 3261 §18.2.2, RFC 3581 §4):
 * - stream transports: over the connection the request came on (the connection id); should it be
 *   gone, a new connection to `received` and the sent-by port (default 5060/5061);
 * - unreliable transports with `rport`: to the source address and port, exactly (RFC 3581 §4);
 * - otherwise: to `received` (the source address) and the sent-by port, default 5060.
 * `maddr` (§18.2.2 bullet 2) is not honoured: multicast responses are not something an edge does,
 * and it would let a request steer responses at a third party.
 */
export function responseDestination(topVia: Via | undefined, source: Destination): Destination {
  if (source.connectionId !== undefined || topVia === undefined) return source;
  if (topVia.params.has('rport')) return source;
  const defaultPort = topVia.transport === 'TLS' ? 5061 : 5060;
  return { transport: source.transport, host: source.host, port: topVia.port ?? defaultPort };
}
