import { type Cdr, newId } from '@carillon/domain';
import { describe, expect, it } from 'vitest';
import {
  callEndedEvent,
  deviceRegistrationEvent,
  eventBody,
  messageIdOf,
  testEvent,
  voicemailCreatedEvent,
  webhookEventSchema,
} from './events';

const tenantId = newId('tnt');
const party = { number: '201', name: null };
const cdr: Cdr = {
  id: newId('cdr'),
  tenantId,
  callId: 'a84b4c76e66710',
  idempotencyKey: 'edge-1:a84b4c76e66710',
  direction: 'internal',
  caller: party,
  callee: { number: '202', name: 'Reception' },
  startedAt: '2026-11-25T06:00:00.000Z',
  answeredAt: '2026-11-25T06:00:05.000Z',
  endedAt: '2026-11-25T06:01:05.000Z',
  durationSeconds: 65,
  billableSeconds: 60,
  disposition: 'answered',
  hangupCause: 16,
  hangupSide: 'caller',
  private: false,
  legs: [
    {
      legId: 'leg-1',
      kind: 'extension',
      caller: party,
      callee: party,
      deviceId: null,
      userId: null,
      trunkId: null,
      startedAt: '2026-11-25T06:00:00.000Z',
      answeredAt: '2026-11-25T06:00:05.000Z',
      endedAt: '2026-11-25T06:01:05.000Z',
      disposition: 'answered',
      hangupCause: 16,
      hangupSide: 'caller',
      codec: 'PCMU',
      rtp: null,
    },
  ],
  createdAt: '2026-11-25T06:01:06.000Z',
};

describe('webhook events', () => {
  it('call.ended carries the CDR, timestamped at the end of the call', () => {
    const event = callEndedEvent(cdr);
    expect(event).toMatchObject({ type: 'call.ended', tenantId, timestamp: cdr.endedAt, data: cdr });
    expect(webhookEventSchema.parse(JSON.parse(eventBody(event)))).toEqual(event);
  });

  it('gives the same event the same id, and each endpoint its own message id', () => {
    expect(callEndedEvent(cdr).id).toBe(callEndedEvent(cdr).id);
    expect(callEndedEvent({ ...cdr, id: newId('cdr') }).id).not.toBe(callEndedEvent(cdr).id);
    const eventId = callEndedEvent(cdr).id;
    expect(messageIdOf(eventId, newId('whk'))).toMatch(/^msg_[0-9a-z]{26}$/);
    expect(messageIdOf(eventId, 'whk_a')).not.toBe(messageIdOf(eventId, 'whk_b'));
    expect(messageIdOf(eventId, 'whk_a')).toBe(messageIdOf(eventId, 'whk_a'));
  });

  it('device events carry the binding; unregistered has no expiry', () => {
    const deviceId = newId('dev');
    const data = {
      deviceId,
      aor: 'sip:201-abc@demo.carillon.localhost',
      contactUri: 'sip:201-abc@127.0.0.1:5062',
      transport: 'udp',
      edgeNodeId: 'edge-1',
      expiresAt: null,
    };
    const event = deviceRegistrationEvent('device.unregistered', tenantId, '2026-11-25T06:00:00.000Z', data);
    expect(event).toMatchObject({ type: 'device.unregistered', data });
    const again = deviceRegistrationEvent('device.registered', tenantId, '2026-11-25T06:00:00.000Z', data);
    expect(again.id).not.toBe(event.id);
  });

  it('voicemail.created validates its data', () => {
    const data = {
      messageId: 'vm-1',
      voicemailBoxId: newId('vmb'),
      userId: newId('usr'),
      callId: 'c1',
      caller: { number: '+4930123', name: null },
      calledNumber: '201',
      receivedAt: '2026-11-25T06:00:00.000Z',
      durationSeconds: 12,
      mediaType: 'audio/wav',
    };
    expect(voicemailCreatedEvent(tenantId, data).type).toBe('voicemail.created');
    expect(() => voicemailCreatedEvent(tenantId, { ...data, voicemailBoxId: 'box' })).toThrow(
      /voicemail box id/,
    );
  });

  it('a test event is new every time and may have no tenant (a reseller endpoint)', () => {
    const endpointId = newId('whk');
    const first = testEvent(null, endpointId, new Date());
    expect(first).toMatchObject({ type: 'webhook.test', tenantId: null, data: { endpointId } });
    expect(testEvent(null, endpointId, new Date()).id).not.toBe(first.id);
  });
});
