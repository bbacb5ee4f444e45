import type { Store } from '@carillon/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type SeededDevice,
  seedDevice,
  type seedTenant,
  seedUser,
} from '../../functions/call-control/src/int-test-fixtures';
import type { Edge } from '../src/edge';
import { type CallStack, startCallStack } from './call-stack';
import { freePort, runSipp } from './sipp-runner';

/*
 * Blind transfer (RFC 5589 §6) with sipp (Debian sip-tester) as all three phones over UDP, the
 * real call-control app routing both the call and the transfer's target, and the edge in-process
 * with the real relay. Alice (201) calls Bob (202); Bob REFERs her to 203 (Carol). The sipp
 * scenarios check the NOTIFYs' sipfrag and Subscription-State, Referred-By at the target, and
 * who sends which BYE. Media through the relay is asserted in transfer.int.test.ts.
 */

let stack: CallStack;
let store: Store;
let edge: Edge;
let tenant: Awaited<ReturnType<typeof seedTenant>>;
let alice: SeededDevice;
let bob: SeededDevice;
let carol: SeededDevice;
let bobPort: number;
let carolPort: number;

function sipp(
  scenario: string,
  device: SeededDevice,
  localPort: number | undefined,
  keys: Record<string, string> = {},
) {
  const domain = tenant.sipDomain;
  return runSipp({
    scenario,
    transport: 'UDP',
    edgePort: edge.ports.UDP ?? 0,
    ...(localPort !== undefined ? { localPort } : {}),
    service: device.device.sipUsername,
    username: device.device.sipUsername,
    password: device.sipPassword,
    keys: { domain, expires: '300', ...keys },
    // The digest-uri must equal the Request-URI (RFC 3261 §22.4).
    authUri: keys.callee ? `${keys.callee}@${domain}` : domain,
    timeoutSeconds: 12,
  });
}

beforeAll(async () => {
  stack = await startCallStack('transfer-sipp', {
    SIP_TCP_ENABLED: 'false',
    SIP_TLS_ENABLED: 'false',
    SIP_WS_ENABLED: 'false',
    SIP_WSS_ENABLED: 'false',
  });
  ({ store, edge, tenant, alice, bob } = stack);
  carol = await seedDevice(store, tenant, await seedUser(store, tenant, '203', 'Carol'));
  bobPort = await freePort();
  carolPort = await freePort();
  for (const [device, port] of [
    [bob, bobPort],
    [carol, carolPort],
  ] as const) {
    const registered = await sipp('register-auth.xml', device, port);
    expect(registered.code, registered.output).toBe(0);
  }
}, 60_000);

afterAll(async () => {
  await stack?.stop();
});

async function transfer(transferor: string, target: string, transferee = 'b2bua-caller-callee-bye.xml') {
  const bobRun = sipp(transferor, bob, bobPort, { target: '203' });
  const carolRun = sipp(target, carol, carolPort);
  await new Promise((resolve) => setTimeout(resolve, 300));
  const aliceRun = await sipp(transferee, alice, undefined, { callee: '202' });
  return { aliceRun, bobRun: await bobRun, carolRun: await carolRun };
}

describe('blind transfer with sipp', () => {
  it('Bob refers Alice to 203: NOTIFY 100 then 200, Bob released, Carol answers with Referred-By, Alice re-INVITEd sendrecv, Carol hangs up and Alice gets BYE', async () => {
    const { aliceRun, bobRun, carolRun } = await transfer(
      'transfer-transferor-blind.xml',
      'transfer-target-bye.xml',
      'transfer-transferee-call.xml',
    );
    expect(bobRun.code, bobRun.output).toBe(0);
    expect(carolRun.code, carolRun.output).toBe(0);
    expect(aliceRun.code, aliceRun.output).toBe(0);
  }, 40_000);

  it('Carol busy: NOTIFY 486 Busy Here, Bob stays with Alice and hangs up, Alice gets BYE', async () => {
    const { aliceRun, bobRun, carolRun } = await transfer(
      'transfer-transferor-busy.xml',
      'b2bua-callee-busy.xml',
    );
    expect(bobRun.code, bobRun.output).toBe(0);
    expect(carolRun.code, carolRun.output).toBe(0);
    expect(aliceRun.code, aliceRun.output).toBe(0);
  }, 40_000);
});
