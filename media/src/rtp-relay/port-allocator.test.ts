import { describe, expect, test } from 'vitest';
import { PortAllocator } from './port-allocator';
import { RtpRelayError } from './rtp-relay-error';

const always = async () => true;

describe('PortAllocator', () => {
  test('hands out only even ports whose odd RTCP partner is inside the range (RFC 3550 §11)', async () => {
    const ports = new PortAllocator(10_001, 10_008);
    expect(ports.capacity).toBe(3); // 10002/3, 10004/5, 10006/7 — 10008 has no 10009
    const got = [await ports.allocate(always), await ports.allocate(always), await ports.allocate(always)];
    expect(got).toEqual([10_002, 10_004, 10_006]);
  });

  test('an exhausted range is an explicit PORTS_EXHAUSTED error, and a freed pair is usable again', async () => {
    const ports = new PortAllocator(20_000, 20_003);
    const first = await ports.allocate(always);
    await ports.allocate(always);
    const error = await ports.allocate(always).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RtpRelayError);
    expect((error as RtpRelayError).code).toBe('PORTS_EXHAUSTED');
    ports.free(first);
    expect(await ports.allocate(always)).toBe(first);
  });

  test('a pair another process holds is skipped, not handed out', async () => {
    const ports = new PortAllocator(30_000, 30_005);
    const port = await ports.allocate(async (p) => p !== 30_000);
    expect(port).toBe(30_002);
    expect(ports.allocated).toBe(1);
  });

  test('a freed port is reused as late as possible, so stray packets of an old call miss new calls', async () => {
    const ports = new PortAllocator(40_000, 40_007);
    const a = await ports.allocate(always);
    ports.free(a);
    expect(await ports.allocate(always)).not.toBe(a);
  });

  test('a range without a whole even/odd pair is refused', () => {
    expect(() => new PortAllocator(50_001, 50_001)).toThrow(RtpRelayError);
    expect(() => new PortAllocator(80, 2000)).toThrow(/1024/);
  });
});
