import { spawn } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const SCENARIOS = join(import.meta.dirname, 'scenarios');

export interface SippRun {
  readonly code: number | null;
  readonly output: string;
}

export interface SippOptions {
  readonly scenario: string;
  readonly transport: 'UDP' | 'TCP';
  readonly edgePort: number;
  readonly service?: string;
  readonly username?: string;
  readonly password?: string;
  readonly keys?: Record<string, string>;
  /** sipp's digest-uri; it must equal the Request-URI (RFC 3261 §22.4), sipp defaults to remote ip:port. */
  readonly authUri?: string;
  /** Global timeout of the sipp run, seconds. */
  readonly timeoutSeconds?: number;
  /** sipp's own port (a phone that registered from it and is called there); default a free one. */
  readonly localPort?: number;
}

/** A local port that is free for both UDP and TCP right now (sipp binds both for -t t1). */
export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const port = await new Promise<number>((resolve, reject) => {
      const server = createServer();
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        const address = server.address();
        server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
      });
    });
    const free = await new Promise<boolean>((resolve) => {
      const udp = createSocket('udp4');
      udp.once('error', () => resolve(false));
      udp.bind(port, '127.0.0.1', () => udp.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error('no free port');
}

/** Run one sipp scenario against the edge on loopback; killed (by its own PID) after the timeout. */
export async function runSipp(options: SippOptions): Promise<SippRun> {
  const timeout = options.timeoutSeconds ?? 8;
  const args = [
    `127.0.0.1:${options.edgePort}`,
    '-sf',
    join(SCENARIOS, options.scenario),
    '-i',
    '127.0.0.1',
    '-p',
    String(options.localPort ?? (await freePort())),
    '-t',
    options.transport === 'UDP' ? 'u1' : 't1',
    '-m',
    '1',
    '-nostdin',
    '-timeout',
    `${timeout}s`,
    '-timeout_error',
  ];
  if (options.service) args.push('-s', options.service);
  if (options.username) args.push('-au', options.username);
  if (options.password !== undefined) args.push('-ap', options.password);
  if (options.authUri) args.push('-auth_uri', options.authUri);
  for (const [key, value] of Object.entries(options.keys ?? {})) args.push('-key', key, value);
  const child = spawn('sipp', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d: Buffer) => {
    output += d.toString();
  });
  child.stderr.on('data', (d: Buffer) => {
    output += d.toString();
  });
  const killer = setTimeout(() => child.kill('SIGKILL'), (timeout + 5) * 1000);
  const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
  clearTimeout(killer);
  return { code, output };
}
