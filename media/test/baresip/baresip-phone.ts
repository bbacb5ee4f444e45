import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { join } from 'node:path';

/*
 * A baresip softphone (Debian's baresip 1.0) driven from a test: config and accounts written into a
 * directory of its own, audio from a WAV file (aufile ausrc), the decoded receive stream dumped to a
 * WAV file (sndfile filter; Debian's aufile 1.0 has no player), and
 * commands over ctrl_tcp (netstring-framed JSON). Everything binds to 127.0.0.1.
 */

export interface BaresipPhoneOptions {
  /** Directory for config, accounts and audio; created if missing. */
  readonly dir: string;
  /** The phone's SIP domain (the tenant's), user and password. */
  readonly domain: string;
  readonly username: string;
  readonly password: string;
  /** Edge address the phone sends everything to (outbound proxy), and the transport to use. */
  readonly edgePort: number;
  readonly transport: 'udp' | 'tcp';
  /** WAV file the phone sends as its microphone. */
  readonly sourceWav: string;
  /** Answer incoming calls without being told to (account `answermode=auto`). */
  readonly autoAnswer?: boolean;
}

async function freeTcpPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

function netstring(value: string): string {
  return `${Buffer.byteLength(value)}:${value},`;
}

export class BaresipPhone {
  /** Everything baresip wrote to stdout and stderr, for assertions and for failure reports. */
  log = '';
  /** Directory where sndfile dumps the decoded receive stream (`dump-*-dec.wav`). */
  readonly dumpDir: string;

  private constructor(
    private readonly child: ChildProcess,
    private readonly ctrlPort: number,
    dumpDir: string,
  ) {
    this.dumpDir = dumpDir;
    child.stdout?.on('data', (chunk: Buffer) => {
      this.log += chunk.toString('utf8');
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      this.log += chunk.toString('utf8');
    });
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  static async start(options: BaresipPhoneOptions): Promise<BaresipPhone> {
    mkdirSync(options.dir, { recursive: true });
    const ctrlPort = await freeTcpPort();
    // dns_server: the outbound proxy is a literal IP, so the resolver is never asked; set anyway so
    // baresip does not depend on the host's resolv.conf.
    const config = [
      'poll_method poll',
      'sip_listen 127.0.0.1:0',
      'dns_server 127.0.0.1:53',
      `audio_source aufile,${options.sourceWav}`,
      `audio_alert aufile,${options.sourceWav}`,
      'audio_srate 8000',
      'audio_channels 1',
      'rtp_timeout 0',
      'module_path /usr/lib/baresip/modules',
      'module g711.so',
      'module aufile.so',
      // Debian's aufile 1.0 is a source only; sndfile dumps the decoded receive stream to a WAV.
      'module sndfile.so',
      `snd_path ${options.dir}`,
      'module ctrl_tcp.so',
      `ctrl_tcp_listen 127.0.0.1:${ctrlPort}`,
      'module_app account.so',
      'module_app menu.so',
      '',
    ].join('\n');
    const params = [
      `auth_pass=${options.password}`,
      `outbound="sip:127.0.0.1:${options.edgePort};transport=${options.transport}"`,
      'regint=300',
      'audio_codecs=PCMU',
      ...(options.autoAnswer ? ['answermode=auto'] : []),
    ];
    const account = `<sip:${options.username}@${options.domain};transport=${options.transport}>;${params.join(';')}\n`;
    writeFileSync(join(options.dir, 'config'), config);
    writeFileSync(join(options.dir, 'accounts'), account);
    const child = spawn('baresip', ['-f', options.dir, '-v'], { stdio: ['ignore', 'pipe', 'pipe'] });
    return new BaresipPhone(child, ctrlPort, options.dir);
  }

  /** Resolves when the log matches, or rejects with the log after `timeoutMs`. */
  async waitForLog(pattern: RegExp, timeoutMs: number, what: string): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!pattern.test(this.log)) {
      if (Date.now() > deadline || this.child.exitCode !== null) {
        throw new Error(`baresip: no ${what} within ${timeoutMs} ms; log:\n${this.log}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Sends one ctrl_tcp command and waits for its response. */
  async command(command: string, params?: string): Promise<string> {
    const socket = createConnection({ host: '127.0.0.1', port: this.ctrlPort });
    const body = JSON.stringify({ command, ...(params === undefined ? {} : { params }), token: 't' });
    return new Promise<string>((resolve, reject) => {
      let reply = '';
      const timer = setTimeout(() => {
        socket.destroy();
        reject(new Error(`baresip ctrl_tcp: no reply to ${command}`));
      }, 3000);
      socket.on('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      socket.on('data', (chunk: Buffer) => {
        reply += chunk.toString('utf8');
        if (reply.endsWith(',')) {
          clearTimeout(timer);
          socket.end();
          resolve(reply);
        }
      });
      socket.write(netstring(body));
    });
  }

  /** Asks baresip to quit, which closes the WAV it writes; kills it by PID if it does not go. */
  async stop(timeoutMs = 2000): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), timeoutMs);
    await exited;
    clearTimeout(timer);
  }
}
