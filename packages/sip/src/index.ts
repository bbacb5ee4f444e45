/**
 * @carillon/sip — a pure SIP library (no I/O, no timers, no globals).
 *
 * message/ (RFC 3261 §7, §19, §20, §25; RFC 3966):
 *   - model: `SipRequest` | `SipResponse` (discriminated by `kind`), `SipHeaders` (ordered, case- and
 *     compact-form-insensitive), bodies as `Buffer`.
 *   - parsing: `parseMessage(buf)` for datagrams, `StreamFramer` for stream transports (Content-Length
 *     framing, RFC 5626 CRLF keep-alives); failures throw `SipParseError` with a 400 reason phrase.
 *   - typed accessors, parsed on demand and cached: `getVia`, `getTopVia`, `getFrom`, `getTo`,
 *     `getCallId`, `getCSeq`, `getContact`, `getRoutes`, `getRecordRoutes`, `getMaxForwards`, …
 *   - building: `createRequest`, `createResponse` (§8.2.6), `setBody`, `serialize(msg): Buffer`,
 *     `format*` helpers for header values.
 *   - `validateRequest(req)`: application-layer checks (§8.2, RFC 4475 §3.3) → status + reason.
 */
export * from './auth';
export * from './dialog';
export * from './message';
export * from './sdp';
export * from './sip-error';
export * from './transaction';
