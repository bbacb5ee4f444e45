import { describe, expect, it } from 'vitest';
import {
  apiKeySchema,
  createApiKeyInputSchema,
  generateApiKey,
  hashApiKey,
  isApiKeyUsable,
  toApiKeyOutput,
} from './api-key';
import { issuesOf } from './test-support';
import { newId } from './values/id';

describe('API keys', () => {
  it('generate a ck_live_ key whose prefix is shown and whose hash is stored', () => {
    const { key, displayPrefix, keyHash } = generateApiKey(() => new Uint8Array(20).fill(0xff));
    expect(key).toBe(`ck_live_${'z'.repeat(32)}`);
    expect(displayPrefix).toBe('ck_live_zzzzzzzz');
    expect(keyHash).toBe(hashApiKey(key));
    expect(keyHash).not.toContain(key.slice(8));
  });

  it('need at least one known scope, without repeats', () => {
    expect(issuesOf(createApiKeyInputSchema, { name: 'Billing', scopes: [] })).toEqual([
      { path: 'scopes', message: 'at least one scope is required' },
    ]);
    expect(
      issuesOf(createApiKeyInputSchema, { name: 'Billing', scopes: ['cdrs:read', 'cdrs:read'] }),
    ).toEqual([{ path: 'scopes', message: 'scopes must not repeat' }]);
    expect(issuesOf(createApiKeyInputSchema, { name: 'Billing', scopes: ['root'] })[0]?.path).toBe(
      'scopes.0',
    );
  });

  it('are unusable once revoked or expired', () => {
    const now = new Date('2024-06-01T00:00:00Z');
    expect(isApiKeyUsable({ revokedAt: null, expiresAt: null }, now)).toBe(true);
    expect(isApiKeyUsable({ revokedAt: '2024-05-01T00:00:00Z', expiresAt: null }, now)).toBe(false);
    expect(isApiKeyUsable({ revokedAt: null, expiresAt: '2024-06-01T00:00:00Z' }, now)).toBe(false);
  });

  it('never show the hash', () => {
    const generated = generateApiKey();
    const reseller = newId('rsl');
    const stored = apiKeySchema.parse({
      id: newId('key'),
      owner: { kind: 'reseller', id: reseller },
      tenantId: null,
      name: 'Billing',
      scopes: ['cdrs:read'],
      displayPrefix: generated.displayPrefix,
      keyHash: generated.keyHash,
      version: 1,
      createdAt: '2024-01-01T00:00:00Z',
      updatedAt: '2024-01-01T00:00:00Z',
    });
    expect(toApiKeyOutput(stored)).not.toHaveProperty('keyHash');
  });
});
