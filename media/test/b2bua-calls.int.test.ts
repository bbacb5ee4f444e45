import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { type CallEvent, fallbackPolicySchema } from '@carillon/call-control';
import { deviceCredentialHashes } from '@carillon/domain';
import { ControlPlaneClient } from '@carillon/edge-api';
import { createLogger } from '@carillon/logger';
import type { Store } from '@carillon/store';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { B2bua } from '../src/b2bua/b2bua';
import { ControlPlaneGateway } from '../src/call-control/control-plane-gateway';
import type { Edge } from '../src/edge';
import { ControlPlaneDouble, LoopbackRelayDouble, type Script } from './b2bua-doubles';
import { integrationStore, type SeededDevice, seedTenantWithDevice, startTestEdge } from './edge-harness';
import { freePort, SCENARIOS } from './sipp-runner';

/*
 * Calls through the B2BUA with real peers: sipp (Debian sip-tester) as caller and callee over UDP,
 * the edge in-process on free loopback ports over DynamoDB Local, a control-plane test double over
 * real HTTP, and a loopback UDP relay double (see b2bua-doubles.ts).
 */

let store: Store;
let edge: Edge;
let b2bua: B2bua;
let caller: SeededDevice;
let callee: SeededDevice;
let calleePort: number;
let calleeContact: string;
const controlPlane = new ControlPlaneDouble();
const relay = new LoopbackRelayDouble();

interface Run {
  code: number | null;
  output: string;
  ms: number;
}

function sipp(
  scenario: string,
  port: number,
  device: SeededDevice,
  keys: Record<string, string> = {},
): Promise<Run> {
  const args = [
    `127.0.0.1:${edge.ports.UDP}`,
    '-sf',
    join(SCENARIOS, scenario),
    '-i',
    '127.0.0.1',
    '-p',
    String(port),
    '-t',
    'u1',
    '-m',
    '1',
    '-nostdin',
    '-timeout',
    '12s',
    '-timeout_error',
    '-s',
    device.username,
    '-au',
    device.username,
    '-ap',
    device.password,
    '-key',
    'domain',
    device.domain,
    '-key',
    'expires',
    '300',
  ];
  for (const [key, value] of Object.entries(keys)) args.push('-key', key, value);
  // The digest-uri must equal the Request-URI (RFC 3261 §22.4); sipp defaults to the remote address and adds the sip: itself.
  args.push('-auth_uri', keys.callee ? `${keys.callee}@${device.domain}` : device.domain);
  if (process.env.SIPP_TRACE) args.push('-trace_msg', '-message_file', `/tmp/sipp-${scenario}-${port}.log`);
  const started = Date.now();
  const child = spawn('sipp', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d: Buffer) => {
    output += d.toString();
  });
  child.stderr.on('data', (d: Buffer) => {
    output += d.toString();
  });
  const killer = setTimeout(() => child.kill('SIGKILL'), 16_000);
  return new Promise((resolve) =>
    child.on('close', (code) => {
      clearTimeout(killer);
      resolve({ code, output: output.slice(-3000), ms: Date.now() - started });
    }),
  );
}

async function addDevice(store: Store, first: SeededDevice): Promise<SeededDevice> {
  const username = `u${randomBytes(5).toString('hex')}`;
  const password = randomBytes(9).toString('base64url');
  const device = await store.devices.create(
    { tenantId: first.tenantId },
    {
      kind: 'softphone',
      displayName: 'Callee softphone',
      macAddress: null,
      model: null,
      userId: null,
      siteId: null,
      gatewayPort: null,
      dtmfMode: 'rfc2833',
      isFax: false,
      sipUsername: username,
      ...deviceCredentialHashes(username, first.domain, password),
      credentialsRotatedAt: new Date().toISOString(),
    },
  );
  return { ...first, deviceId: device.id, username, password };
}

/**
 * The control plane of issue 4 in miniature: ring the callee's contact (and `moreContacts` in
 * parallel, as forks); map the dial outcome to a hangup.
 */
function dialCallee(timeoutMs = 8000, ring = true, moreContacts: readonly string[] = []): Script {
  return (event: CallEvent) => {
    if (event.event === 'call.new') {
      return [
        ...(ring ? [{ type: 'ring' } as const] : []),
        {
          type: 'dial',
          targets: [calleeContact, ...moreContacts].map((uri) => ({ kind: 'contact', uri }) as const),
          targetTimeoutMs: timeoutMs,
          timeoutMs,
        },
      ];
    }
    if (event.event !== 'action.done') return [];
    const status = event.result.status;
    if (status === 'busy') return [{ type: 'hangup', sipStatus: 486, cause: 17 }];
    if (status === 'no-answer') return [{ type: 'hangup', sipStatus: 480, cause: 19 }];
    return [{ type: 'hangup' }];
  };
}

beforeAll(async () => {
  store = integrationStore();
  caller = await seedTenantWithDevice(store);
  callee = await addDevice(store, caller);
  edge = await startTestEdge(store);
  const baseUrl = await controlPlane.start();
  const logger = createLogger({ service: 'b2bua-test', level: process.env.EDGE_TEST_LOG_LEVEL ?? 'silent' });
  b2bua = new B2bua({
    stack: edge.stack,
    authenticator: edge.authenticator,
    location: edge.location,
    callLimits: edge.callLimits,
    relay,
    gateway: new ControlPlaneGateway({
      client: new ControlPlaneClient({ baseUrl, edgeToken: 'test-token' }),
      deadlineMs: 2000,
      logger,
    }),
    fallback: fallbackPolicySchema.parse({ kind: 'reject' }),
    logger,
    nodeId: edge.config.EDGE_NODE_ID,
  });
  calleePort = await freePort();
  const registered = await sipp('register-auth.xml', calleePort, callee);
  expect(registered.code, registered.output).toBe(0);
  const bindings = await edge.location.list(callee.tenantId, `sip:${callee.username}@${callee.domain}`);
  calleeContact = bindings[0]?.contactUri ?? '';
  expect(calleeContact).toContain(String(calleePort));
}, 60_000);

afterAll(async () => {
  await edge?.stop(500);
  await controlPlane.stop();
});

beforeEach(() => {
  controlPlane.events.length = 0;
});

async function call(callerScenario: string, calleeScenario: string | undefined) {
  const calleeRun = calleeScenario ? sipp(calleeScenario, calleePort, callee) : undefined;
  await new Promise((resolve) => setTimeout(resolve, 200));
  const callerRun = await sipp(callerScenario, await freePort(), caller, { callee: callee.username });
  const calleeResult = await calleeRun;
  // The call's teardown (call.ended) is posted asynchronously; give it a moment.
  await new Promise((resolve) => setTimeout(resolve, 200));
  return { callerRun, calleeResult };
}

function ended() {
  const event = controlPlane.events.find((e) => e.event === 'call.ended');
  return event?.event === 'call.ended' ? event : undefined;
}

describe('B2BUA calls with sipp over UDP', () => {
  it('connects A to B with digest auth, media anchored at the relay, and reports the call', async () => {
    controlPlane.script = dialCallee();
    const { callerRun, calleeResult } = await call('b2bua-caller-call.xml', 'b2bua-callee-answer.xml');
    expect(callerRun.code, callerRun.output).toBe(0);
    expect(calleeResult?.code, calleeResult?.output).toBe(0);
    const end = ended();
    expect(end?.ended.side).toBe('caller');
    expect(end?.ended.answeredAt).not.toBeNull();
    expect(end?.legs.map((l) => l.answeredAt !== null)).toEqual([true, true]);
    expect(end?.legs[1]?.deviceId).toBe(callee.deviceId);
    // The caller offered PCMU and PCMA, the callee answered PCMU: both legs negotiated PCMU.
    expect(end?.legs.map((l) => l.codec)).toEqual(['PCMU', 'PCMU']);
    expect(b2bua.activeCalls).toBe(0);
    expect(edge.callLimits.activeCalls(caller.tenantId)).toBe(0);
  });

  it('propagates the caller CANCEL to the callee and answers the caller 487', async () => {
    // No `ring` action: the caller's 180 must be the callee's, relayed, so the CANCEL finds a fork.
    controlPlane.script = dialCallee(8000, false);
    const { callerRun, calleeResult } = await call('b2bua-caller-cancel.xml', 'b2bua-callee-ring.xml');
    expect(callerRun.code, callerRun.output).toBe(0);
    expect(calleeResult?.code, calleeResult?.output).toBe(0);
    expect(ended()?.ended).toMatchObject({ side: 'caller', sipStatus: 487, answeredAt: null });
  });

  it("passes the caller's CANCEL Reason on to the callee (RFC 3326 §2)", async () => {
    controlPlane.script = dialCallee(8000, false);
    const { callerRun, calleeResult } = await call(
      'b2bua-caller-cancel-reason.xml',
      'b2bua-callee-ring-caller-reason.xml',
    );
    expect(callerRun.code, callerRun.output).toBe(0);
    // the callee scenario fails unless its CANCEL carries the caller's Reason
    expect(calleeResult?.code, calleeResult?.output).toBe(0);
    expect(ended()?.ended).toMatchObject({ side: 'caller', sipStatus: 487 });
  });

  it('cancels the fork that lost with Reason "Call completed elsewhere" when another fork answers', async () => {
    const forkPort = await freePort();
    // A second fork: a contact with no binding, rung at its URI's address.
    controlPlane.script = dialCallee(8000, true, [`sip:${callee.username}@127.0.0.1:${forkPort}`]);
    const forkRun = sipp('b2bua-callee-ring-elsewhere.xml', forkPort, callee);
    const { callerRun, calleeResult } = await call('b2bua-caller-call.xml', 'b2bua-callee-answer.xml');
    const fork = await forkRun;
    expect(callerRun.code, callerRun.output).toBe(0);
    expect(calleeResult?.code, calleeResult?.output).toBe(0);
    // the fork's scenario fails unless its CANCEL carries Reason: SIP;cause=200;text="Call completed elsewhere"
    expect(fork.code, fork.output).toBe(0);
    const legs = ended()?.legs ?? [];
    expect(legs).toHaveLength(3);
    expect(legs.filter((l) => l.answeredAt !== null)).toHaveLength(2);
    expect(legs.find((l) => l.answeredAt === null)?.sipStatus).toBe(487);
  });

  it('reports a busy callee as action.done busy, and the caller gets 486', async () => {
    controlPlane.script = dialCallee();
    const { callerRun, calleeResult } = await call('b2bua-caller-busy.xml', 'b2bua-callee-busy.xml');
    expect(callerRun.code, callerRun.output).toBe(0);
    expect(calleeResult?.code, calleeResult?.output).toBe(0);
    const done = controlPlane.events.find((e) => e.event === 'action.done');
    expect(done?.event === 'action.done' && done.result).toMatchObject({
      action: 'dial',
      status: 'busy',
      sipStatus: 486,
    });
  });

  it('cancels an unanswered callee at the dial timeout and reports no-answer', async () => {
    controlPlane.script = dialCallee(1500, false);
    const { callerRun, calleeResult } = await call('b2bua-caller-noanswer.xml', 'b2bua-callee-ring.xml');
    expect(callerRun.code, callerRun.output).toBe(0);
    expect(calleeResult?.code, calleeResult?.output).toBe(0);
    const done = controlPlane.events.find((e) => e.event === 'action.done');
    expect(done?.event === 'action.done' && done.result.status).toBe('no-answer');
  });

  it('sends the caller a BYE when the callee hangs up', async () => {
    controlPlane.script = dialCallee();
    const { callerRun, calleeResult } = await call('b2bua-caller-callee-bye.xml', 'b2bua-callee-bye.xml');
    expect(callerRun.code, callerRun.output).toBe(0);
    expect(calleeResult?.code, calleeResult?.output).toBe(0);
    expect(ended()?.ended.side).toBe('callee');
  });

  it('passes re-INVITE hold and resume through to the callee and back', async () => {
    controlPlane.script = dialCallee();
    const { callerRun, calleeResult } = await call('b2bua-caller-hold.xml', 'b2bua-callee-hold.xml');
    expect(callerRun.code, callerRun.output).toBe(0);
    expect(calleeResult?.code, calleeResult?.output).toBe(0);
  });

  it('gives the caller the 503 fallback within the 2 s deadline when the control plane never answers', async () => {
    controlPlane.script = () => 'never-answer';
    const { callerRun } = await call('b2bua-caller-fallback.xml', undefined);
    expect(callerRun.code, callerRun.output).toBe(0);
    expect(controlPlane.events[0]?.event).toBe('call.new');
    // Two INVITEs (407 round trip) plus the 2 s deadline, plus sipp's own start-up.
    expect(callerRun.ms).toBeGreaterThanOrEqual(2000);
    expect(callerRun.ms).toBeLessThan(3500);
  });
});
