/**
 * @carillon/rtp — pure media logic for the edge and the tests (no I/O, no timers, no globals).
 *
 * - RTP (RFC 3550 §5.1): `parseRtpPacket`, `serializeRtpPacket`, `isRtcpPacket` (RFC 5761 demux).
 * - RTCP (RFC 3550 §6): `parseRtcpCompound` (SR, RR, SDES, BYE, APP; others kept raw for relay),
 *   `buildReceiverReport`, `buildSenderReport`, `buildSdesCname`, `buildBye`, NTP helpers.
 * - Receive statistics (RFC 3550 App. A.1/A.3/A.8): `RtpReceiveStats` — loss, fraction lost,
 *   jitter (timestamp units and ms), duplicates, reordering, bytes; `reportBlock()` for RTCP.
 * - G.711: `encodeG711`/`decodeG711`/`transcodeG711`, per-sample `linearToMulaw` & co., silence codes,
 *   `dbm0ToDbfs`.
 * - RFC 4733: `parseTelephoneEvent`/`serializeTelephoneEvent`, `TelephoneEventReceiver` (one start and
 *   one end per key press), `planTelephoneEvent` (the sender's packet schedule).
 * - Tones: `generateTone`/`generateSine`/`renderTone`/`renderCadencedTone`, `CALL_PROGRESS_TONES`
 *   (E.180 Supp. 2: DE, NL, GB, US, FR) with `renderCallProgressTone`, DTMF (`generateDtmf`,
 *   `DtmfDetector`, `detectDtmfDigits` after Q.23/Q.24), Goertzel (`goertzelPowers`,
 *   `measureToneLevel`), `detectTone` (dominant frequency and level in dBFS, or null).
 * - WAV: `readWav`/`writeWav` (mono PCM16, μ-law tag 7, A-law tag 6); `resample` (any ratio).
 * - `RtpPacketizer` (20 ms frames, random initial seq/ts from an injected source, RFC 4733 events);
 *   `mixConference` (N−1 mix with clipping).
 * - Errors: everything malformed or out of range throws `RtpError` with a `code`.
 */
export { RtpError, type RtpErrorCode } from './errors';
export * from './g711';
export * from './mixer';
export * from './packetizer';
export * from './receive-stats';
export * from './resample';
export * from './rtcp';
export * from './rtp-packet';
export * from './telephone-event';
export * from './tones/call-progress';
export * from './tones/dtmf';
export * from './tones/generator';
export * from './tones/goertzel';
export * from './wav';
