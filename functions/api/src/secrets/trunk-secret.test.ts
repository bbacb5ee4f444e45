import { randomBytes } from 'node:crypto';
import { SecretBox } from '@carillon/auth';
import { secretRefSchema } from '@carillon/domain';
import { describe, expect, it } from 'vitest';
import { openTrunkPassword, sealTrunkPassword } from './trunk-secret';

const box = new SecretBox(randomBytes(32));

describe('trunk passwords at rest', () => {
  it('seals into an enc:v1 reference the domain accepts, which opens only for its tenant and trunk', () => {
    const ref = sealTrunkPassword(box, 'tnt_a', 'trk_1', 'hunter2 ünïcode');
    expect(secretRefSchema.parse(ref)).toBe(ref);
    expect(ref).not.toContain('hunter2');
    expect(openTrunkPassword(box, 'tnt_a', 'trk_1', ref)).toBe('hunter2 ünïcode');
    expect(openTrunkPassword(box, 'tnt_b', 'trk_1', ref)).toBeUndefined();
    expect(openTrunkPassword(box, 'tnt_a', 'trk_2', ref)).toBeUndefined();
    expect(openTrunkPassword(new SecretBox(randomBytes(32)), 'tnt_a', 'trk_1', ref)).toBeUndefined();
    expect(openTrunkPassword(box, 'tnt_a', 'trk_1', 'arn:aws:secretsmanager:x')).toBeUndefined();
  });

  it('seals the same password differently each time (random nonce)', () => {
    expect(sealTrunkPassword(box, 't', 'k', 'same')).not.toBe(sealTrunkPassword(box, 't', 'k', 'same'));
  });
});
