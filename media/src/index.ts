/**
 * @carillon/media — the SIP edge: transports, SIP stack, registrar and location service, security.
 * Feature modules (B2BUA, RTP relay, media engine) build on `startEdge()`'s `Edge`.
 */
export * from './config';
export * from './edge';
export * from './real-clock';
export * from './registrar/control-plane-credential-source';
export * from './registrar/credential-cache';
export type { CredentialSource, SipCredential } from './registrar/credential-source';
export * from './registrar/location-service';
export * from './registrar/register-request';
export * from './registrar/request-authenticator';
export * from './registrar/store-credential-source';
export * from './security/auth-failure-ban';
export * from './security/call-limits';
export * from './security/rate-limiter';
export * from './sip-stack';
export type { Connection } from './transport/connection-table';
export * from './transport/flow';
export type { Transport, TransportSink } from './transport/transport';
export { TransportError } from './transport/transport';
