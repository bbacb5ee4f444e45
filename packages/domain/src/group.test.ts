import { describe, expect, it } from 'vitest';
import { createGroupInputSchema } from './group';
import { issuesOf } from './test-support';
import { newId } from './values/id';

const greg = newId('usr');
const susan = newId('usr');

describe('groups', () => {
  it('gives hunt group members the manual’s 5-second timeout (T640 L1131-1132)', () => {
    const group = createGroupInputSchema.parse({
      kind: 'linear',
      name: 'Reception',
      extensionNumber: '100',
      members: [{ userId: greg }, { userId: susan, timeoutSeconds: 10 }],
    });
    expect(group.members.map((member) => member.timeoutSeconds)).toEqual([5, 10]);
    expect(group.groupBusy).toBe(false);
  });

  it('needs an extension for a hunt group, and none for a pickup group', () => {
    expect(issuesOf(createGroupInputSchema, { kind: 'parallel', name: 'Hotline' })).toEqual([
      { path: 'extensionNumber', message: 'extension number is required for a hunt group' },
    ]);
    expect(
      issuesOf(createGroupInputSchema, { kind: 'pickup', name: 'Sales', extensionNumber: '200' }),
    ).toEqual([{ path: 'extensionNumber', message: 'a pickup group has no extension number' }]);
    expect(
      issuesOf(createGroupInputSchema, { kind: 'pickup', name: 'Sales', members: [{ userId: greg }] }),
    ).toEqual([]);
  });

  it('rejects a member listed twice, at the second entry', () => {
    expect(
      issuesOf(createGroupInputSchema, {
        kind: 'pickup',
        name: 'Sales',
        members: [{ userId: greg }, { userId: susan }, { userId: greg }],
      }),
    ).toEqual([{ path: 'members.2.userId', message: 'member is listed twice' }]);
  });

  it('rejects a member timeout of 0 seconds', () => {
    expect(
      issuesOf(createGroupInputSchema, {
        kind: 'linear',
        name: 'Reception',
        extensionNumber: '100',
        members: [{ userId: greg, timeoutSeconds: 0 }],
      }),
    ).toEqual([{ path: 'members.0.timeoutSeconds', message: 'member timeout must be 1–300 seconds' }]);
  });

  it('rejects a kind the manual does not have', () => {
    expect(
      issuesOf(createGroupInputSchema, { kind: 'broadcast', name: 'All', extensionNumber: '300' }),
    ).toEqual([{ path: 'kind', message: 'group kind must be parallel, linear or pickup' }]);
  });
});
