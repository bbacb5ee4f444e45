/**
 * The load generator of sip-register.bench.ts, run as its own process so the phones' CPU (parsing,
 * digest answers) is not taken from the edge under test. Input: a JSON file path (argv[2], written
 * by the bench) with the edge port, domain, phones and timings; output: one JSON line of tallies on
 * stdout. Phones are plain UDP sockets on loopback; see the bench for what one registration is.
 */
import { randomBytes } from 'node:crypto';
import { createSocket, type Socket } from 'node:dgram';
import { readFileSync } from 'node:fs';
import {
  createCredentials,
  createRequest,
  type DigestChallenge,
  getCallId,
  getCSeq,
  parseMessage,
  type SipRequest,
  type SipResponse,
  selectChallenge,
  serialize,
} from '@carillon/sip';

const LOOPBACK = '127.0.0.1';
const REQUEST_TIMEOUT_MS = 2000;
/** Bound on the first pass that fills the edge's credential cache for every phone. */
const FILL_LIMIT_MS = 120_000;

export interface LoadInput {
  readonly edgePort: number;
  readonly domain: string;
  readonly phones: readonly { readonly username: string; readonly password: string }[];
  readonly window: number;
  readonly warmupMs: number;
  readonly registerMs: number;
  readonly optionsMs: number;
  /** Answer each refresh pre-emptively with the last nonce and nc+1 (RFC 7616 §3.4), 401 only when stale. */
  readonly nonceReuse: boolean;
}

export interface Tally {
  done: number;
  failed: number;
  challenges: number;
  latencies: number[];
  elapsedMs: number;
}

export interface LoadOutput {
  readonly fill: Tally & { readonly phonesRegistered: number };
  readonly register: Tally;
  readonly options: Tally;
}

class Phone {
  readonly #pending = new Map<string, (r: SipResponse | undefined) => void>();
  readonly callId = randomBytes(10).toString('hex');
  readonly fromTag = randomBytes(4).toString('hex');
  cseq = 0;
  challenge: DigestChallenge | undefined;
  nc = 0;
  registered = false;
  private constructor(
    readonly socket: Socket,
    readonly port: number,
    readonly edgePort: number,
    readonly username: string,
    readonly password: string,
  ) {
    socket.on('message', (data) => {
      let message: ReturnType<typeof parseMessage>;
      try {
        message = parseMessage(data);
      } catch {
        return;
      }
      if (message.kind !== 'response' || message.status < 200) return;
      const key = `${getCallId(message)} ${getCSeq(message).seq}`;
      const resolve = this.#pending.get(key);
      if (!resolve) return;
      this.#pending.delete(key);
      resolve(message);
    });
  }

  static async open(edgePort: number, username: string, password: string): Promise<Phone> {
    const socket = createSocket('udp4');
    await new Promise<void>((resolve) => socket.bind(0, LOOPBACK, resolve));
    return new Phone(socket, socket.address().port, edgePort, username, password);
  }

  request(request: SipRequest): Promise<SipResponse | undefined> {
    const key = `${getCallId(request)} ${getCSeq(request).seq}`;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.#pending.delete(key);
        resolve(undefined);
      }, REQUEST_TIMEOUT_MS);
      this.#pending.set(key, (r) => {
        clearTimeout(timer);
        resolve(r);
      });
      this.socket.send(serialize(request), this.edgePort, LOOPBACK);
    });
  }

  #headers(method: string, domain: string, to: string): [string, string][] {
    this.cseq += 1;
    return [
      ['Via', `SIP/2.0/UDP ${LOOPBACK}:${this.port};branch=z9hG4bK${randomBytes(8).toString('hex')};rport`],
      ['Max-Forwards', '70'],
      ['From', `<sip:${this.username}@${domain}>;tag=${this.fromTag}`],
      ['To', to],
      ['Call-ID', this.callId],
      ['CSeq', `${this.cseq} ${method}`],
    ];
  }

  /** RFC 3261 §10.2: the same Call-ID for every refresh of one binding, CSeq incremented. */
  register(domain: string, authorization?: string): SipRequest {
    const headers = this.#headers('REGISTER', domain, `<sip:${this.username}@${domain}>`);
    headers.push(
      ['Contact', `<sip:${this.username}@${LOOPBACK}:${this.port};transport=udp>`],
      ['Expires', '600'],
    );
    if (authorization) headers.push(['Authorization', authorization]);
    return createRequest({ method: 'REGISTER', uri: `sip:${domain}`, headers });
  }

  authorization(domain: string): string | undefined {
    if (!this.challenge) return undefined;
    this.nc += 1;
    return createCredentials({
      challenge: this.challenge,
      username: this.username,
      secret: { password: this.password },
      method: 'REGISTER',
      uri: `sip:${domain}`,
      cnonce: randomBytes(8).toString('hex'),
      nc: this.nc,
    });
  }

  options(domain: string): SipRequest {
    return createRequest({
      method: 'OPTIONS',
      uri: `sip:${domain}`,
      headers: this.#headers('OPTIONS', domain, `<sip:${domain}>`),
    });
  }

  close(): void {
    this.socket.close();
  }
}

function newTally(): Tally {
  return { done: 0, failed: 0, challenges: 0, latencies: [], elapsedMs: 0 };
}

/** `window` workers, each cycling over its share of the phones, until `durationMs` or `until()`. */
async function drive(
  phones: readonly Phone[],
  window: number,
  durationMs: number,
  attempt: (phone: Phone, tally: Tally) => Promise<void>,
  next: (mine: readonly Phone[], n: number) => Phone | undefined = (mine, n) => mine[n % mine.length],
): Promise<Tally> {
  const tally = newTally();
  const started = performance.now();
  const deadline = started + durationMs;
  const workers = Array.from({ length: Math.min(window, phones.length) }, async (_, w) => {
    const mine = phones.filter((_, i) => i % window === w);
    for (let n = 0; performance.now() < deadline; n++) {
      const phone = next(mine, n);
      if (!phone) return;
      await attempt(phone, tally);
    }
  });
  await Promise.all(workers);
  tally.elapsedMs = performance.now() - started;
  return tally;
}

/**
 * One registration. Default: REGISTER → 401 → REGISTER with Digest → 200 every time (what a phone
 * does with a fresh nonce). With nonce reuse, a phone that holds a nonce answers it pre-emptively with
 * nc+1 and only a 401 (stale or unknown nonce) sends it through the challenge again. The latency is
 * that of the authenticated request → 200.
 */
async function authenticatedRegister(
  phone: Phone,
  domain: string,
  nonceReuse: boolean,
  tally: Tally,
): Promise<void> {
  if (nonceReuse && phone.challenge) {
    const sent = performance.now();
    const response = await phone.request(phone.register(domain, phone.authorization(domain)));
    if (response?.status === 200) {
      tally.latencies.push(performance.now() - sent);
      tally.done += 1;
      phone.registered = true;
      return;
    }
    if (response?.status !== 401) {
      tally.failed += 1;
      return;
    }
  }
  const challenge = await phone.request(phone.register(domain));
  if (challenge?.status !== 401) {
    tally.failed += 1;
    return;
  }
  tally.challenges += 1;
  const chosen = selectChallenge(challenge.headers.getAll('www-authenticate'), { password: phone.password });
  if (!chosen) {
    tally.failed += 1;
    return;
  }
  phone.challenge = chosen;
  phone.nc = 0;
  const sent = performance.now();
  const ok = await phone.request(phone.register(domain, phone.authorization(domain)));
  if (ok?.status !== 200) {
    tally.failed += 1;
    return;
  }
  tally.latencies.push(performance.now() - sent);
  tally.done += 1;
  phone.registered = true;
}

async function optionsPing(phone: Phone, domain: string, tally: Tally): Promise<void> {
  const sent = performance.now();
  const ok = await phone.request(phone.options(domain));
  if (ok?.status !== 200) {
    tally.failed += 1;
    return;
  }
  tally.latencies.push(performance.now() - sent);
  tally.done += 1;
}

async function main(): Promise<void> {
  const inputPath = process.argv[2];
  if (!inputPath) throw new Error('usage: register-load.ts <input.json>');
  const input = JSON.parse(readFileSync(inputPath, 'utf8')) as LoadInput;
  const phones: Phone[] = [];
  try {
    for (const { username, password } of input.phones) {
      phones.push(await Phone.open(input.edgePort, username, password));
    }
    const register = (p: Phone, t: Tally) => authenticatedRegister(p, input.domain, input.nonceReuse, t);
    // Steady state first: every phone registered once, so the edge's credential cache holds all.
    const fill = await drive(phones, input.window, FILL_LIMIT_MS, register, (mine) =>
      mine.find((phone) => !phone.registered),
    );
    await drive(phones, input.window, input.warmupMs, register);
    const registerTally = await drive(phones, input.window, input.registerMs, register);
    const optionsTally = await drive(phones, input.window, input.optionsMs, (p, t) =>
      optionsPing(p, input.domain, t),
    );
    const output: LoadOutput = {
      fill: { ...fill, phonesRegistered: phones.filter((p) => p.registered).length },
      register: registerTally,
      options: optionsTally,
    };
    process.stdout.write(`${JSON.stringify(output)}\n`);
  } finally {
    for (const phone of phones) phone.close();
  }
}

await main();
