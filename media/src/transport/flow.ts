import type { Destination } from '@carillon/sip';

/** Transports as written in Via (RFC 3261 §20.42; RFC 7118 §5.2 adds WS and WSS). */
export const TRANSPORT_NAMES = ['UDP', 'TCP', 'TLS', 'WS', 'WSS'] as const;
export type TransportName = (typeof TRANSPORT_NAMES)[number];

export function isTransportName(value: string): value is TransportName {
  return (TRANSPORT_NAMES as readonly string[]).includes(value);
}

/** Stream transports keep a connection per flow; responses and later requests reuse it (§18.2.2). */
export function isStreamTransport(transport: string): boolean {
  return transport !== 'UDP';
}

/**
 * A flow (RFC 5626 §3.1 spirit): transport plus the remote address and port as seen by this edge,
 * i.e. after any NAT. For stream transports it names the connection, so it is also the connection id.
 */
export function flowKey(transport: string, address: string, port: number): string {
  return `${transport}:${formatHostPort(address, port)}`;
}

/** `ip:port`, with IPv6 references in brackets (RFC 3261 §25.1 IPv6reference). */
export function formatHostPort(address: string, port: number): string {
  return address.includes(':') ? `[${address}]:${port}` : `${address}:${port}`;
}

/** Inverse of `formatHostPort`. */
export function parseHostPort(text: string): { address: string; port: number } | undefined {
  const m = /^\[([^\]]+)\]:([0-9]{1,5})$/.exec(text) ?? /^([^:]+):([0-9]{1,5})$/.exec(text);
  if (!m?.[1] || !m[2]) return undefined;
  const port = Number(m[2]);
  return port > 0 && port < 65_536 ? { address: m[1], port } : undefined;
}

/** Node reports IPv4 peers of a dual-stack socket as IPv4-mapped IPv6; SIP wants the plain form. */
export function normalizeAddress(address: string | undefined): string {
  if (address === undefined) return '';
  return address.startsWith('::ffff:') && address.includes('.') ? address.slice(7) : address;
}

/** Where a message came from: the flow, as a transaction-layer destination. */
export function sourceOf(transport: TransportName, address: string, port: number): Destination {
  const host = normalizeAddress(address);
  return isStreamTransport(transport)
    ? { transport, host, port, connectionId: flowKey(transport, host, port) }
    : { transport, host, port };
}
