export { FrameClock, type FrameClockOptions } from './frame-clock';
export { FRAME_SAMPLES, type FrameSource, SamplesSource, type ToneName, ToneSource } from './frame-source';
export type { GatherOptions, GatherResult } from './gather';
export { MediaEngine, type MediaEngineOptions, type PlayOptions, type PlaySource } from './media-engine';
export { MediaEngineError, type MediaEngineErrorCode } from './media-engine-error';
export type { PlayOutcome } from './playback';
export { DEFAULT_PROMPT_DIRECTORY, PromptLibrary, promptName } from './prompt-library';
export type { RecordingResult, RecordingStore, RecordOptions } from './recorder';
export { Recording } from './recorder';
