/**
 * @carillon/softphone — the browser softphone the portal embeds: JsSIP over WSS to the edge, WebRTC
 * media terminated there (ICE-lite, DTLS-SRTP, G.711). `Softphone` drives one line (dial, answer,
 * reject, hang up, hold, mute, RFC 4733 DTMF, blind transfer, attended transfer with a consultation
 * call and REFER with Replaces); `toDialUri`/`dtmfTones` are the pure
 * input rules.
 */
export { DialTargetError, dtmfTones, MAX_DIAL_LENGTH, toDialUri } from './dial-target';
export {
  type CallState,
  type ConsultState,
  Softphone,
  type SoftphoneConfig,
  type SoftphoneEvents,
  type TransferOutcome,
} from './softphone';
