import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SERVICE_UNAVAILABLE_PROMPT_KEY } from '@carillon/call-control';
import { readWav, signalLevelDbfs } from '@carillon/rtp';
import { describe, expect, test } from 'vitest';
import { MediaEngineError } from './media-engine-error';
import { DEFAULT_PROMPT_DIRECTORY, PromptLibrary, promptName } from './prompt-library';

/*
 * Every prompt key the control plane sends (call-control fallback, routing treatments) must be a
 * committed, valid 8 kHz WAV with audible speech. The routing keys are listed here rather than
 * imported because the edge does not depend on @carillon/routing; a new key there needs a line here
 * and a line in scripts/generate-prompts.sh.
 */
const CONTROL_PLANE_KEYS = [
  SERVICE_UNAVAILABLE_PROMPT_KEY,
  'system/prompts/callee-unavailable.wav', // routing PROMPT_KEYS.calleeUnavailable
  'system/prompts/number-unknown.wav', // routing PROMPT_KEYS.numberUnknown
  'system/prompts/goodbye.wav',
  'system/prompts/callee-busy.wav',
];

describe('system prompts', () => {
  test.each(CONTROL_PLANE_KEYS)('%s is an 8 kHz mono 16-bit WAV with speech in it', async (key) => {
    const name = promptName(key);
    expect(name).toBeDefined();
    const wav = readWav(await readFile(join(DEFAULT_PROMPT_DIRECTORY, `${name}.wav`)));
    expect(wav.sampleRate).toBe(8000);
    expect(wav.encoding).toBe('pcm16');
    const seconds = wav.samples.length / 8000;
    expect(seconds).toBeGreaterThan(0.5);
    expect(seconds).toBeLessThan(10);
    // speech normalised near full scale: its RMS level is far above silence (−∞) and noise (< −60)
    expect(signalLevelDbfs(wav.samples)).toBeGreaterThan(-30);
  });
});

describe('PromptLibrary', () => {
  test('the control-plane key, the file name and the bare name load the same prompt', async () => {
    const library = new PromptLibrary();
    const a = await library.get('system/prompts/goodbye.wav');
    expect(await library.get('goodbye.wav')).toBe(a);
    expect(await library.get('goodbye')).toBe(a);
  });

  test('a missing prompt is a PROMPT_NOT_FOUND error naming the key and the directory', async () => {
    const error = await new PromptLibrary().get('system/prompts/no-such-prompt.wav').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MediaEngineError);
    expect((error as MediaEngineError).code).toBe('PROMPT_NOT_FOUND');
    expect((error as Error).message).toContain('no-such-prompt');
    expect((error as Error).message).toContain(DEFAULT_PROMPT_DIRECTORY);
  });

  test('keys that could leave the directory or name a tenant prompt are refused before any file access', async () => {
    expect(promptName('system/prompts/../../etc/passwd')).toBeUndefined();
    expect(promptName('tnt/welcome.wav')).toBeUndefined();
    const error = await new PromptLibrary().get('../config').catch((e: unknown) => e);
    expect((error as MediaEngineError).code).toBe('PROMPT_NOT_FOUND');
  });

  test('keys() lists the committed prompts', async () => {
    expect(await new PromptLibrary().keys()).toEqual(
      expect.arrayContaining(['callee-unavailable', 'goodbye', 'number-unknown', 'service-unavailable']),
    );
  });
});
