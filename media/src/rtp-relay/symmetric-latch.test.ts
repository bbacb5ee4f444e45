import { describe, expect, test } from 'vitest';
import { SymmetricLatch } from './symmetric-latch';

const SDP = { address: '192.168.1.10', port: 4000 }; // a phone's private address
const NAT = { address: '203.0.113.5', port: 31_000 }; // where its packets really come from

describe('SymmetricLatch', () => {
  test('before any packet it sends to the SDP address', () => {
    const latch = new SymmetricLatch();
    latch.setSignalled(SDP);
    expect(latch.target).toEqual(SDP);
  });

  test('the first valid packet latches its source: media goes back through the NAT', () => {
    const latch = new SymmetricLatch();
    latch.setSignalled(SDP);
    expect(latch.observe(NAT.address, NAT.port, 0)).toBe('accept');
    expect(latch.target).toEqual(NAT);
  });

  test('an injector racing the live stream is dropped and never takes over', () => {
    const latch = new SymmetricLatch({ relatchPackets: 5, relatchQuietMs: 500 });
    latch.setSignalled(SDP);
    latch.observe(NAT.address, NAT.port, 0);
    for (let t = 20; t < 2000; t += 20) {
      expect(latch.observe('198.51.100.66', 5555, t)).toBe('drop');
      expect(latch.observe('198.51.100.66', 5555, t + 1)).toBe('drop');
      latch.observe(NAT.address, NAT.port, t + 2);
    }
    expect(latch.target).toEqual(NAT);
  });

  test('a sustained change (old mapping silent, new source steady) re-latches: NAT rebinding', () => {
    const latch = new SymmetricLatch({ relatchPackets: 5, relatchQuietMs: 100 });
    latch.setSignalled(SDP);
    latch.observe(NAT.address, NAT.port, 0);
    const verdicts: string[] = [];
    for (let t = 20; t <= 200; t += 20) verdicts.push(latch.observe(NAT.address, 31_002, t));
    // dropped until both 5 packets and 100 ms of silence of the old source
    expect(verdicts.slice(0, 4)).toEqual(['drop', 'drop', 'drop', 'drop']);
    expect(verdicts.at(-1)).toBe('accept');
    expect(latch.target).toEqual({ address: NAT.address, port: 31_002 });
  });

  test('packets from exactly the SDP address always win, displacing an early injector', () => {
    const peer = { address: '198.51.100.7', port: 20_000 };
    const latch = new SymmetricLatch();
    latch.setSignalled(peer);
    latch.observe('198.51.100.66', 5555, 0); // attacker first
    expect(latch.observe(peer.address, peer.port, 10)).toBe('accept');
    expect(latch.target).toEqual(peer);
  });

  test("policy 'sdp-address' latches only sources on the SDP's host (trunks)", () => {
    const trunk = { address: '198.51.100.7', port: 20_000 };
    const latch = new SymmetricLatch({ source: 'sdp-address' });
    latch.setSignalled(trunk);
    expect(latch.observe('198.51.100.66', 20_000, 0)).toBe('drop');
    expect(latch.observe(trunk.address, 20_004, 1)).toBe('accept');
    expect(latch.target).toEqual({ address: trunk.address, port: 20_004 });
  });

  test('a new SDP (re-INVITE to another address) restarts latching', () => {
    const latch = new SymmetricLatch();
    latch.setSignalled(SDP);
    latch.observe(NAT.address, NAT.port, 0);
    const moved = { address: '192.168.1.20', port: 6000 };
    latch.setSignalled(moved);
    expect(latch.target).toEqual(moved);
    latch.setSignalled(undefined); // hold with 0.0.0.0 (RFC 3264 §8.4)
    expect(latch.target).toBeUndefined();
  });
});
