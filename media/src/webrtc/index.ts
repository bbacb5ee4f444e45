export { carveWebRtcPorts, type MediaPortPlan, type PortRange } from './port-range';
export { OutboundRtpRewriter, toPlainRtp } from './rtp-rewriter';
export { WebRtcError, type WebRtcErrorCode } from './webrtc-error';
export { WebRtcGateway, type WebRtcGatewayOptions } from './webrtc-gateway';
export * from './webrtc-sdp';
