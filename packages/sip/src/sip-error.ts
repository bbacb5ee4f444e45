/**
 * The base of every error this package throws, one subclass per layer
 * (parse, digest auth, SDP, transaction, dialog), so a caller can catch
 * "anything the SIP library rejected" with one `instanceof SipError` and
 * still tell the layers apart.
 */
export class SipError extends Error {}
