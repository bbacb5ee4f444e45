import { Agent, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

/** The part of `fetch` the control-plane client uses; the global `fetch` is one. */
export type FetchLike = (
  url: string,
  init: {
    readonly method: string;
    readonly headers: Record<string, string>;
    readonly signal: AbortSignal;
    readonly body?: string;
  },
) => Promise<FetchLikeResponse>;

export interface FetchLikeResponse {
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  text(): Promise<string>;
}

export interface KeepAliveFetchOptions {
  /** Idle connections kept per origin (default 16). */
  readonly maxFreeSockets?: number;
  /** Connections per origin at most (default 64); further requests queue in the agent. */
  readonly maxSockets?: number;
}

/**
 * A FetchLike over node:http(s) with persistent connections (RFC 9112 §9.3): the edge talks to one
 * control-plane origin several times per call, and Node's global fetch (undici behind WHATWG
 * streams) costs several times the CPU of a plain http.request per exchange. Bodies are small JSON,
 * read whole. The abort signal ends the request and its socket.
 */
export function keepAliveFetch(options: KeepAliveFetchOptions = {}): FetchLike {
  const agentOptions = {
    keepAlive: true,
    maxFreeSockets: options.maxFreeSockets ?? 16,
    maxSockets: options.maxSockets ?? 64,
  };
  const http = new Agent(agentOptions);
  const https = new HttpsAgent(agentOptions);
  return (url, init) =>
    new Promise<FetchLikeResponse>((resolve, reject) => {
      const target = new URL(url);
      const secure = target.protocol === 'https:';
      const body = init.body === undefined ? undefined : Buffer.from(init.body, 'utf8');
      const headers: Record<string, string> = { ...init.headers };
      if (body !== undefined) headers['content-length'] = String(body.length);
      if (init.signal.aborted) {
        reject(init.signal.reason);
        return;
      }
      const req = (secure ? httpsRequest : httpRequest)(
        target,
        { method: init.method, headers, agent: secure ? https : http, signal: init.signal },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', reject);
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            resolve({
              status: res.statusCode ?? 0,
              headers: {
                get(name: string) {
                  const value = res.headers[name.toLowerCase()];
                  if (value === undefined) return null;
                  return Array.isArray(value) ? value.join(', ') : value;
                },
              },
              text: async () => text,
            });
          });
        },
      );
      req.on('error', reject);
      req.end(body);
    });
}
