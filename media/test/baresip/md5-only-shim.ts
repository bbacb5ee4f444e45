import { createSocket, type Socket as UdpSocket } from 'node:dgram';
import { createConnection, createServer, type Server, type Socket } from 'node:net';

/*
 * WORKAROUND, to be removed: a loopback SIP forwarder between a phone and the edge that drops every digest
 * challenge whose algorithm is not MD5. baresip 1.0 (libre) answers a 401/407 with ENOSYS
 * ("Register: Function not implemented") as soon as any WWW-/Proxy-Authenticate carries
 * algorithm=SHA-256, even when an MD5 challenge is offered beside it (verified against a fake
 * registrar: MD5 alone → Authorization sent; MD5 + SHA-256 → ENOSYS). The edge offers both, always.
 * Only challenges are touched; every other octet passes unchanged, and media bypasses this entirely.
 */

function stripNonMd5(message: string): string {
  return message.replace(/^(?:WWW|Proxy)-Authenticate:[^\r\n]*algorithm=(?!MD5\b)[^\r\n]*\r\n/gim, '');
}

export class Md5OnlyShim {
  private constructor(
    readonly udpPort: number,
    readonly tcpPort: number,
    private readonly closers: (() => void)[],
  ) {}

  static async start(edgeUdpPort: number, edgeTcpPort: number): Promise<Md5OnlyShim> {
    const closers: (() => void)[] = [];
    const front = createSocket('udp4');
    const upstreams = new Map<string, UdpSocket>();
    front.on('message', (msg, rinfo) => {
      const key = `${rinfo.address}:${rinfo.port}`;
      let up = upstreams.get(key);
      if (!up) {
        const socket = createSocket('udp4');
        socket.on('message', (reply) =>
          front.send(Buffer.from(stripNonMd5(reply.toString('latin1')), 'latin1'), rinfo.port, rinfo.address),
        );
        socket.bind(0, '127.0.0.1');
        upstreams.set(key, socket);
        up = socket;
      }
      up.send(msg, edgeUdpPort, '127.0.0.1');
    });
    await new Promise<void>((resolve) => front.bind(0, '127.0.0.1', () => resolve()));
    closers.push(() => {
      front.close();
      for (const s of upstreams.values()) s.close();
    });

    const sockets: Socket[] = [];
    const server: Server = createServer((phone) => {
      const edge = createConnection({ host: '127.0.0.1', port: edgeTcpPort });
      sockets.push(phone, edge);
      phone.pipe(edge);
      let pending = '';
      edge.on('data', (chunk: Buffer) => {
        pending += chunk.toString('latin1');
        for (;;) {
          const end = pending.indexOf('\r\n\r\n');
          if (end < 0) break;
          const head = pending.slice(0, end + 4);
          const length = Number(/^Content-Length:\s*(\d+)/im.exec(head)?.[1] ?? '0');
          if (pending.length < end + 4 + length) break;
          phone.write(Buffer.from(stripNonMd5(head) + pending.slice(end + 4, end + 4 + length), 'latin1'));
          pending = pending.slice(end + 4 + length);
        }
      });
      phone.on('close', () => edge.destroy());
      edge.on('close', () => phone.destroy());
      phone.on('error', () => edge.destroy());
      edge.on('error', () => phone.destroy());
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    closers.push(() => {
      for (const s of sockets) s.destroy();
      server.close();
    });
    const udp = front.address().port;
    const tcpAddress = server.address();
    if (tcpAddress === null || typeof tcpAddress === 'string') throw new Error('no shim port');
    return new Md5OnlyShim(udp, tcpAddress.port, closers);
  }

  close(): void {
    for (const close of this.closers) close();
  }
}
