import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as T from '../../fixtures/rfc4475';
import * as accessors from './accessors';
import { createRequest, createResponse } from './builder';
import { SipParseError } from './parse-error';
import { parseMessage } from './parser';
import { serialize } from './serializer';
import { StreamFramer } from './stream-framer';
import type { SipMessage, SipUri } from './types';
import { formatUri, parseUri } from './uri';
import { validateRequest, validateResponse } from './validate';

const TOKEN_CHARS = [..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-.!%*_+`'~"];
const token = fc.string({ unit: fc.constantFrom(...TOKEN_CHARS), minLength: 1, maxLength: 12 });
const lowerToken = token.map((t) => t.toLowerCase());
/** URI components decode octet for octet, so round trips hold for U+0000–U+00FF (see types.ts). */
const octets = (minLength: number) =>
  fc.string({
    unit: fc.integer({ min: 0, max: 0xff }).map((c) => String.fromCharCode(c)),
    minLength,
    maxLength: 10,
  });

const host = fc.oneof(
  fc.domain(),
  fc.ipV4(),
  fc.ipV6().map((a) => `[${a}]`),
);

const sipUri: fc.Arbitrary<SipUri> = fc
  .record({
    scheme: fc.constantFrom('sip' as const, 'sips' as const),
    user: fc.option(octets(1), { nil: undefined }),
    password: fc.option(octets(0), { nil: undefined }),
    host,
    port: fc.option(fc.integer({ min: 0, max: 65535 }), { nil: undefined }),
    params: fc.uniqueArray(fc.tuple(lowerToken, fc.option(octets(1), { nil: null })), {
      selector: ([k]) => k,
      maxLength: 4,
    }),
    headers: fc.uniqueArray(fc.tuple(octets(1), octets(0)), { selector: ([k]) => k, maxLength: 3 }),
  })
  .map((r) => {
    const uri: { -readonly [K in keyof SipUri]: SipUri[K] } = {
      kind: 'sip',
      scheme: r.scheme,
      host: r.host,
      params: new Map(r.params),
      headers: new Map(r.headers),
    };
    if (r.user !== undefined) {
      uri.user = r.user;
      if (r.password !== undefined) uri.password = r.password;
    }
    if (r.port !== undefined) uri.port = r.port;
    return uri;
  });

/** Header values: any text without CR/LF, no leading/trailing LWS (the parser trims it, §7.3.1). */
const headerValue = fc
  .string({
    unit: fc.oneof(
      fc.integer({ min: 32, max: 126 }).map((c) => String.fromCharCode(c)),
      fc.constantFrom('é', '大', '"', '<', ',', ';', ' ', '\t', '\u0000'),
    ),
    maxLength: 40,
  })
  .map((s) => s.replace(/[\r\n]/g, '').replace(/^[ \t]+|[ \t]+$/g, ''));

const headers = fc.array(fc.tuple(token, headerValue), { maxLength: 12 });
const body = fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b));

const request = fc
  .record({ method: token, uri: sipUri, headers, body })
  .map(({ method, uri, headers, body }) => createRequest({ method, uri, headers, body }));

const response = fc
  .record({
    status: fc.integer({ min: 100, max: 699 }),
    reason: headerValue,
    headers,
    body,
  })
  .map(({ status, reason, headers, body }) => {
    const base = createRequest({ method: 'OPTIONS', uri: 'sip:a@b', headers: [['To', '<sip:a@b>;tag=x']] });
    const res = createResponse(base, status, reason, { headers, body });
    return res;
  });

describe('round trip: parse(serialize(m)) equals m', () => {
  it('for generated SIP URIs through formatUri/parseUri', () => {
    fc.assert(
      fc.property(sipUri, (uri) => {
        expect(parseUri(formatUri(uri))).toEqual(uri);
      }),
      { numRuns: 500 },
    );
  });

  it('for generated requests (methods, URIs with params and headers, arbitrary header fields, bodies)', () => {
    fc.assert(
      fc.property(request, (req) => {
        expect(parseMessage(serialize(req))).toEqual(req);
      }),
      { numRuns: 300 },
    );
  });

  it('for generated responses', () => {
    fc.assert(
      fc.property(response, (res) => {
        expect(parseMessage(serialize(res))).toEqual(res);
      }),
      { numRuns: 300 },
    );
  });
});

const SEEDS: Buffer[] = Object.values(T).filter((v): v is Buffer => Buffer.isBuffer(v) && v.length > 40);

type Mutation =
  | { kind: 'flip'; at: number; byte: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  | { kind: 'duplicate-line'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    bytes: fc.oneof(
      fc.uint8Array({ minLength: 1, maxLength: 8 }),
      fc.constantFrom(
        ...[',', ';', '"', '<', '>', '\r\n', '\r\n ', ':', '%', '\\', '\r\n\r\n'].map((s) => Buffer.from(s)),
      ),
    ),
  }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat() }),
);

function mutate(seed: Buffer, mutations: Mutation[]): Buffer {
  let buf = Buffer.from(seed);
  for (const m of mutations) {
    const at = buf.length === 0 ? 0 : m.at % buf.length;
    if (m.kind === 'flip') buf[at] = m.byte;
    else if (m.kind === 'truncate') buf = buf.subarray(0, at);
    else if (m.kind === 'insert') buf = Buffer.concat([buf.subarray(0, at), m.bytes, buf.subarray(at)]);
    else {
      const start = buf.lastIndexOf('\r\n', at);
      const end = buf.indexOf('\r\n', at);
      if (start >= 0 && end > start) {
        buf = Buffer.concat([buf.subarray(0, end), buf.subarray(start, end), buf.subarray(end)]);
      }
    }
  }
  return buf;
}

/** Everything a receiver does with a message; only SipParseError may escape. */
function exercise(message: SipMessage): void {
  for (const [name, fn] of Object.entries(accessors)) {
    if (!name.startsWith('get') || (name === 'getRequestUri' && message.kind !== 'request')) continue;
    try {
      (fn as (m: SipMessage) => unknown)(message);
    } catch (err) {
      if (!(err instanceof SipParseError)) throw err;
    }
  }
  if (message.kind === 'request') validateRequest(message);
  else validateResponse(message);
  serialize(message);
}

describe('robustness: mutated messages fail only with SipParseError', () => {
  it('parseMessage, every accessor, validation and serialize', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.constantFrom(...SEEDS),
          request.map((r) => serialize(r)),
        ),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        (seed, mutations) => {
          const buf = mutate(seed, mutations);
          let message: SipMessage;
          try {
            message = parseMessage(buf);
          } catch (err) {
            expect(err).toBeInstanceOf(SipParseError);
            expect((err as SipParseError).reason.length).toBeGreaterThan(0);
            return;
          }
          exercise(message);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('StreamFramer never throws, whatever the bytes and wherever the chunks split', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SEEDS),
        fc.array(mutation, { maxLength: 3 }),
        fc.nat(),
        (seed, mutations, cut) => {
          const buf = mutate(seed, mutations);
          const framer = new StreamFramer({ maxMessageSize: 4096 });
          const at = buf.length === 0 ? 0 : cut % buf.length;
          for (const event of [...framer.push(buf.subarray(0, at)), ...framer.push(buf.subarray(at))]) {
            if (event.type === 'message') exercise(event.message);
          }
        },
      ),
      { numRuns: 800 },
    );
  });
});
