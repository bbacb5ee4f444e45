import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readWav, resample } from '@carillon/rtp';
import { MediaEngineError } from './media-engine-error';

/** `media/prompts/`, where `scripts/generate-prompts.sh` writes the system prompts. */
export const DEFAULT_PROMPT_DIRECTORY = fileURLToPath(new URL('../../prompts/', import.meta.url));

/** The prefix the control plane uses for system prompts (`system/prompts/<name>.wav`). */
const SYSTEM_PREFIX = 'system/prompts/';
const NAME = /^[a-z0-9][a-z0-9-]{0,63}$/;

/**
 * `system/prompts/goodbye.wav`, `goodbye.wav` and `goodbye` all name `goodbye`; anything else
 * (a tenant's own prompt, a path) is not a system prompt. Names are checked against a strict pattern
 * before they touch the file system, so a key can never climb out of the directory.
 */
export function promptName(key: string): string | undefined {
  const bare = key.startsWith(SYSTEM_PREFIX) ? key.slice(SYSTEM_PREFIX.length) : key;
  const name = bare.endsWith('.wav') ? bare.slice(0, -4) : bare;
  return NAME.test(name) ? name : undefined;
}

/**
 * The system prompts: 8 kHz mono WAVs from a directory, by key, decoded to linear PCM once and kept.
 * A prompt at another rate is resampled to 8 kHz on load. A missing key is a PROMPT_NOT_FOUND
 * error naming the key and the directory (the media engine then plays a fallback tone).
 */
export class PromptLibrary {
  readonly directory: string;
  readonly #cache = new Map<string, Promise<Int16Array>>();

  constructor(directory: string = DEFAULT_PROMPT_DIRECTORY) {
    this.directory = directory;
  }

  /** 8 kHz linear PCM of the prompt. */
  get(key: string): Promise<Int16Array> {
    const name = promptName(key);
    if (name === undefined) {
      return Promise.reject(
        new MediaEngineError(
          'PROMPT_NOT_FOUND',
          `"${key}" is not a system prompt key (system/prompts/<name>.wav)`,
        ),
      );
    }
    let loaded = this.#cache.get(name);
    if (loaded === undefined) {
      loaded = this.#load(key, name);
      this.#cache.set(name, loaded);
      // a failed load is not cached: the file may be added (or fixed) later
      loaded.catch(() => this.#cache.delete(name));
    }
    return loaded;
  }

  /** Names of the prompts present. */
  async keys(): Promise<string[]> {
    const files = await readdir(this.directory).catch(() => []);
    return files
      .filter((f) => f.endsWith('.wav'))
      .map((f) => f.slice(0, -4))
      .sort();
  }

  async #load(key: string, name: string): Promise<Int16Array> {
    const path = join(this.directory, `${name}.wav`);
    let file: Buffer;
    try {
      file = await readFile(path);
    } catch (cause) {
      throw new MediaEngineError('PROMPT_NOT_FOUND', `prompt "${key}" not found (no ${path})`, { cause });
    }
    try {
      const wav = readWav(file);
      return wav.sampleRate === 8000 ? wav.samples : resample(wav.samples, wav.sampleRate, 8000);
    } catch (cause) {
      throw new MediaEngineError('BAD_PROMPT', `prompt "${key}" (${path}) is not a playable WAV`, { cause });
    }
  }
}
