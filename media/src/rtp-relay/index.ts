export type { LegMediaStatistics } from './leg-statistics';
export type { DtmfEvent, LegCodec, LocalMediaAddress, RemoteRtcp } from './leg-types';
export { PortAllocator } from './port-allocator';
export { type AudioListener, type DtmfListener, RelayLeg } from './relay-leg';
export { RelaySession } from './relay-session';
export { RTP_RELAY_DEFAULTS, RtpRelay, type RtpRelayOptions } from './rtp-relay';
export { RtpRelayError, type RtpRelayErrorCode } from './rtp-relay-error';
export {
  type LatchOptions,
  type LatchSourcePolicy,
  SymmetricLatch,
  type TransportAddress,
} from './symmetric-latch';
