import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DigestAuthenticator, type DigestAuthenticatorOptions } from './digest-authenticator';
import { parseDigestChallenge } from './digest-challenge';
import { createCredentials, DigestClient } from './digest-client';
import { formatDigestCredentials, parseDigestCredentials } from './digest-credentials';
import { computeHa1 } from './hash';
import { InMemoryNonceCountStore } from './nonce-count-store';

const REALM = 'acme.pbx.example.com';
const URI = `sip:${REALM}`;
const USERS = new Map([['alice', 'correct horse battery']]);

function setup(options: Partial<DigestAuthenticatorOptions> = {}) {
  let now = 1_750_000_000_000;
  let counter = 0;
  const randomBytes = (n: number) =>
    Uint8Array.from({ length: n }, () => {
      counter += 37;
      return counter & 0xff;
    });
  const auth = new DigestAuthenticator({
    secrets: ['cluster-wide-secret-for-tests'],
    clock: { now: () => now },
    randomBytes,
    nonceCounts: new InMemoryNonceCountStore({ maxEntries: 1000 }),
    ...options,
  });
  // What a registrar does: parse, look up HA1 by username and base algorithm, verify.
  const verify = (header: string, request: { method?: string; uri?: string; realm?: string } = {}) => {
    const credentials = parseDigestCredentials(header);
    const password = USERS.get(credentials.username);
    const algorithm = credentials.algorithm === 'MD5' ? 'MD5' : 'SHA-256';
    return auth.verify({
      credentials,
      method: request.method ?? 'REGISTER',
      requestUri: request.uri ?? URI,
      realm: request.realm ?? REALM,
      ha1: password === undefined ? undefined : computeHa1(algorithm, credentials.username, REALM, password),
    });
  };
  return {
    auth,
    verify,
    randomBytes,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

function answer(challenge: string, username: string, password: string, nc = 1, method = 'REGISTER') {
  return createCredentials({
    challenge,
    username,
    secret: { password },
    method,
    uri: URI,
    cnonce: 'c0ffee',
    nc,
  });
}

describe('DigestAuthenticator challenges', () => {
  it('offers SHA-256 before MD5 with qop=auth and opaque, one header each (RFC 8760 §2.4)', () => {
    const { auth } = setup();
    const [first, second] = auth.createChallengeHeaders({ realm: REALM }).map(parseDigestChallenge);
    expect(first).toMatchObject({ algorithm: 'SHA-256', qop: ['auth'], realm: REALM, stale: false });
    expect(second).toMatchObject({ algorithm: 'MD5', qop: ['auth'], realm: REALM });
    expect(first?.opaque).toBe(auth.opaque);
    expect(first?.opaque).toBeTruthy();
  });
});

describe('DigestAuthenticator.verify', () => {
  it.each(['SHA-256', 'MD5'])('accepts a correct %s response and names the user', (algorithm) => {
    const { auth, verify } = setup();
    const challenge = auth
      .createChallengeHeaders({ realm: REALM })
      .find((h) => h.includes(`=${algorithm},`))!;
    expect(verify(answer(challenge, 'alice', 'correct horse battery'))).toEqual({
      outcome: 'ok',
      username: 'alice',
      algorithm,
    });
  });

  it('accepts a response built independently with node:crypto (SIP REGISTER, MD5)', () => {
    const { auth, verify } = setup();
    const { nonce, opaque } = auth.createChallenges({ realm: REALM })[1]!;
    const md5 = (s: string) => createHash('md5').update(s).digest('hex');
    const ha1 = md5(`alice:${REALM}:correct horse battery`);
    const response = md5(`${ha1}:${nonce}:00000001:xyz:auth:${md5(`REGISTER:${URI}`)}`);
    const header = `Digest username="alice",realm="${REALM}",nonce="${nonce}",uri="${URI}",response="${response}",algorithm=MD5,cnonce="xyz",opaque="${opaque}",qop=auth,nc=00000001`;
    expect(verify(header).outcome).toBe('ok');
  });

  it('rejects the same nonce-count twice (replay) but accepts the next one', () => {
    const { auth, verify } = setup();
    const [challenge] = auth.createChallengeHeaders({ realm: REALM });
    const first = answer(challenge!, 'alice', 'correct horse battery', 1);
    expect(verify(first).outcome).toBe('ok');
    expect(verify(first)).toEqual({ outcome: 'invalid', reason: 'nonce-count-replay' });
    expect(verify(answer(challenge!, 'alice', 'correct horse battery', 2)).outcome).toBe('ok');
  });

  it('does not let a wrong response burn nonce-counts of the real user', () => {
    const { auth, verify } = setup();
    const [challenge] = auth.createChallengeHeaders({ realm: REALM });
    expect(verify(answer(challenge!, 'alice', 'guess', 0xffffffff)).outcome).toBe('invalid');
    expect(verify(answer(challenge!, 'alice', 'correct horse battery', 1)).outcome).toBe('ok');
  });

  it('answers stale for a correct response on an expired nonce, and stale challenges say so (RFC 7616 §3.3)', () => {
    const { auth, verify, advance } = setup({ lifetimeSeconds: 60 });
    const [challenge] = auth.createChallengeHeaders({ realm: REALM });
    advance(61_000);
    expect(verify(answer(challenge!, 'alice', 'correct horse battery'))).toEqual({ outcome: 'stale' });
    expect(verify(answer(challenge!, 'alice', 'wrong'))).toEqual({
      outcome: 'invalid',
      reason: 'response-mismatch',
    });
    const [fresh] = auth.createChallengeHeaders({ realm: REALM, stale: true }).map(parseDigestChallenge);
    expect(fresh?.stale).toBe(true);
  });

  it('rejects a tampered nonce even when the response matches it', () => {
    const { auth, verify } = setup();
    const [challenge] = auth.createChallenges({ realm: REALM });
    const forgedNonce = `${challenge!.nonce.slice(0, -2)}${challenge!.nonce.endsWith('AA') ? 'AB' : 'AA'}`;
    const header = answer(
      `Digest realm="${REALM}", nonce="${forgedNonce}", algorithm=SHA-256, qop="auth"`,
      'alice',
      'correct horse battery',
    );
    expect(verify(header)).toEqual({ outcome: 'invalid', reason: 'nonce-invalid' });
  });

  it('rejects credentials for another realm (another tenant)', () => {
    const { auth, verify } = setup();
    const [challenge] = auth.createChallengeHeaders({ realm: REALM });
    const header = answer(challenge!, 'alice', 'correct horse battery');
    expect(verify(header, { realm: 'other.pbx.example.com' })).toEqual({
      outcome: 'invalid',
      reason: 'realm-mismatch',
    });
  });

  it('rejects a nonce issued for another realm even if the client claims this realm', () => {
    const { auth, verify } = setup();
    const [challenge] = auth.createChallenges({ realm: 'other.pbx.example.com' });
    const header = answer(
      `Digest realm="${REALM}", nonce="${challenge!.nonce}", algorithm=SHA-256, qop="auth"`,
      'alice',
      'correct horse battery',
    );
    expect(verify(header)).toEqual({ outcome: 'invalid', reason: 'nonce-invalid' });
  });

  it('rejects a digest-uri that differs from the Request-URI (RFC 3261 §22.4)', () => {
    const { auth, verify } = setup();
    const [challenge] = auth.createChallengeHeaders({ realm: REALM });
    const header = answer(challenge!, 'alice', 'correct horse battery', 1, 'INVITE');
    expect(verify(header, { method: 'INVITE', uri: `sip:bob@${REALM}` })).toEqual({
      outcome: 'invalid',
      reason: 'uri-mismatch',
    });
  });

  it('binds the response to the method', () => {
    const { auth, verify } = setup();
    const [challenge] = auth.createChallengeHeaders({ realm: REALM });
    const header = answer(challenge!, 'alice', 'correct horse battery', 1, 'REGISTER');
    expect(verify(header, { method: 'INVITE' })).toEqual({ outcome: 'invalid', reason: 'response-mismatch' });
  });

  it('gives an unknown user exactly the verdict of a wrong password (no user enumeration)', () => {
    const { auth, verify } = setup();
    const [challenge] = auth.createChallengeHeaders({ realm: REALM });
    const wrongPassword = verify(answer(challenge!, 'alice', 'not it'));
    const unknownUser = verify(answer(challenge!, 'mallory', 'not it'));
    expect(unknownUser).toEqual(wrongPassword);
    expect(unknownUser).toEqual({ outcome: 'invalid', reason: 'response-mismatch' });
  });

  it('rejects an unknown user whatever password is sent, even an empty one', () => {
    const { auth } = setup();
    const [challenge] = auth.createChallengeHeaders({ realm: REALM });
    const header = answer(challenge!, 'ghost', '');
    expect(
      auth.verify({ credentials: header, method: 'REGISTER', requestUri: URI, realm: REALM, ha1: undefined }),
    ).toEqual({ outcome: 'invalid', reason: 'response-mismatch' });
  });

  it('refuses RFC 2069 credentials without qop by default and accepts them when allowed', () => {
    const strict = setup();
    const legacy = setup({ allowLegacyNoQop: true });
    for (const { auth, verify } of [strict, legacy]) {
      const { nonce } = auth.createChallenges({ realm: REALM })[1]!;
      const header = answer(`Digest realm="${REALM}", nonce="${nonce}"`, 'alice', 'correct horse battery');
      expect(header).not.toContain('qop=');
      const verdict = verify(header);
      if (auth === strict.auth) expect(verdict).toEqual({ outcome: 'invalid', reason: 'qop-required' });
      else expect(verdict.outcome).toBe('ok');
    }
  });

  it('rejects algorithms it did not offer, malformed headers and a changed opaque', () => {
    const { auth, verify } = setup();
    const [challenge] = auth.createChallenges({ realm: REALM });
    const sess = answer(
      `Digest realm="${REALM}", nonce="${challenge!.nonce}", algorithm=MD5-sess, qop="auth"`,
      'alice',
      'correct horse battery',
    );
    expect(verify(sess)).toEqual({ outcome: 'invalid', reason: 'unsupported-algorithm' });
    expect(
      auth.verify({
        credentials: 'Digest username=',
        method: 'REGISTER',
        requestUri: URI,
        realm: REALM,
        ha1: 'x',
      }),
    ).toEqual({ outcome: 'invalid', reason: 'malformed-credentials' });
    const [header] = auth.createChallengeHeaders({ realm: REALM });
    const good = parseDigestCredentials(answer(header!, 'alice', 'correct horse battery'));
    expect(verify(formatDigestCredentials({ ...good, opaque: 'changed' }))).toEqual({
      outcome: 'invalid',
      reason: 'opaque-mismatch',
    });
  });
});

describe('DigestClient against DigestAuthenticator', () => {
  it('registers after a 401, then authorizes the refresh pre-emptively with nc=2', () => {
    const { auth, verify, randomBytes } = setup();
    const client = new DigestClient({
      username: 'alice',
      secret: { password: 'correct horse battery' },
      randomBytes,
    });
    expect(client.authorize({ method: 'REGISTER', uri: URI })).toBeUndefined();
    const first = client.respond(auth.createChallengeHeaders({ realm: REALM }), {
      method: 'REGISTER',
      uri: URI,
    })!;
    expect(parseDigestCredentials(first)).toMatchObject({ algorithm: 'SHA-256', nc: '00000001' });
    expect(verify(first).outcome).toBe('ok');
    const refresh = client.authorize({ method: 'REGISTER', uri: URI })!;
    expect(parseDigestCredentials(refresh).nc).toBe('00000002');
    expect(verify(refresh).outcome).toBe('ok');
  });

  it('authenticates with a provisioned MD5 HA1 by picking the MD5 challenge', () => {
    const { auth, verify, randomBytes } = setup();
    const ha1 = computeHa1('MD5', 'alice', REALM, 'correct horse battery');
    const client = new DigestClient({ username: 'alice', secret: { ha1, algorithm: 'MD5' }, randomBytes });
    const header = client.respond(auth.createChallengeHeaders({ realm: REALM }), {
      method: 'REGISTER',
      uri: URI,
    })!;
    expect(parseDigestCredentials(header).algorithm).toBe('MD5');
    expect(verify(header).outcome).toBe('ok');
  });
});
