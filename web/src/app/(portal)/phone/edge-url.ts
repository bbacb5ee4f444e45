import 'server-only';

/**
 * The edge's SIP-over-WebSocket URL the browser softphone connects to (RFC 7118), read at run time
 * so one build serves any deployment: CARILLON_EDGE_WSS_URL, else the embedded default's WSS
 * listener on loopback (`wss://127.0.0.1:8089`, its self-signed certificate is issued for
 * 127.0.0.1). Only wss: is accepted — a portal page is a secure context and browsers refuse ws: from
 * it; the SIP password also must not cross the network in the clear.
 */
export const DEFAULT_EDGE_WSS_URL = 'wss://127.0.0.1:8089';

export function edgeWebSocketUrl(): string {
  const value = process.env.CARILLON_EDGE_WSS_URL ?? DEFAULT_EDGE_WSS_URL;
  const url = new URL(value);
  if (url.protocol !== 'wss:') {
    throw new Error(`CARILLON_EDGE_WSS_URL must be a wss: URL, got ${value}`);
  }
  return url.toString().replace(/\/$/, '');
}
