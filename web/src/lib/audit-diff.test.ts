import { describe, expect, it } from 'vitest';
import { auditChanges } from './audit-diff';

describe('auditChanges', () => {
  it('lists the fields that differ, not the bookkeeping', () => {
    expect(
      auditChanges(
        { id: 'u1', lastName: 'User', tags: ['a'], version: 1, updatedAt: 'x' },
        { id: 'u1', lastName: 'Userin', tags: ['a', 'b'], version: 2, updatedAt: 'y' },
      ),
    ).toEqual([
      { field: 'lastName', before: '"User"', after: '"Userin"' },
      { field: 'tags', before: '["a"]', after: '["a","b"]' },
    ]);
  });

  it('shows every field of a create as new and of a delete as gone', () => {
    expect(auditChanges(null, { name: 'n' })).toEqual([{ field: 'name', before: undefined, after: '"n"' }]);
    expect(auditChanges({ name: 'n' }, null)).toEqual([{ field: 'name', before: '"n"', after: undefined }]);
  });
});
