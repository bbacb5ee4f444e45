import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { guardedLookup } from './guarded-lookup';
import { addressProblem, type UrlPolicy, urlHost, urlProblems } from './url-policy';

/** What one HTTP attempt came to. */
export interface SendResult {
  /** HTTP status, or null when no response came. */
  readonly status: number | null;
  readonly latencyMs: number;
  /** Null on a 2xx; otherwise why it counts as failed (status and the start of the body, or the error). */
  readonly error: string | null;
}

export interface SendRequest {
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

export interface Sender {
  send(request: SendRequest): Promise<SendResult>;
}

/**
 * Limits of one attempt (documented): the whole exchange must finish in
 * `timeoutMs` (default 15 s); at most 1 KiB of the response body is read,
 * for the delivery log; redirects are not followed (a 3xx is a failure, as
 * Standard Webhooks senders do), nor is any response header trusted.
 */
export interface SenderOptions {
  readonly policy: UrlPolicy;
  readonly timeoutMs?: number;
  readonly userAgent?: string;
}

export const DEFAULT_SEND_TIMEOUT_MS = 15_000;
const MAX_LOGGED_BODY_BYTES = 1024;
const MAX_ERROR_LENGTH = 300;

/** POSTs a signed message over node:http(s), connecting only to addresses the URL policy allows. */
export class HttpSender implements Sender {
  readonly #options: Required<SenderOptions>;
  readonly #lookup: ReturnType<typeof guardedLookup>;

  constructor(options: SenderOptions) {
    this.#options = {
      timeoutMs: DEFAULT_SEND_TIMEOUT_MS,
      userAgent: 'Carillon-Webhooks/1',
      ...options,
    };
    this.#lookup = guardedLookup(options.policy);
  }

  async send(request: SendRequest): Promise<SendResult> {
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    const refused = this.#refusal(request.url);
    if (refused !== undefined) return { status: null, latencyMs: 0, error: refused };
    try {
      const { status, body } = await this.#post(request);
      const latencyMs = elapsed();
      if (status >= 200 && status <= 299) return { status, latencyMs, error: null };
      const snippet = body.trim().replace(/\s+/g, ' ');
      return { status, latencyMs, error: clip(`HTTP ${status}${snippet === '' ? '' : `: ${snippet}`}`) };
    } catch (error) {
      return { status: null, latencyMs: elapsed(), error: clip(describe(error)) };
    }
  }

  /** The policy again at send time (the URL was checked when saved; the policy may have changed since). */
  #refusal(raw: string): string | undefined {
    const problems = urlProblems(raw, this.#options.policy);
    if (problems.length > 0) return `blocked: ${problems.join('; ')}`;
    const host = urlHost(new URL(raw));
    // Literal addresses never reach `lookup`, so they are checked here.
    if (isIP(host) !== 0) {
      const problem = addressProblem(host, this.#options.policy);
      if (problem !== undefined) return `blocked: ${problem}`;
    }
    return undefined;
  }

  #post(request: SendRequest): Promise<{ status: number; body: string }> {
    const url = new URL(request.url);
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise((resolvePromise, reject) => {
      const outgoing = send(
        url,
        {
          method: 'POST',
          headers: {
            ...request.headers,
            'content-type': 'application/json',
            'content-length': String(Buffer.byteLength(request.body)),
            'user-agent': this.#options.userAgent,
          },
          lookup: this.#lookup,
          timeout: this.#options.timeoutMs,
          signal: AbortSignal.timeout(this.#options.timeoutMs),
        },
        (response: IncomingMessage) => {
          const chunks: Buffer[] = [];
          let size = 0;
          response.on('data', (chunk: Buffer) => {
            if (size < MAX_LOGGED_BODY_BYTES) chunks.push(chunk);
            size += chunk.length;
            if (size >= MAX_LOGGED_BODY_BYTES) response.destroy();
          });
          const done = () =>
            resolvePromise({
              status: response.statusCode ?? 0,
              body: Buffer.concat(chunks).subarray(0, MAX_LOGGED_BODY_BYTES).toString('utf8'),
            });
          response.on('end', done);
          response.on('close', done);
          response.on('error', done);
        },
      );
      outgoing.on('timeout', () =>
        outgoing.destroy(new Error(`no answer within ${this.#options.timeoutMs} ms`)),
      );
      outgoing.on('error', reject);
      outgoing.end(request.body);
    });
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (error.name === 'AbortError' || code === 'ABORT_ERR') return 'timeout: no answer in time';
    return code === undefined ? error.message : `${code}: ${error.message}`;
  }
  return String(error);
}

function clip(text: string): string {
  return text.length <= MAX_ERROR_LENGTH ? text : `${text.slice(0, MAX_ERROR_LENGTH - 1)}…`;
}
