/**
 * @carillon/rtp — pure media logic for the edge and the tests (no I/O, no timers, no globals).
 */
export * from './errors';
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
