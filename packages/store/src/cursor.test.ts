import { describe, expect, it } from 'vitest';
import { CursorCodec, pageLimit } from './cursor';
import { InvalidCursorError, InvalidRequestError } from './errors';

const codec = new CursorCodec('a-test-secret-of-sufficient-length');
const tenantA = { tenantId: 'tenant-a', list: 'user:list' };

describe('CursorCodec', () => {
  it('round-trips the position for the tenant and list it was issued to', () => {
    const cursor = codec.encode(tenantA, 'position-42');
    expect(codec.decode(tenantA, cursor)).toBe('position-42');
  });

  it('produces URL-safe cursors', () => {
    const cursor = codec.encode(tenantA, '{"pk":"t#a","sk":"user#ü/+="}');
    // The API accepts cursors matching this pattern only (@carillon/domain pagination).
    expect(cursor).toMatch(/^[A-Za-z0-9_-]{1,2048}$/);
  });

  it('rejects a cursor issued to another tenant so a tenant cannot page through foreign data', () => {
    const cursor = codec.encode(tenantA, 'position');
    expect(() => codec.decode({ ...tenantA, tenantId: 'tenant-b' }, cursor)).toThrow(InvalidCursorError);
  });

  it('rejects a cursor issued for another list', () => {
    const cursor = codec.encode(tenantA, 'position');
    expect(() => codec.decode({ ...tenantA, list: 'device:list' }, cursor)).toThrow(/another list/);
  });

  it('rejects a payload edited to name another tenant, because the signature no longer matches', () => {
    const cursor = codec.encode(tenantA, 'position');
    const payload = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    const forged = Buffer.from(JSON.stringify({ ...payload, t: 'tenant-b' })).toString('base64url');
    expect(() => codec.decode({ ...tenantA, tenantId: 'tenant-b' }, forged)).toThrow(/signature/);
  });

  it('rejects an edited position even when tenant and list are kept', () => {
    const cursor = codec.encode(tenantA, 'position');
    const payload = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    const forged = Buffer.from(JSON.stringify({ ...payload, p: 'elsewhere' })).toString('base64url');
    expect(() => codec.decode(tenantA, forged)).toThrow(/signature/);
  });

  it('rejects cursors signed with another secret', () => {
    const other = new CursorCodec('another-secret-of-sufficient-len');
    expect(() => codec.decode(tenantA, other.encode(tenantA, 'position'))).toThrow(/signature/);
  });

  it.each(['', 'abc', 'e30', '!!!', Buffer.from('{"v":1,"t":"tenant-a"}').toString('base64url')])(
    'rejects the malformed cursor %j',
    (cursor) => {
      expect(() => codec.decode(tenantA, cursor)).toThrow(InvalidCursorError);
    },
  );

  it('refuses a secret too short to keep an HMAC unguessable', () => {
    expect(() => new CursorCodec('short')).toThrow(InvalidRequestError);
  });
});

describe('pageLimit', () => {
  it('defaults to 50 and accepts the bounds 1 and 100', () => {
    expect([pageLimit(undefined), pageLimit(1), pageLimit(100)]).toEqual([50, 1, 100]);
  });

  it.each([0, 101, 1.5, -1, Number.NaN])('rejects %d', (limit) => {
    expect(() => pageLimit(limit)).toThrow(InvalidRequestError);
  });
});
