import { describe, expect, it } from 'vitest';
import { readWav, writeWav } from './wav';

const hex = (s: string) => Buffer.from(s.replace(/\s+/g, ''), 'hex');
const ascii = (s: string) => Buffer.from(s, 'latin1').toString('hex');
const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b.toString('hex');
};

// 16-bit PCM, mono, 8000 Hz, samples [1, −1]: RIFF size 40, byte rate 16000, block align 2
const pcmWav = hex(
  `${ascii('RIFF')}28000000${ascii('WAVE')}${ascii('fmt ')}10000000 0100 0100 401f0000 803e0000 0200 1000 ${ascii('data')}04000000 0100 ffff`,
);

describe('writeWav', () => {
  it('writes the canonical 44-octet header for 16-bit PCM', () => {
    expect(writeWav({ encoding: 'pcm16', sampleRate: 8000, samples: Int16Array.from([1, -1]) })).toEqual(
      pcmWav,
    );
  });

  it('writes μ-law with format tag 7, an 18-octet fmt, a fact chunk and an even-padded data chunk', () => {
    const wav = writeWav({ encoding: 'pcmu', sampleRate: 8000, data: hex('ff0080') });
    expect(wav).toEqual(
      hex(
        `${ascii('RIFF')}36000000${ascii('WAVE')}${ascii('fmt ')}12000000 0700 0100 401f0000 401f0000 0100 0800 0000` +
          `${ascii('fact')}04000000 03000000 ${ascii('data')}03000000 ff0080 00`,
      ),
    );
  });

  it('encodes linear samples for an A-law file (tag 6)', () => {
    const wav = writeWav({ encoding: 'pcma', sampleRate: 8000, samples: Int16Array.from([0, 0]) });
    expect(wav.readUInt16LE(20)).toBe(6);
    expect([...readWav(wav).data]).toEqual([0xd5, 0xd5]);
  });
});

describe('readWav', () => {
  it('reads the hand-built PCM file', () => {
    const audio = readWav(pcmWav);
    expect(audio).toMatchObject({ encoding: 'pcm16', sampleRate: 8000, channels: 1 });
    expect([...audio.samples]).toEqual([1, -1]);
  });

  it.each([8000, 16000, 48000, 22050])('round-trips 16-bit PCM at %i Hz', (sampleRate) => {
    const samples = Int16Array.from({ length: 101 }, (_, i) => ((i * 997) % 65536) - 32768);
    const audio = readWav(writeWav({ encoding: 'pcm16', sampleRate, samples }));
    expect(audio.sampleRate).toBe(sampleRate);
    expect(audio.samples).toEqual(samples);
  });

  it('decodes μ-law and keeps the codes for packetising', () => {
    const audio = readWav(writeWav({ encoding: 'pcmu', sampleRate: 8000, data: hex('ff0080') }));
    expect(audio.encoding).toBe('pcmu');
    expect([...audio.samples]).toEqual([0, -32124, 32124]);
    expect(audio.data).toEqual(hex('ff0080'));
  });

  it('skips LIST and odd-sized chunks and reads a streamed data size to the end (espeak-ng --stdout)', () => {
    const file = hex(
      `${ascii('RIFF')}ffffffff${ascii('WAVE')}${ascii('fmt ')}10000000 0100 0100 22560000 44ac0000 0200 1000` +
        `${ascii('LIST')}03000000 616263 00` +
        `${ascii('data')}${u32(0x7ffff000)} 0200 fdff 0400`,
    );
    const audio = readWav(file);
    expect(audio.sampleRate).toBe(22050);
    expect([...audio.samples]).toEqual([2, -3, 4]);
  });

  it('reads WAVE_FORMAT_EXTENSIBLE by its sub-format', () => {
    const extensible = hex(
      `${ascii('RIFF')}00000000${ascii('WAVE')}${ascii('fmt ')}28000000 feff 0100 803e0000 007d0000 0200 1000` +
        `1600 1000 04000000 0100000000001000800000aa00389b71 ${ascii('data')}02000000 3412`,
    );
    const audio = readWav(extensible);
    expect(audio).toMatchObject({ encoding: 'pcm16', sampleRate: 16000 });
    expect([...audio.samples]).toEqual([0x1234]);
  });

  it.each([
    ['not RIFF', hex('0011223344556677'), 'BAD_WAV'],
    [
      'no data chunk',
      hex(
        `${ascii('RIFF')}00000000${ascii('WAVE')}${ascii('fmt ')}10000000 0100 0100 401f0000 803e0000 0200 1000`,
      ),
      'BAD_WAV',
    ],
    [
      'a truncated fmt chunk',
      hex(`${ascii('RIFF')}00000000${ascii('WAVE')}${ascii('fmt ')}10000000 0100`),
      'BAD_WAV',
    ],
    ['stereo', Buffer.from(pcmWav).fill(2, 22, 23), 'UNSUPPORTED_WAV'],
    ['32-bit float (tag 3)', Buffer.from(pcmWav).fill(3, 20, 21), 'UNSUPPORTED_WAV'],
    ['8-bit PCM', Buffer.from(pcmWav).fill(8, 34, 35), 'UNSUPPORTED_WAV'],
  ])('rejects %s', (_name, file, code) => {
    expect(() => readWav(file)).toThrow(expect.objectContaining({ name: 'RtpError', code }));
  });
});
