import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SecretBox } from './secret-box';

describe('SecretBox (AES-256-GCM)', () => {
  const box = new SecretBox(randomBytes(32));

  it('opens what it sealed, for the same owner only', () => {
    const sealed = box.seal('JBSWY3DPEHPK3PXP', 'tnt_a/usr_a');
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(box.open(sealed, 'tnt_a/usr_a')).toBe('JBSWY3DPEHPK3PXP');
    expect(box.open(sealed, 'tnt_a/usr_b')).toBeUndefined();
  });

  it('uses a fresh nonce per seal and refuses tampering or another key', () => {
    const a = box.seal('same', 'o');
    expect(box.seal('same', 'o')).not.toBe(a);
    const [version, nonce, body] = a.split('.');
    const flipped = Buffer.from(body ?? '', 'base64url');
    flipped[0] = (flipped[0] ?? 0) ^ 1;
    expect(box.open(`${version}.${nonce}.${flipped.toString('base64url')}`, 'o')).toBeUndefined();
    expect(new SecretBox(randomBytes(32)).open(a, 'o')).toBeUndefined();
    expect(box.open('garbage', 'o')).toBeUndefined();
  });

  it('refuses a key that is not 32 bytes', () => {
    expect(() => new SecretBox(randomBytes(16))).toThrow(RangeError);
  });
});
