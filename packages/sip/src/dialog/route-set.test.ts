import { describe, expect, it } from 'vitest';
import { formatNameAddr, formatUri, parseNameAddr, parseUri } from '../message';
import { reply, request } from '../transaction/test-messages';
import { requestTarget, routeSetFromRecordRoute } from './route-set';

const uris = (routes: readonly { uri: Parameters<typeof formatUri>[0] }[]) =>
  routes.map((r) => formatUri(r.uri));
const route = (value: string) => parseNameAddr(value, 'Route');

describe('route set (RFC 3261 §12.1.1, §12.1.2, §12.2.1.1)', () => {
  const invite = request({ extra: ['Record-Route: <sip:p2.example.com;lr>, <sip:p1.example.com;lr>'] });

  it('keeps the Record-Route order for the UAS and reverses it for the UAC', () => {
    const ok = reply(invite, 200, 'b', [
      'Record-Route: <sip:p2.example.com;lr>',
      'Record-Route: <sip:p1.example.com;lr>',
    ]);
    expect(uris(routeSetFromRecordRoute(invite, 'uas'))).toEqual([
      'sip:p2.example.com;lr',
      'sip:p1.example.com;lr',
    ]);
    expect(uris(routeSetFromRecordRoute(ok, 'uac'))).toEqual([
      'sip:p1.example.com;lr',
      'sip:p2.example.com;lr',
    ]);
  });

  it('sends to the remote target with the route set as Route when the first hop is a loose router', () => {
    const target = requestTarget(parseUri('sip:bob@192.0.2.4'), [route('<sip:p1.example.com;lr>')]);
    expect(formatUri(target.requestUri)).toBe('sip:bob@192.0.2.4');
    expect(target.routes.map(formatNameAddr)).toEqual(['<sip:p1.example.com;lr>']);
  });

  it('puts a strict router into the Request-URI and the remote target last in Route', () => {
    const target = requestTarget(parseUri('sip:bob@192.0.2.4'), [
      route('<sip:strict.example.com;method=INVITE;transport=udp>'),
      route('<sip:p2.example.com;lr>'),
    ]);
    expect(formatUri(target.requestUri)).toBe('sip:strict.example.com;transport=udp');
    expect(target.routes.map(formatNameAddr)).toEqual(['<sip:p2.example.com;lr>', '<sip:bob@192.0.2.4>']);
  });

  it('sends straight to the remote target without a route set', () => {
    const target = requestTarget(parseUri('sip:bob@192.0.2.4'), []);
    expect(formatUri(target.requestUri)).toBe('sip:bob@192.0.2.4');
    expect(target.routes).toEqual([]);
  });
});
