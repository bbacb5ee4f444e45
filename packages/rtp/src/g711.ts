/**
 * ITU-T G.711 μ-law and A-law, with the rounding of the ITU reference implementation (ITU-T G.191
 * STL `g711.c`): negative inputs are one's-complemented before quantising, so −1 encodes as the
 * negative zero code. Encoding uses a table over the 14-bit (μ-law) / 13-bit (A-law) input the law
 * actually sees; decoding uses a 256-entry table.
 */

/** RFC 3551 §6 static payload types. */
export const PAYLOAD_TYPE_PCMU = 0;
export const PAYLOAD_TYPE_PCMA = 8;

/** The code of a zero sample: what a silent G.711 channel carries. */
export const MULAW_SILENCE = 0xff;
export const ALAW_SILENCE = 0xd5;

export type G711Law = 'mulaw' | 'alaw';

/** G.711 μ-law, one 16-bit linear sample → code (G.191 `ulaw_compress`). */
function mulawCompress(sample: number): number {
  const negative = sample < 0;
  // 33 is the bias that makes the segment ends powers of two (G.711 Table 2a).
  let magnitude = ((negative ? ~sample : sample) >> 2) + 33;
  if (magnitude > 0x1fff) magnitude = 0x1fff;
  let segment = 1;
  for (let i = magnitude >> 6; i !== 0; i >>= 1) segment++;
  const high = 8 - segment;
  const low = 0x0f - ((magnitude >> segment) & 0x0f);
  const code = (high << 4) | low;
  return negative ? code : code | 0x80;
}

/** G.711 μ-law code → 16-bit linear (G.191 `ulaw_expand`; 14-bit value left-justified). */
function mulawExpand(code: number): number {
  const sign = code < 0x80 ? -1 : 1;
  const inverted = ~code & 0xff;
  const exponent = (inverted >> 4) & 0x07;
  const mantissa = inverted & 0x0f;
  const step = 4 << (exponent + 1);
  return sign * ((0x80 << exponent) + step * mantissa + step / 2 - 4 * 33);
}

/** G.711 A-law, one 16-bit linear sample → code (G.191 `alaw_compress`). */
function alawCompress(sample: number): number {
  let ix = sample < 0 ? ~sample >> 4 : sample >> 4;
  if (ix > 15) {
    let exponent = 1;
    while (ix > 16 + 15) {
      ix >>= 1;
      exponent++;
    }
    ix = ix - 16 + (exponent << 4);
  }
  if (sample >= 0) ix |= 0x80;
  return ix ^ 0x55; // even bits inverted (G.711 §2, A-law)
}

/** G.711 A-law code → 16-bit linear (G.191 `alaw_expand`). */
function alawExpand(code: number): number {
  const ix = (code ^ 0x55) & 0x7f;
  const exponent = ix >> 4;
  let mantissa = ix & 0x0f;
  if (exponent > 0) mantissa += 16;
  mantissa = (mantissa << 4) + 8;
  if (exponent > 1) mantissa <<= exponent - 1;
  return code > 127 ? mantissa : -mantissa;
}

function buildTables() {
  // μ-law sees 14 bits (sample >> 2), A-law 13 bits (sample >> 3); index by those.
  const muEncode = new Uint8Array(1 << 14);
  for (let i = 0; i < muEncode.length; i++) muEncode[i] = mulawCompress((i - (1 << 13)) << 2);
  const aEncode = new Uint8Array(1 << 13);
  for (let i = 0; i < aEncode.length; i++) aEncode[i] = alawCompress((i - (1 << 12)) << 3);
  const muDecode = new Int16Array(256);
  const aDecode = new Int16Array(256);
  const muToA = new Uint8Array(256);
  const aToMu = new Uint8Array(256);
  for (let code = 0; code < 256; code++) {
    muDecode[code] = mulawExpand(code);
    aDecode[code] = alawExpand(code);
  }
  for (let code = 0; code < 256; code++) {
    muToA[code] = aEncode[(muDecode[code]! >> 3) + (1 << 12)]!;
    aToMu[code] = muEncode[(aDecode[code]! >> 2) + (1 << 13)]!;
  }
  return { muEncode, aEncode, muDecode, aDecode, muToA, aToMu };
}

// Immutable lookup tables, built once at module load.
const TABLES = buildTables();

function clampToInt16(sample: number): number {
  return sample > 32767 ? 32767 : sample < -32768 ? -32768 : sample | 0;
}

/** One sample (any number; clamped to 16 bits) → μ-law code. */
export function linearToMulaw(sample: number): number {
  return TABLES.muEncode[(clampToInt16(sample) >> 2) + (1 << 13)]!;
}

/** One sample (any number; clamped to 16 bits) → A-law code. */
export function linearToAlaw(sample: number): number {
  return TABLES.aEncode[(clampToInt16(sample) >> 3) + (1 << 12)]!;
}

export function mulawToLinear(code: number): number {
  return TABLES.muDecode[code & 0xff]!;
}

export function alawToLinear(code: number): number {
  return TABLES.aDecode[code & 0xff]!;
}

/** 16-bit PCM → 8-bit G.711 codes. */
export function encodeG711(samples: Int16Array, law: G711Law): Buffer {
  const out = Buffer.allocUnsafe(samples.length);
  if (law === 'mulaw') {
    const table = TABLES.muEncode;
    for (let i = 0; i < samples.length; i++) out[i] = table[(samples[i]! >> 2) + 8192]!;
  } else {
    const table = TABLES.aEncode;
    for (let i = 0; i < samples.length; i++) out[i] = table[(samples[i]! >> 3) + 4096]!;
  }
  return out;
}

/** 8-bit G.711 codes → 16-bit PCM. */
export function decodeG711(codes: Uint8Array, law: G711Law): Int16Array {
  const table = law === 'mulaw' ? TABLES.muDecode : TABLES.aDecode;
  const out = new Int16Array(codes.length);
  for (let i = 0; i < codes.length; i++) out[i] = table[codes[i]!]!;
  return out;
}

/** Converts between the two laws code by code (through the linear value), e.g. PCMA trunk ↔ PCMU phone. */
export function transcodeG711(codes: Uint8Array, from: G711Law, to: G711Law): Buffer {
  if (from === to) return Buffer.from(codes);
  const table = from === 'mulaw' ? TABLES.muToA : TABLES.aToMu;
  const out = Buffer.allocUnsafe(codes.length);
  for (let i = 0; i < codes.length; i++) out[i] = table[codes[i]!]!;
  return out;
}

export function g711Silence(law: G711Law): number {
  return law === 'mulaw' ? MULAW_SILENCE : ALAW_SILENCE;
}

/**
 * dBm0 → dBFS for a sine (0 dBFS = a sine of amplitude 32768). G.711 §3/§4: a sine reaching the
 * overload point — ±8159 of 14 bits for μ-law, ±4096 of 13 bits for A-law — is +3.17 dBm0 (μ-law)
 * and +3.14 dBm0 (A-law); so 0 dBm0 is −3.20 dBFS (μ-law) and −3.14 dBFS (A-law).
 */
export function dbm0ToDbfs(dbm0: number, law: G711Law = 'mulaw'): number {
  const overloadDbfs = law === 'mulaw' ? 20 * Math.log10((8159 * 4) / 32768) : 0;
  return dbm0 - (law === 'mulaw' ? 3.17 : 3.14) + overloadDbfs;
}
