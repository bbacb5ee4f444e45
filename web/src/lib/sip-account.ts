/**
 * A new device's SIP account as one URI for the QR code. Softphone apps have
 * no common provisioning format, so it carries what every app asks for: user
 * and password in the userinfo (RFC 3261 §19.1.1 — deprecated for sending
 * requests, used here only to hand the account over) and the outbound proxy
 * as a parameter. Each part is percent-encoded, so a `:`/`@` in a generated
 * password cannot shift the parts.
 */
export interface SipAccount {
  readonly sipUsername: string;
  readonly sipPassword: string;
  readonly sipDomain: string;
}

export interface SipEdgeInfo {
  readonly host: string;
  readonly port: number;
  readonly tlsPort: number;
}

export function accountUri(account: SipAccount, edge: SipEdgeInfo): string {
  const user = encodeURIComponent(account.sipUsername);
  const password = encodeURIComponent(account.sipPassword);
  return `sip:${user}:${password}@${account.sipDomain};proxy=${edge.host}:${edge.port}`;
}
