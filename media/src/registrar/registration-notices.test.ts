import type { Registration } from '@carillon/domain';
import type { RegistrationEvent } from '@carillon/edge-api';
import { registrationEventSchema } from '@carillon/edge-api';
import { createLogger } from '@carillon/logger';
import { describe, expect, it } from 'vitest';
import { RegistrationNotices } from './registration-notices';

const binding: Registration = {
  id: 'reg_1',
  tenantId: 'ten_1',
  deviceId: 'dev_1',
  aor: 'sip:alice@acme.example',
  contactUri: 'sip:alice@192.0.2.1:5060',
  instanceId: null,
  regId: null,
  callId: 'c1',
  cseq: 1,
  transport: 'tcp',
  sourceAddress: '192.0.2.1:5060',
  userAgent: null,
  edgeNodeId: 'edge-a',
  registeredAt: '2026-11-25T10:00:00.000Z',
  expiresAt: '2026-11-25T11:00:00.000Z',
  expiresAtEpoch: Date.parse('2026-11-25T11:00:00.000Z') / 1000,
};
const log = createLogger({ service: 'notices-test', level: 'silent' });
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('RegistrationNotices', () => {
  it('sends notices the control plane accepts: registered with the expiry, unregistered without', async () => {
    const sent: RegistrationEvent[] = [];
    const notices = new RegistrationNotices({ send: async (event) => void sent.push(event), logger: log });
    notices.registered(binding, new Date('2026-11-25T10:00:00Z'));
    notices.unregistered(binding, new Date('2026-11-25T10:30:00Z'));
    await settle();
    expect(sent.map((event) => registrationEventSchema.parse(event))).toEqual([
      expect.objectContaining({
        event: 'device.registered',
        expiresAt: '2026-11-25T11:00:00.000Z',
        transport: 'tcp',
      }),
      expect.objectContaining({
        event: 'device.unregistered',
        expiresAt: null,
        at: '2026-11-25T10:30:00.000Z',
      }),
    ]);
  });

  it('drops notices beyond the in-flight bound instead of queueing them, and survives failed sends', async () => {
    const pending: (() => void)[] = [];
    let calls = 0;
    const notices = new RegistrationNotices({
      send: () => {
        calls += 1;
        return new Promise<void>((_resolve, reject) => pending.push(() => reject(new Error('down'))));
      },
      logger: log,
      maxInFlight: 2,
    });
    for (let i = 0; i < 5; i += 1) notices.registered(binding, new Date());
    expect(calls).toBe(2);
    expect(notices.dropped).toBe(3);
    for (const fail of pending.splice(0)) fail();
    await settle();
    notices.registered(binding, new Date());
    expect(calls).toBe(3);
  });
});
