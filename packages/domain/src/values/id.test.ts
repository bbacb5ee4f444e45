import { describe, expect, it } from 'vitest';
import { issuesOf } from '../test-support';
import { base32Encode, ID_BODY_LENGTH, ID_PREFIXES, idSchema, isId, newId, userIdSchema } from './id';

describe('ids', () => {
  it('encodes bytes in lower-case Crockford base32, 5 bits per character', () => {
    // 0xff = 11111|111 → 31 ("z"), then 111 padded to 11100 = 28 ("w").
    expect(base32Encode(Uint8Array.of(0xff))).toBe('zw');
    // 0x00 0x44 = 00000|00001|00010|0 → "0", "1", "2", "0".
    expect(base32Encode(Uint8Array.of(0x00, 0x44))).toBe('0120');
  });

  it('builds the id from the prefix and 128 random bits, so injected randomness gives a fixed id', () => {
    const zeros = () => new Uint8Array(16);
    expect(newId('usr', zeros)).toBe(`usr_${'0'.repeat(ID_BODY_LENGTH)}`);
  });

  it('gives distinct ids from the default random source', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => newId('dev')));
    expect(ids.size).toBe(1000);
  });

  it('accepts an id only with its own prefix', () => {
    const id = newId(ID_PREFIXES.user);
    expect(isId('usr', id)).toBe(true);
    expect(isId('dev', id)).toBe(false);
    expect(isId('usr', `${id}_x`)).toBe(false);
  });

  it('rejects the letters Crockford base32 leaves out (i, l, o, u)', () => {
    expect(isId('usr', `usr_${'i'.repeat(ID_BODY_LENGTH)}`)).toBe(false);
    expect(isId('usr', `usr_${'o'.repeat(ID_BODY_LENGTH)}`)).toBe(false);
  });

  it('names the expected prefix in the message', () => {
    expect(issuesOf(userIdSchema, newId('dev'))).toEqual([
      { path: '', message: 'user id must be an id starting with "usr_" followed by 26 base32 characters' },
    ]);
    expect(issuesOf(idSchema('trk', 'trunk id'), newId('trk'))).toEqual([]);
  });
});
