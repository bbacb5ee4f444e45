import { describe, expect, it } from 'vitest';
import { guardChanges, type UniqueConstraint } from './unique';

interface Phone {
  readonly number?: string;
  readonly mac?: string;
}

const constraints: UniqueConstraint<Phone>[] = [
  { field: 'number', constraint: 'extension-number', scope: 'tenant', value: (phone) => phone.number },
  { field: 'mac', constraint: 'mac-address', scope: 'platform', value: (phone) => phone.mac },
];

describe('guardChanges', () => {
  it('takes a guard for every unique value of a new item', () => {
    const { release, take } = guardChanges(constraints, undefined, { number: '101', mac: '0001e3a1b2c3' });
    expect(release).toEqual([]);
    expect(take.map((claim) => `${claim.constraint}=${claim.value}`)).toEqual([
      'extension-number=101',
      'mac-address=0001e3a1b2c3',
    ]);
  });

  it('moves only the guard whose value changed, so the old number is freed and the MAC stays held', () => {
    const { release, take } = guardChanges(
      constraints,
      { number: '101', mac: '0001e3a1b2c3' },
      { number: '102', mac: '0001e3a1b2c3' },
    );
    expect(release.map((claim) => claim.value)).toEqual(['101']);
    expect(take.map((claim) => claim.value)).toEqual(['102']);
  });

  it('releases every guard when the item is deleted', () => {
    const { release, take } = guardChanges(constraints, { number: '101', mac: '0001e3a1b2c3' }, undefined);
    expect(release).toHaveLength(2);
    expect(take).toEqual([]);
  });

  it('guards nothing for an absent optional value and releases the guard when a value is removed', () => {
    const { release, take } = guardChanges(
      constraints,
      { number: '101', mac: '0001e3a1b2c3' },
      { number: '101' },
    );
    expect(release.map((claim) => claim.field)).toEqual(['mac']);
    expect(take).toEqual([]);
  });
});
