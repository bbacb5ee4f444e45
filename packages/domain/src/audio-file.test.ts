import { describe, expect, it } from 'vitest';
import {
  AUDIO_MAX_BYTES,
  type AudioFile,
  audioContentType,
  audioFileS3Key,
  createAudioFileApiInputSchema,
  toAudioFileOutput,
} from './audio-file';

const valid = { name: 'Welcome', purpose: 'prompt', contentType: 'audio/wav', sizeBytes: 1024 };

function fieldsOf(input: unknown): string[] {
  const result = createAudioFileApiInputSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('the API create input of an audio file', () => {
  it('takes audio/wav and audio/mpeg up to 20 MiB', () => {
    expect(fieldsOf(valid)).toEqual([]);
    expect(fieldsOf({ ...valid, contentType: 'audio/mpeg', sizeBytes: AUDIO_MAX_BYTES })).toEqual([]);
  });

  it('names the field for another type, an empty or too large file, and a hold-music class off moh', () => {
    expect(fieldsOf({ ...valid, contentType: 'audio/ogg' })).toEqual(['contentType']);
    expect(fieldsOf({ ...valid, sizeBytes: 0 })).toEqual(['sizeBytes']);
    expect(fieldsOf({ ...valid, sizeBytes: AUDIO_MAX_BYTES + 1 })).toEqual(['sizeBytes']);
    expect(fieldsOf({ ...valid, mohClass: 'default' })).toEqual(['mohClass']);
    expect(fieldsOf({ ...valid, purpose: 'moh', mohClass: 'default' })).toEqual([]);
    expect(fieldsOf({ ...valid, s3Key: 't/x/audio/y.wav' })).toEqual(['']);
  });
});

describe('toAudioFileOutput', () => {
  it('leaves out the object key and gives the media type of the stored format', () => {
    const tenantId = 'tnt_0123456789abcdefghjkmnpqrs';
    const id = 'aud_0123456789abcdefghjkmnpqrs';
    const file: AudioFile = {
      id,
      tenantId,
      name: 'Jingle',
      purpose: 'moh',
      mohClass: null,
      format: 'mp3',
      sizeBytes: 10,
      s3Key: audioFileS3Key(tenantId, id, 'mp3'),
      durationMs: null,
      version: 1,
      createdAt: '2026-11-25T10:00:00.000Z',
      updatedAt: '2026-11-25T10:00:00.000Z',
    };
    const output = toAudioFileOutput(file);
    expect(output).not.toHaveProperty('s3Key');
    expect(output.contentType).toBe('audio/mpeg');
    expect(audioContentType('wav')).toBe('audio/wav');
    expect(audioContentType('ogg')).toBe('application/octet-stream');
  });
});
