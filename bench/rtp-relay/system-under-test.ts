/**
 * The system under test of the RTP relay benchmark, in a process of its own (argument: the mode):
 *   - `relay`:     the edge's RtpRelay with one session per call, two legs (RTP + RTCP sockets each),
 *                  codecs set, bridged — latching, RFC 3550 statistics and RFC 4733 inspection
 *                  included, exactly what a call through the edge gets;
 *   - `forwarder`: two sockets per call, each `on('message')` sending to a fixed address — the least
 *                  a Node.js relay can do, the reference measured in the same run.
 * It answers the orchestrator's setup (one call per pair of generator ports), reports its CPU time,
 * tears the calls down between steps and exits on request (so `--cpu-prof` can write its profile).
 */
import { createSocket, type Socket } from 'node:dgram';
import type { RelaySession } from '../../media/src/rtp-relay/relay-session';
import { RtpRelay } from '../../media/src/rtp-relay/rtp-relay';
import { type FromSut, LOOPBACK, type Mode, type SutSetup, type ToSut } from './messages';

interface Built {
  readonly ports: [number, number][];
  readonly teardown: () => void;
}

async function setupRelay(relay: RtpRelay, setup: SutSetup): Promise<Built> {
  const sessions: RelaySession[] = [];
  const ports: [number, number][] = [];
  for (let i = 0; i < setup.remotes.length; i++) {
    const [remoteA, remoteB] = setup.remotes[i]!;
    const session = relay.createSession(`call-${i}`);
    const a = await session.addLeg('a');
    const b = await session.addLeg('b');
    for (const leg of [a, b])
      leg.setCodec({ payloadType: 0, encoding: 'PCMU', telephoneEventPayloadType: 101 });
    a.setRemote(LOOPBACK, remoteA);
    b.setRemote(LOOPBACK, remoteB);
    session.bridge(a, b);
    sessions.push(session);
    ports.push([a.local.port, b.local.port]);
  }
  return {
    ports,
    teardown: () => {
      for (const s of sessions) s.close();
    },
  };
}

function bindSocket(): Promise<Socket> {
  return new Promise((resolve) => {
    const socket = createSocket('udp4');
    socket.bind(0, LOOPBACK, () => resolve(socket));
  });
}

async function setupForwarder(setup: SutSetup): Promise<Built> {
  const sockets: Socket[] = [];
  const ports: [number, number][] = [];
  for (const [toA, toB] of setup.remotes) {
    const a = await bindSocket();
    const b = await bindSocket();
    a.on('message', (m) => b.send(m, toB, LOOPBACK));
    b.on('message', (m) => a.send(m, toA, LOOPBACK));
    sockets.push(a, b);
    ports.push([a.address().port, b.address().port]);
  }
  return {
    ports,
    teardown: () => {
      for (const s of sockets) s.close();
    },
  };
}

const mode: Mode = process.argv[2] === 'relay' ? 'relay' : 'forwarder';
const reply = (m: FromSut) => process.send?.(m);
const relay =
  mode === 'relay' ? new RtpRelay({ portMin: 20_000, portMax: 29_999, bindAddress: LOOPBACK }) : undefined;
let teardown: () => void = () => {};

process.on('message', async (message: ToSut) => {
  switch (message.type) {
    case 'cpu': {
      const { user, system } = process.cpuUsage();
      reply({ type: 'cpu', micros: user + system });
      break;
    }
    case 'teardown':
      teardown();
      teardown = () => {};
      reply({ type: 'done' });
      break;
    case 'exit':
      relay?.close();
      process.exit(0);
      break;
    case 'setup': {
      const built = relay ? await setupRelay(relay, message) : await setupForwarder(message);
      teardown = built.teardown;
      reply({ type: 'ready', ports: built.ports });
      break;
    }
  }
});
