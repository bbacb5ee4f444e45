import { describe, expect, it } from 'vitest';
import { createQueueInputSchema, updateQueueInputSchema } from './queue';
import { issuesOf } from './test-support';

describe('update (PATCH) schemas', () => {
  it('leave out fields that were not sent, instead of filling in create defaults', () => {
    // The create schema would set weight 0 and strategy ring-all; a PATCH of the name must not.
    expect(createQueueInputSchema.parse({ name: 'Service', extensionNumber: '500' })).toMatchObject({
      weight: 0,
    });
    expect(updateQueueInputSchema.parse({ name: 'Hotline' })).toEqual({ name: 'Hotline' });
  });

  it('still validate the fields that were sent', () => {
    expect(issuesOf(updateQueueInputSchema, { weight: 256 })).toEqual([
      { path: 'weight', message: 'weight must be 0–255' },
    ]);
  });

  it('reject an empty patch and unknown fields', () => {
    expect(issuesOf(updateQueueInputSchema, {})).toEqual([
      { path: '', message: 'update must change at least one field' },
    ]);
    expect(issuesOf(updateQueueInputSchema, { name: 'x', tenantId: 'tnt_x' })).toEqual([
      { path: '', message: 'unknown field: tenantId' },
    ]);
  });
});
