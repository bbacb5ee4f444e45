import { createSocket, type Socket } from 'node:dgram';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ActionInput, type CallEvent, PROTOCOL_VERSION } from '@carillon/call-control';
import { EDGE_API_PATHS } from '@carillon/edge-api';
import type {
  MediaRelayLeg,
  MediaRelayPort,
  MediaRelaySession,
  RemoteMedia,
  Side,
} from '../src/b2bua/media-port';

/*
 * Test doubles for the B2BUA integration tests, both real network peers on loopback:
 *  - LoopbackRelayDouble: a stand-in for media/src/rtp-relay (being built alongside): two real UDP
 *    sockets per call, RTP forwarded between them with latching; no statistics, no timeout.
 *  - ControlPlaneDouble: a stand-in for the call-control app, a real HTTP server that answers
 *    `POST /edge/v1/events` with valid protocol replies from a script (or never answers).
 */

class UdpLeg implements MediaRelayLeg {
  readonly socket: Socket;
  remote: RemoteMedia | undefined;
  constructor(
    socket: Socket,
    readonly local: { address: string; port: number },
  ) {
    this.socket = socket;
  }
  setRemote(remote: RemoteMedia | undefined): void {
    this.remote = remote;
  }
}

async function bindUdp(): Promise<Socket> {
  const socket = createSocket('udp4');
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', () => resolve()));
  return socket;
}

export class LoopbackRelayDouble implements MediaRelayPort {
  readonly sessions: MediaRelaySession[] = [];
  open = async (): Promise<MediaRelaySession> => {
    const [sa, sb] = await Promise.all([bindUdp(), bindUdp()]);
    const a = new UdpLeg(sa, { address: '127.0.0.1', port: (sa.address() as AddressInfo).port });
    const b = new UdpLeg(sb, { address: '127.0.0.1', port: (sb.address() as AddressInfo).port });
    let bridged = false;
    const forward = (from: UdpLeg, to: UdpLeg) =>
      from.socket.on('message', (data, rinfo) => {
        from.remote = { address: rinfo.address, port: rinfo.port }; // latching
        if (bridged && to.remote) to.socket.send(data, to.remote.port, to.remote.address);
      });
    forward(a, b);
    forward(b, a);
    const session: MediaRelaySession & { closed: boolean; legs: Record<Side, UdpLeg> } = {
      a,
      b,
      legs: { a, b },
      closed: false,
      bridge: () => {
        bridged = true;
      },
      unbridge: () => {
        bridged = false;
      },
      stats: () => null,
      onInactive: () => {},
      close: () => {
        session.closed = true;
        sa.close();
        sb.close();
      },
    };
    this.sessions.push(session);
    return session;
  };
}

export type Script = (event: CallEvent) => ActionInput[] | 'never-answer';

export class ControlPlaneDouble {
  readonly events: CallEvent[] = [];
  script: Script = () => [{ type: 'hangup', sipStatus: 480 }];
  #server: Server | undefined;
  #hanging = new Set<ServerResponse>();

  async start(): Promise<string> {
    this.#server = createServer((req, res) => void this.#handle(req, res));
    await new Promise<void>((resolve) => this.#server?.listen(0, '127.0.0.1', () => resolve()));
    return `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    for (const res of this.#hanging) res.destroy();
    this.#server?.closeAllConnections();
    await new Promise<void>((resolve) => this.#server?.close(() => resolve()) ?? resolve());
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let text = '';
    for await (const chunk of req) text += String(chunk);
    if (req.method !== 'POST' || req.url !== EDGE_API_PATHS.events) {
      res.writeHead(404).end();
      return;
    }
    const event = JSON.parse(text) as CallEvent;
    this.events.push(event);
    const live = event.event === 'call.new' || event.event === 'action.done';
    const actions = live ? this.script(event) : [];
    if (actions === 'never-answer') {
      this.#hanging.add(res);
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ protocolVersion: PROTOCOL_VERSION, actions, state: null }));
  }
}
