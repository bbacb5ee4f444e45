import { describe, expect, it } from 'vitest';
import { forwardedRequestHeaders, forwardedResponseHeaders } from './proxy-headers';

describe('proxy headers', () => {
  it('forwards cookies and CSRF token but not hop-by-hop headers or the portal host', () => {
    const headers = forwardedRequestHeaders(
      new Headers({
        cookie: 'a=1',
        'x-csrf-token': 't',
        host: 'localhost:3000',
        connection: 'keep-alive',
        'content-length': '12',
        'accept-encoding': 'gzip',
      }),
    );
    expect(Object.fromEntries(headers)).toEqual({
      cookie: 'a=1',
      'x-csrf-token': 't',
      'accept-encoding': 'identity',
    });
  });

  it('keeps each Set-Cookie line apart', () => {
    const upstream = new Headers();
    upstream.append('set-cookie', '__Host-carillon-session=s; Path=/; Secure; HttpOnly; SameSite=Strict');
    upstream.append('set-cookie', '__Host-carillon-csrf=c; Path=/; Secure; SameSite=Strict');
    upstream.set('content-type', 'application/json');
    upstream.set('transfer-encoding', 'chunked');
    const headers = forwardedResponseHeaders(upstream);
    expect(headers.getSetCookie()).toEqual([
      '__Host-carillon-session=s; Path=/; Secure; HttpOnly; SameSite=Strict',
      '__Host-carillon-csrf=c; Path=/; Secure; SameSite=Strict',
    ]);
    expect(headers.get('content-type')).toBe('application/json');
    expect(headers.has('transfer-encoding')).toBe(false);
  });
});
