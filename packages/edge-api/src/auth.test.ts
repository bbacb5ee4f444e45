import { describe, expect, it } from 'vitest';
import { edgeAuthorizationHeader, isEdgeAuthorized } from './auth';

const token = 'edge-token-0123456789-secret-xyz';

describe('isEdgeAuthorized', () => {
  it('accepts the bearer header the client builds', () => {
    expect(isEdgeAuthorized(edgeAuthorizationHeader(token), token)).toBe(true);
  });

  it('accepts the scheme in any case (RFC 7235 §2.1)', () => {
    expect(isEdgeAuthorized(`bEaReR ${token}`, token)).toBe(true);
  });

  it.each([
    ['no header', undefined],
    ['another scheme', `Basic ${token}`],
    ['a prefix of the token', `Bearer ${token.slice(0, -1)}`],
    ['the token with an extra character', `Bearer ${token}x`],
    ['a same-length wrong token', `Bearer ${token.slice(0, -1)}Z`],
    ['an empty token', 'Bearer '],
  ])('rejects %s', (_, header) => {
    expect(isEdgeAuthorized(header, token)).toBe(false);
  });

  it('rejects everything when the expected token is empty (misconfiguration is not an open door)', () => {
    expect(isEdgeAuthorized('Bearer x', '')).toBe(false);
  });
});
