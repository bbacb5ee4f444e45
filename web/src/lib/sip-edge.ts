import 'server-only';

/**
 * Where phones register (the SIP edge), for the credentials a new device is
 * shown with. Read at run time so one build serves any deployment:
 * CARILLON_SIP_REGISTRAR_HOST (default the embedded edge on 127.0.0.1),
 * CARILLON_SIP_PORT (UDP and TCP, default 5060, RFC 3261 §18.1) and
 * CARILLON_SIPS_PORT (TLS, default 5061, RFC 3261 §26.2).
 */
export interface SipEdge {
  readonly host: string;
  readonly port: number;
  readonly tlsPort: number;
}

function portOf(name: string, fallback: number): number {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) {
    throw new Error(`${name} must be a port number 1–65535, got ${value}`);
  }
  return port;
}

export function sipEdge(): SipEdge {
  return {
    host: process.env.CARILLON_SIP_REGISTRAR_HOST ?? '127.0.0.1',
    port: portOf('CARILLON_SIP_PORT', 5060),
    tlsPort: portOf('CARILLON_SIPS_PORT', 5061),
  };
}
