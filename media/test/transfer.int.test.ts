import type { SipRequest } from '@carillon/sip';
import type { Store } from '@carillon/store';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  type SeededDevice,
  seedDevice,
  type seedTenant,
  seedUser,
} from '../../functions/call-control/src/int-test-fixtures';
import { MAX_REFERS_PER_CALL, sipfragStatus } from '../src/b2bua/refer-request';
import type { Edge } from '../src/edge';
import { RtpTestEndpoint, sendAll, tonePackets, waitFor } from '../src/rtp-relay/testing/rtp-test-endpoint';
import { audioPort, register } from './call-peers';
import { type CallStack, startCallStack } from './call-stack';
import { buildRegister, SipTestClient, withCredentials } from './sip-test-client';
import { TransferPhone } from './transfer-phone';

/*
 * Call transfer through the edge (RFC 3515 REFER, RFC 5589): the real call-control app over HTTP
 * (it routes the blind transfer's target like a call from the transferor), the edge in-process with
 * the real RTP relay, and three Node SIP phones on UDP — 201 (Alice), 202 (Bob), 203 (Carol) —
 * each with an RTP endpoint. Asserted: the REFER's 202, the NOTIFYs' sipfrag (100 first, then the
 * final status, Subscription-State terminated), the transferor's BYE, and RTP from the transferee
 * reaching the new party through the relay after the transfer.
 */

let stack: CallStack;
let store: Store;
let edge: Edge;
let tenant: Awaited<ReturnType<typeof seedTenant>>;
let alice: SeededDevice;
let bob: SeededDevice;
let carol: SeededDevice;
const cleanup: (() => Promise<void>)[] = [];

beforeAll(async () => {
  stack = await startCallStack('transfer', {
    SIP_TCP_ENABLED: 'false',
    SIP_TLS_ENABLED: 'false',
    SIP_WS_ENABLED: 'false',
    SIP_WSS_ENABLED: 'false',
  });
  ({ store, edge, tenant, alice, bob } = stack);
  carol = await seedDevice(store, tenant, await seedUser(store, tenant, '203', 'Carol'));
}, 30_000);

afterEach(async () => {
  for (const step of cleanup.splice(0)) await step();
});

afterAll(async () => {
  await stack?.stop();
});

async function phone(
  device: SeededDevice,
  registered: boolean,
): Promise<{ phone: TransferPhone; media: RtpTestEndpoint }> {
  const port = edge.ports.UDP;
  if (port === undefined) throw new Error('no UDP port');
  const client = await SipTestClient.open('UDP', port);
  const media = await RtpTestEndpoint.open();
  const p = new TransferPhone(client, device.device.sipUsername, media.rtpPort);
  cleanup.push(async () => {
    // Unregister, so the next test's phone is the only contact of the extension.
    if (registered) await unregister(client, device);
    p.stop();
    client.close();
    media.close();
  });
  if (registered) await register(client, device, tenant.sipDomain);
  return { phone: p, media };
}

async function unregister(client: SipTestClient, device: SeededDevice): Promise<void> {
  const request = buildRegister(client, {
    domain: tenant.sipDomain,
    username: device.device.sipUsername,
    expires: 0,
  });
  const challenge = await client.request(request);
  if (challenge?.status === 401) {
    await client.request(withCredentials(request, challenge, device.device.sipUsername, device.sipPassword));
  }
}

function tone(ssrc: number) {
  return tonePackets({
    frequency: 1000,
    levelDbfs: -12,
    durationMs: 400,
    law: 'mulaw',
    payloadType: 0,
    ssrc,
  });
}

function fromSsrc(media: RtpTestEndpoint, ssrc: number): number {
  return media.packets(0).filter((p) => p.ssrc === ssrc).length;
}

function sipfrags(notifies: readonly SipRequest[]): (number | undefined)[] {
  return notifies.map((n) => sipfragStatus(n.body.toString('utf8')));
}

describe('blind transfer (RFC 5589 §6)', () => {
  it('Bob refers Alice to 203: Carol rings with Referred-By, NOTIFY 100 then 200, Bob gets BYE, Alice↔Carol audio through the relay', async () => {
    const a = await phone(alice, false);
    const b = await phone(bob, true);
    const c = await phone(carol, true);
    const domain = tenant.sipDomain;

    // Arrange: Alice calls 202 and Bob answers.
    const call = await a.phone.call(alice, domain, '202');
    const relayForA = audioPort(call.answer.body);
    const inviteToBob = b.phone.invites[0];
    if (!inviteToBob) throw new Error('Bob got no INVITE');
    const bobDialog = b.phone.dialogOf(inviteToBob);

    // Act: Bob transfers Alice to 203.
    const accepted = await b.phone.inDialog(bobDialog, 'REFER', [
      ['Refer-To', `<sip:203@${domain}>`],
      ['Referred-By', `<sip:202@${domain}>`],
    ]);
    expect(accepted?.status).toBe(202);

    // Assert signalling: Carol is called for Alice, Bob hears how it went and is released.
    await waitFor(() => c.phone.invites.length > 0, 5000, 'INVITE at Carol');
    const inviteToCarol = c.phone.invites[0] as SipRequest;
    expect(inviteToCarol.headers.get('referred-by')).toBe(`<sip:202@${domain}>`);
    await waitFor(() => b.phone.notifies.length >= 2, 5000, 'two NOTIFYs at Bob');
    expect(sipfrags(b.phone.notifies)).toEqual([100, 200]);
    expect(b.phone.notifies.map((n) => n.headers.get('event'))).toEqual(
      b.phone.notifies.map(() => expect.stringMatching(/^refer/)),
    );
    expect(b.phone.notifies[0]?.headers.get('subscription-state')).toMatch(/^active/);
    expect(b.phone.notifies[1]?.headers.get('subscription-state')).toMatch(/^terminated/);
    expect(b.phone.notifies[1]?.headers.get('content-type')).toMatch(/^message\/sipfrag/);
    await waitFor(() => b.phone.byes.length > 0, 3000, 'BYE to Bob');
    expect(a.phone.byes).toHaveLength(0);
    // Alice was re-INVITEd with Carol's session (sendrecv, at the same relay port): off any hold.
    const reInvite = a.phone.invites.at(-1);
    expect(reInvite?.body.toString('utf8')).toMatch(/a=sendrecv/);
    expect(audioPort(reInvite?.body ?? Buffer.alloc(0))).toBe(relayForA);

    // Assert media: Alice keeps her relay port; her RTP now reaches Carol, and Carol's reaches Alice.
    const relayForC = audioPort(inviteToCarol.body);
    await Promise.all([
      sendAll((p) => a.media.send(p, relayForA), tone(101), 5),
      sendAll((p) => c.media.send(p, relayForC), tone(303), 5),
    ]);
    await waitFor(() => fromSsrc(c.media, 101) >= 15 && fromSsrc(a.media, 303) >= 15, 3000, 'audio A↔C');
    expect(fromSsrc(b.media, 101)).toBe(0);

    // Alice hangs up: the BYE reaches Carol, not Bob again.
    expect((await a.phone.inDialog(call.dialog, 'BYE'))?.status).toBe(200);
    await waitFor(() => c.phone.byes.length > 0, 3000, 'BYE to Carol');
    expect(b.phone.byes).toHaveLength(1);
  }, 40_000);

  it('a busy target: NOTIFY 486, Bob stays in the call with Alice; bad REFERs are refused', async () => {
    const a = await phone(alice, false);
    const b = await phone(bob, true);
    const c = await phone(carol, true);
    c.phone.answerWith = 486;
    const domain = tenant.sipDomain;
    const call = await a.phone.call(alice, domain, '202');
    const bobDialog = b.phone.dialogOf(b.phone.invites[0] as SipRequest);

    // Security: malformed and foreign Refer-To are refused with a reason; an unknown dialog gets 481.
    const malformed = await b.phone.inDialog(bobDialog, 'REFER', [['Refer-To', '<sip:203@']]);
    expect(malformed?.status).toBe(400);
    expect(malformed?.reason).toMatch(/Malformed Refer-To/);
    const badReplaces = await b.phone.inDialog(bobDialog, 'REFER', [
      ['Refer-To', `<sip:203@${domain}?Replaces=abc%3Bto-tag%3Dt1>`],
    ]);
    expect(badReplaces?.status).toBe(400);
    expect(badReplaces?.reason).toBe('Malformed Replaces in Refer-To');
    const tel = await b.phone.inDialog(bobDialog, 'REFER', [['Refer-To', '<tel:+4930123>']]);
    expect(tel?.status).toBe(416);
    const foreign = await b.phone.inDialog(bobDialog, 'REFER', [['Refer-To', '<sip:203@evil.example>']]);
    expect(foreign?.status).toBe(403);
    const unknown = await b.phone.inDialog({ ...bobDialog, callId: 'no-such-call' }, 'REFER', [
      ['Refer-To', `<sip:203@${domain}>`],
    ]);
    expect(unknown?.status).toBe(481);

    // Act: a valid REFER to the busy 203.
    expect((await b.phone.inDialog(bobDialog, 'REFER', [['Refer-To', `<sip:203@${domain}>`]]))?.status).toBe(
      202,
    );
    await waitFor(() => b.phone.notifies.length >= 2, 8000, 'two NOTIFYs at Bob');
    expect(sipfrags(b.phone.notifies)).toEqual([100, 486]);
    expect(b.phone.notifies[1]?.body.toString('utf8')).toBe('SIP/2.0 486 Busy Here\r\n');

    // The limit: MAX_REFERS_PER_CALL accepted REFERs a call, then 403 with the reason.
    for (let n = 2; n <= MAX_REFERS_PER_CALL; n++) {
      const again = await b.phone.inDialog(bobDialog, 'REFER', [['Refer-To', `<sip:203@${domain}>`]]);
      expect(again?.status).toBe(202);
      await waitFor(() => b.phone.notifies.length >= 2 * n, 8000, `NOTIFYs of REFER ${n}`);
    }
    const tooMany = await b.phone.inDialog(bobDialog, 'REFER', [['Refer-To', `<sip:203@${domain}>`]]);
    expect(tooMany?.status).toBe(403);
    expect(tooMany?.reason).toBe('Forbidden - Too many REFERs');

    // Assert: the call Alice↔Bob goes on (no BYE either way), and Bob can still end it.
    await new Promise((r) => setTimeout(r, 300));
    expect(b.phone.byes).toHaveLength(0);
    expect(a.phone.byes).toHaveLength(0);
    expect((await b.phone.inDialog(bobDialog, 'BYE'))?.status).toBe(200);
    await waitFor(() => a.phone.byes.length > 0, 3000, 'BYE to Alice');
    expect(call.dialog.callId).toBeTruthy();
  }, 40_000);
});

describe('blind transfer by the caller', () => {
  it('Alice refers Bob to 203 and hangs up at once: Carol answers and Bob↔Carol talk; REFER from another flow is refused', async () => {
    const a = await phone(alice, false);
    const b = await phone(bob, true);
    const c = await phone(carol, true);
    const domain = tenant.sipDomain;
    const call = await a.phone.call(alice, domain, '202');
    const relayForB = audioPort((b.phone.invites[0] as SipRequest).body);

    // Security: the same dialog identifiers from another socket are not Alice's flow.
    const port = edge.ports.UDP ?? 0;
    const intruder = await SipTestClient.open('UDP', port);
    const spoof = new TransferPhone(intruder, 'intruder', 9);
    try {
      const refused = await spoof.inDialog({ ...call.dialog, cseq: call.dialog.cseq + 10 }, 'REFER', [
        ['Refer-To', `<sip:203@${domain}>`],
      ]);
      expect(refused?.status).toBe(403);
    } finally {
      spoof.stop();
      intruder.close();
    }

    // Act: Alice transfers Bob to 203 and hangs up right after the 202 (RFC 5589 §6.1 allows it).
    expect(
      (await a.phone.inDialog(call.dialog, 'REFER', [['Refer-To', `<sip:203@${domain}>`]]))?.status,
    ).toBe(202);
    expect((await a.phone.inDialog(call.dialog, 'BYE'))?.status).toBe(200);

    // Assert: Carol is called as Bob's party, Bob is not hung up, and audio flows Bob↔Carol.
    await waitFor(() => c.phone.invites.length > 0, 5000, 'INVITE at Carol');
    const relayForC = audioPort((c.phone.invites[0] as SipRequest).body);
    await Promise.all([
      sendAll((p) => b.media.send(p, relayForB), tone(202), 5),
      sendAll((p) => c.media.send(p, relayForC), tone(303), 5),
    ]);
    await waitFor(() => fromSsrc(c.media, 202) >= 15 && fromSsrc(b.media, 303) >= 15, 3000, 'audio B↔C');
    expect(b.phone.byes).toHaveLength(0);

    // Carol hangs up: Bob gets the BYE.
    const carolDialog = c.phone.dialogOf(c.phone.invites[0] as SipRequest);
    expect((await c.phone.inDialog(carolDialog, 'BYE'))?.status).toBe(200);
    await waitFor(() => b.phone.byes.length > 0, 3000, 'BYE to Bob');
  }, 40_000);
});

describe('attended transfer (RFC 5589 §7, RFC 3891)', () => {
  it('Alice talks to Bob, consults Carol, REFERs Bob to Carol with Replaces: Bob↔Carol audio, Alice released from both calls', async () => {
    const a = await phone(alice, false);
    const b = await phone(bob, true);
    const c = await phone(carol, true);
    const domain = tenant.sipDomain;

    const startedAt = new Date().toISOString();
    // Arrange: call 1 Alice→Bob, call 2 Alice→Carol (the consultation).
    const call1 = await a.phone.call(alice, domain, '202');
    const call2 = await a.phone.call(alice, domain, '203');
    const relayForB = audioPort((b.phone.invites[0] as SipRequest).body);
    const localTag = /tag=([^;>\s]+)/.exec(call2.dialog.local)?.[1];
    const remoteTag = /tag=([^;>\s]+)/.exec(call2.dialog.remote)?.[1];
    const replaces = encodeURIComponent(`${call2.dialog.callId};to-tag=${remoteTag};from-tag=${localTag}`);

    // Act: Alice refers Bob (call 1) to Carol, replacing her dialog with Carol (call 2).
    const accepted = await a.phone.inDialog(call1.dialog, 'REFER', [
      ['Refer-To', `<sip:203@${domain}?Replaces=${replaces}>`],
    ]);
    expect(accepted?.status).toBe(202);

    // Assert signalling: Carol is re-INVITEd to the new anchor, Alice gets NOTIFY 100/200 and two BYEs.
    await waitFor(() => c.phone.invites.length >= 2, 5000, 're-INVITE at Carol');
    const reInvite = c.phone.invites.at(-1) as SipRequest;
    await waitFor(() => a.phone.notifies.length >= 2, 5000, 'two NOTIFYs at Alice');
    expect(sipfrags(a.phone.notifies)).toEqual([100, 200]);
    expect(a.phone.notifies.every((n) => n.headers.get('call-id') === call1.dialog.callId)).toBe(true);
    await waitFor(() => a.phone.byes.length >= 2, 3000, 'BYE to Alice in both calls');
    expect(new Set(a.phone.byes.map((m) => m.headers.get('call-id')))).toEqual(
      new Set([call1.dialog.callId, call2.dialog.callId]),
    );
    expect(b.phone.byes).toHaveLength(0);
    expect(c.phone.byes).toHaveLength(0);

    // Assert media: Bob keeps his relay port, Carol moved to the one her re-INVITE names.
    const relayForC = audioPort(reInvite.body);
    await Promise.all([
      sendAll((p) => b.media.send(p, relayForB), tone(202), 5),
      sendAll((p) => c.media.send(p, relayForC), tone(303), 5),
    ]);
    await waitFor(() => fromSsrc(c.media, 202) >= 15 && fromSsrc(b.media, 303) >= 15, 3000, 'audio B↔C');
    expect(fromSsrc(a.media, 202)).toBe(0);

    // Bob hangs up: Carol gets the BYE.
    const bobDialog = b.phone.dialogOf(b.phone.invites[0] as SipRequest);
    expect((await b.phone.inDialog(bobDialog, 'BYE'))?.status).toBe(200);
    await waitFor(() => c.phone.byes.length > 0, 3000, 'BYE to Carol');

    // CDRs: call 1 has Alice's, Bob's and Carol's legs (Carol joined at the transfer, with the leg
    // id of her leg in call 2); call 2 has Alice's and Carol's legs, both ended at the transfer.
    const range = { from: startedAt, to: new Date(Date.now() + 60_000).toISOString() };
    const deadline = Date.now() + 8000;
    // Only this test's calls: earlier tests' CDRs may be written meanwhile.
    const mine = async () =>
      (await store.cdrs.list({ tenantId: tenant.id }, range)).items.filter(
        (cdr) => cdr.startedAt >= startedAt,
      );
    let cdrs = await mine();
    while (cdrs.length < 2 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
      cdrs = await mine();
    }
    const devices = (cdr: (typeof cdrs)[number]) => cdr.legs.map((l) => l.deviceId).sort();
    const byLegs = [...cdrs].sort((x, y) => y.legs.length - x.legs.length);
    expect(byLegs.map(devices)).toEqual([
      [alice.device.id, bob.device.id, carol.device.id].sort(),
      [alice.device.id, carol.device.id].sort(),
    ]);
    const [first, second] = byLegs;
    const carolIn = (cdr: typeof first) => cdr?.legs.find((l) => l.deviceId === carol.device.id);
    expect(carolIn(first)?.legId).toBe(carolIn(second)?.legId);
    expect(carolIn(first)?.answeredAt).not.toBeNull();
    expect(second?.disposition).toBe('answered');
  }, 40_000);

  it('the consultation was Carol calling Alice: Alice REFERs Bob to Carol, Carol (call 2’s caller) moves to call 1', async () => {
    const a = await phone(alice, true);
    const b = await phone(bob, true);
    const c = await phone(carol, false);
    const domain = tenant.sipDomain;
    const call1 = await a.phone.call(alice, domain, '202');
    const relayForB = audioPort((b.phone.invites[0] as SipRequest).body);
    // Call 2: Carol calls 201; Alice's phone answers it (her dialog as UAS).
    const call2 = await c.phone.call(carol, domain, '201');
    const inviteToAlice = a.phone.invites[0] as SipRequest;
    const aliceIn2 = a.phone.dialogOf(inviteToAlice);
    const localTag = /tag=([^;>\s]+)/.exec(aliceIn2.local)?.[1];
    const remoteTag = /tag=([^;>\s]+)/.exec(aliceIn2.remote)?.[1];
    const replaces = encodeURIComponent(`${aliceIn2.callId};to-tag=${remoteTag};from-tag=${localTag}`);

    const accepted = await a.phone.inDialog(call1.dialog, 'REFER', [
      ['Refer-To', `<sip:203@${domain}?Replaces=${replaces}>`],
    ]);
    expect(accepted?.status).toBe(202);
    await waitFor(() => a.phone.notifies.length >= 2, 5000, 'two NOTIFYs at Alice');
    expect(sipfrags(a.phone.notifies)).toEqual([100, 200]);
    await waitFor(() => a.phone.byes.length >= 2, 3000, 'BYE to Alice in both calls');
    expect(c.phone.byes).toHaveLength(0);

    // Carol's re-INVITE (in her own call's dialog) names her new relay port; audio flows B↔C.
    await waitFor(() => c.phone.invites.length > 0, 3000, 're-INVITE at Carol');
    const relayForC = audioPort((c.phone.invites.at(-1) as SipRequest).body);
    await Promise.all([
      sendAll((p) => b.media.send(p, relayForB), tone(202), 5),
      sendAll((p) => c.media.send(p, relayForC), tone(303), 5),
    ]);
    await waitFor(() => fromSsrc(c.media, 202) >= 15 && fromSsrc(b.media, 303) >= 15, 3000, 'audio B↔C');

    // Bob hangs up: Carol gets the BYE in her original dialog (it lives on in call 1).
    const bobDialog = b.phone.dialogOf(b.phone.invites[0] as SipRequest);
    expect((await b.phone.inDialog(bobDialog, 'BYE'))?.status).toBe(200);
    await waitFor(() => c.phone.byes.length > 0, 3000, 'BYE to Carol');
    expect(c.phone.byes[0]?.headers.get('call-id')).toBe(call2.dialog.callId);
  }, 40_000);

  it('an INVITE with Replaces from outside: 481 when it names no dialog of the tenant, 403 with the reason when it does', async () => {
    const a = await phone(alice, false);
    await phone(bob, true);
    const c = await phone(carol, false);
    const domain = tenant.sipDomain;
    const call1 = await a.phone.call(alice, domain, '202');
    const aliceTag = /tag=([^;>\s]+)/.exec(call1.dialog.local)?.[1];
    const edgeTag = /tag=([^;>\s]+)/.exec(call1.dialog.remote)?.[1];

    const unknown = await c.phone.attempt(carol, domain, '201', [
      ['Replaces', 'nope@host;to-tag=x;from-tag=y'],
    ]);
    expect(unknown?.status).toBe(481);
    const known = await c.phone.attempt(carol, domain, '201', [
      ['Replaces', `${call1.dialog.callId};to-tag=${edgeTag};from-tag=${aliceTag}`],
    ]);
    expect(known?.status).toBe(403);
    expect(known?.reason).toMatch(/REFER/);
    // The call it named is untouched.
    expect(a.phone.byes).toHaveLength(0);
    expect((await a.phone.inDialog(call1.dialog, 'BYE'))?.status).toBe(200);
  }, 40_000);

  it('Replaces naming no dialog on this edge: NOTIFY 481 and the call goes on', async () => {
    const a = await phone(alice, false);
    await phone(bob, true);
    const domain = tenant.sipDomain;
    const call1 = await a.phone.call(alice, domain, '202');
    const replaces = encodeURIComponent('nope@host;to-tag=x;from-tag=y');
    const accepted = await a.phone.inDialog(call1.dialog, 'REFER', [
      ['Refer-To', `<sip:203@${domain}?Replaces=${replaces}>`],
    ]);
    expect(accepted?.status).toBe(202);
    await waitFor(() => a.phone.notifies.length >= 2, 5000, 'two NOTIFYs at Alice');
    expect(sipfrags(a.phone.notifies)).toEqual([100, 481]);
    expect(a.phone.byes).toHaveLength(0);
    expect((await a.phone.inDialog(call1.dialog, 'BYE'))?.status).toBe(200);
  }, 40_000);
});
