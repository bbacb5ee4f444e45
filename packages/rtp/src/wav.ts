import { RtpError } from './errors';
import { decodeG711, encodeG711 } from './g711';

/** `pcm16`: linear 16-bit; `pcmu`/`pcma`: G.711 μ-law / A-law, one octet per sample. */
export type WavEncoding = 'pcm16' | 'pcmu' | 'pcma';

/** RIFF WAVE format tags (Microsoft RIFF spec; RFC 2361 §4). */
const FORMAT_PCM = 0x0001;
const FORMAT_ALAW = 0x0006;
const FORMAT_MULAW = 0x0007;
const FORMAT_EXTENSIBLE = 0xfffe;

export interface WavAudio {
  readonly encoding: WavEncoding;
  readonly sampleRate: number;
  /** Always 1: the PBX records and plays mono. */
  readonly channels: 1;
  /** Linear samples (G.711 decoded). */
  readonly samples: Int16Array;
  /** The data chunk as stored (for G.711, the codes, ready to packetise without transcoding). */
  readonly data: Buffer;
}

function bad(message: string): never {
  throw new RtpError('BAD_WAV', message);
}

function unsupported(message: string): never {
  throw new RtpError('UNSUPPORTED_WAV', message);
}

/**
 * Reads a RIFF/WAVE file: mono 16-bit PCM, μ-law (tag 7) or A-law (tag 6), any sample rate, also in
 * WAVE_FORMAT_EXTENSIBLE form. Skips chunks it does not need (LIST, fact, …). A data chunk whose
 * size runs past the end — as written by tools streaming to a pipe, e.g. `espeak-ng --stdout` — is
 * read to the end of the buffer. Throws `BAD_WAV` for damaged files, `UNSUPPORTED_WAV` otherwise.
 */
export function readWav(file: Uint8Array): WavAudio {
  const buf = Buffer.from(file.buffer, file.byteOffset, file.length);
  if (
    buf.length < 12 ||
    buf.toString('latin1', 0, 4) !== 'RIFF' ||
    buf.toString('latin1', 8, 12) !== 'WAVE'
  ) {
    bad('not a RIFF/WAVE file');
  }
  let format: { tag: number; channels: number; sampleRate: number; bits: number } | undefined;
  let data: Buffer | undefined;
  let offset = 12;
  while (offset + 8 <= buf.length && !data) {
    const id = buf.toString('latin1', offset, offset + 4);
    const size = buf.readUInt32LE(offset + 4);
    const body = offset + 8;
    if (id === 'fmt ') {
      if (size < 16 || body + size > buf.length) bad('fmt chunk is truncated');
      let tag = buf.readUInt16LE(body);
      if (tag === FORMAT_EXTENSIBLE) {
        if (size < 40) bad('WAVE_FORMAT_EXTENSIBLE fmt chunk is truncated');
        tag = buf.readUInt16LE(body + 24); // first two octets of the sub-format GUID
      }
      format = {
        tag,
        channels: buf.readUInt16LE(body + 2),
        sampleRate: buf.readUInt32LE(body + 4),
        bits: buf.readUInt16LE(body + 14),
      };
    } else if (id === 'data') {
      if (!format) bad('data chunk before fmt chunk');
      data = buf.subarray(body, Math.min(buf.length, body + size));
    }
    offset = body + size + (size & 1); // chunks are padded to even length
  }
  if (!format) bad('no fmt chunk');
  if (!data) bad('no data chunk');
  if (format.channels !== 1) unsupported(`${format.channels} channels; only mono is supported`);
  if (format.sampleRate < 1000 || format.sampleRate > 192_000)
    unsupported(`sample rate ${format.sampleRate}`);

  if (format.tag === FORMAT_PCM && format.bits === 16) {
    const samples = new Int16Array(data.length >> 1);
    for (let i = 0; i < samples.length; i++) samples[i] = data.readInt16LE(i * 2);
    return { encoding: 'pcm16', sampleRate: format.sampleRate, channels: 1, samples, data };
  }
  if ((format.tag === FORMAT_MULAW || format.tag === FORMAT_ALAW) && format.bits === 8) {
    const law = format.tag === FORMAT_MULAW ? 'mulaw' : 'alaw';
    return {
      encoding: law === 'mulaw' ? 'pcmu' : 'pcma',
      sampleRate: format.sampleRate,
      channels: 1,
      samples: decodeG711(data, law),
      data,
    };
  }
  return unsupported(`format tag ${format.tag} with ${format.bits} bits per sample`);
}

export type WavInput =
  | { readonly encoding: WavEncoding; readonly sampleRate: number; readonly samples: Int16Array }
  | { readonly encoding: 'pcmu' | 'pcma'; readonly sampleRate: number; readonly data: Uint8Array };

/**
 * Writes a mono RIFF/WAVE file. 16-bit PCM gets the 16-octet fmt chunk; G.711 gets the 18-octet
 * fmt (cbSize 0) and the fact chunk that non-PCM formats require. Linear samples given for a G.711
 * encoding are encoded; G.711 codes given as `data` are written as they are.
 */
export function writeWav(input: WavInput): Buffer {
  const { encoding, sampleRate } = input;
  if (!Number.isInteger(sampleRate) || sampleRate < 1000 || sampleRate > 192_000) {
    throw new RtpError('INVALID_ARGUMENT', `sample rate ${sampleRate}`);
  }
  let data: Uint8Array;
  if ('data' in input) {
    data = input.data;
  } else if (encoding === 'pcm16') {
    const pcm = Buffer.allocUnsafe(input.samples.length * 2);
    for (let i = 0; i < input.samples.length; i++) pcm.writeInt16LE(input.samples[i]!, i * 2);
    data = pcm;
  } else {
    data = encodeG711(input.samples, encoding === 'pcmu' ? 'mulaw' : 'alaw');
  }
  const pcm = encoding === 'pcm16';
  const bytesPerSample = pcm ? 2 : 1;
  const fmtSize = pcm ? 16 : 18;
  const factSize = pcm ? 0 : 12;
  const pad = data.length & 1;
  const total = 12 + 8 + fmtSize + factSize + 8 + data.length + pad;
  const out = Buffer.alloc(total);
  out.write('RIFF', 0, 'latin1');
  out.writeUInt32LE(total - 8, 4);
  out.write('WAVE', 8, 'latin1');
  out.write('fmt ', 12, 'latin1');
  out.writeUInt32LE(fmtSize, 16);
  out.writeUInt16LE(pcm ? FORMAT_PCM : encoding === 'pcmu' ? FORMAT_MULAW : FORMAT_ALAW, 20);
  out.writeUInt16LE(1, 22);
  out.writeUInt32LE(sampleRate, 24);
  out.writeUInt32LE(sampleRate * bytesPerSample, 28);
  out.writeUInt16LE(bytesPerSample, 32);
  out.writeUInt16LE(bytesPerSample * 8, 34);
  let offset = 20 + fmtSize; // after a cbSize of 0 for G.711
  if (!pcm) {
    out.write('fact', offset, 'latin1');
    out.writeUInt32LE(4, offset + 4);
    out.writeUInt32LE(data.length, offset + 8);
    offset += 12;
  }
  out.write('data', offset, 'latin1');
  out.writeUInt32LE(data.length, offset + 4);
  out.set(data, offset + 8);
  return out;
}
