export {
  type Codec,
  G722,
  OPUS,
  offeredFormats,
  type PayloadFormat,
  PCMA,
  PCMU,
  sameCodec,
  TELEPHONE_EVENT_8000,
  TELEPHONE_EVENT_48000,
} from './codecs';
export {
  answerDirection,
  detectHold,
  type HoldState,
  holdDirection,
  type MediaDirection,
  mediaDirection,
  type StreamDirection,
} from './direction';
export {
  type Answer,
  type AnswerOptions,
  type MediaCapabilities,
  type NegotiatedStream,
  negotiateAnswer,
  type StreamRejection,
} from './negotiate';
export { createOffer, type OfferInput, type OfferStream } from './offer';
export { type Connection, connectionFor, createOrigin, LocalSessionDescription, type Origin } from './origin';
export {
  type AnchorOptions,
  anchorMedia,
  answerSetup,
  type DtlsParameters,
  type IceParameters,
  type RelayEndpoint,
} from './rewrite';
export { SdpError } from './sdp-error';
export {
  type MediaDescription,
  parseSdp,
  payloadTypes,
  type SessionDescription,
  serializeSdp,
} from './session-description';
