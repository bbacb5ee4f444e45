import { describe, expect, it } from 'vitest';
import { CallLimits } from './call-limits';

describe('CallLimits', () => {
  it('refuses a device over its own limit while its tenant still has room', () => {
    const limits = new CallLimits({ maxPerDevice: 2, maxPerTenant: 10 });
    expect(limits.tryAcquireCall('t1', 'd1').ok).toBe(true);
    expect(limits.tryAcquireCall('t1', 'd1').ok).toBe(true);
    expect(limits.tryAcquireCall('t1', 'd1')).toEqual({ ok: false, limit: 'device', active: 2, max: 2 });
    expect(limits.tryAcquireCall('t1', 'd2').ok).toBe(true);
  });

  it('refuses any device once the tenant is at its limit, and admits again after a release', () => {
    const limits = new CallLimits({ maxPerDevice: 5, maxPerTenant: 2 });
    const first = limits.tryAcquireCall('t1', 'd1');
    limits.tryAcquireCall('t1', 'd2');
    expect(limits.tryAcquireCall('t1', 'd3')).toMatchObject({ ok: false, limit: 'tenant' });
    expect(limits.tryAcquireCall('t2', 'd9').ok).toBe(true);
    if (!first.ok) throw new Error('first call should be admitted');
    first.release();
    expect(limits.tryAcquireCall('t1', 'd3').ok).toBe(true);
  });

  it('releases a slot once even when release is called twice', () => {
    const limits = new CallLimits({ maxPerDevice: 1, maxPerTenant: 5 });
    const a = limits.tryAcquireCall('t1', 'd1');
    if (!a.ok) throw new Error('should be admitted');
    a.release();
    const b = limits.tryAcquireCall('t1', 'd1');
    a.release();
    expect(b.ok).toBe(true);
    expect(limits.activeCalls('t1', 'd1')).toBe(1);
    expect(limits.activeCalls('t1')).toBe(1);
  });

  it('uses the control plane limits over the edge defaults', () => {
    const limits = new CallLimits({ maxPerDevice: 10, maxPerTenant: 10 });
    expect(limits.tryAcquireCall('t1', 'd1', { maxPerDevice: 1 }).ok).toBe(true);
    expect(limits.tryAcquireCall('t1', 'd1', { maxPerDevice: 1 })).toMatchObject({
      ok: false,
      limit: 'device',
    });
  });
});
