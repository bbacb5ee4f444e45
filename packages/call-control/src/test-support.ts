import type { ActionInput, ActionType } from './actions';
import type { CallInfoInput } from './call-info';
import type { CallEventInput } from './events';
import type { LegReportInput } from './leg-report';

/** Realistic inputs shared by the tests: a trunk call to a DID, and one valid example of every action. */

export const TENANT_ID = 'tnt_0k3qv8m2c1x9d4e7f6g5h2j3k4';
export const CALL_ID = 'a84b4c76e66710@pc33.example.com';
export const LEG_ID = 'leg-1';

export const trunkCall: CallInfoInput = {
  from: { uri: 'sip:+4930123456@sip.provider.example;user=phone', user: '+4930123456', displayName: 'Alice' },
  to: { uri: 'sip:+4989700100@carillon.example', user: '+4989700100' },
  requestUri: 'sip:+4989700100@10.0.0.5:5060',
  source: { kind: 'trunk', trunkId: 'trk_main' },
  headers: {
    pAssertedIdentity: ['<sip:+4930123456@sip.provider.example>'],
    diversion: ['<sip:+4989700199@x>;reason=no-answer'],
  },
  signalling: { transport: 'udp', remoteAddress: '192.0.2.10', remotePort: 5060 },
  codecs: ['PCMA', 'PCMU', 'telephone-event'],
  startedAt: '2025-03-03T09:15:00.000Z',
};

export const envelope = {
  protocolVersion: 1,
  callId: CALL_ID,
  legId: LEG_ID,
  tenantId: TENANT_ID,
  seq: 1,
  at: '2025-03-03T09:15:00.120Z',
  edgeNodeId: 'edge-eu-1a',
  call: trunkCall,
  state: null,
} as const;

export const callerLeg: LegReportInput = {
  legId: LEG_ID,
  kind: 'trunk',
  caller: { number: '+4930123456', name: 'Alice' },
  callee: { number: '+4989700100' },
  trunkId: 'trk_main',
  startedAt: '2025-03-03T09:15:00.000Z',
  answeredAt: '2025-03-03T09:15:04.000Z',
  endedAt: '2025-03-03T09:17:30.000Z',
  cause: 16,
  side: 'caller',
  codec: 'PCMA',
  rtp: {
    packetsSent: 7300,
    packetsReceived: 7290,
    bytesSent: 1_168_000,
    bytesReceived: 1_166_400,
    packetsLost: 10,
    jitterMs: 3.2,
    mos: 4.3,
  },
};

export const EVENT_EXAMPLES: Record<CallEventInput['event'], CallEventInput> = {
  'call.new': { ...envelope, event: 'call.new' },
  'action.done': {
    ...envelope,
    seq: 2,
    state: 'v1.e30.abc',
    event: 'action.done',
    result: {
      action: 'gather',
      index: 1,
      status: 'completed',
      digits: '12',
      terminator: '#',
      durationMs: 2400,
    },
  },
  'call.ended': {
    ...envelope,
    seq: 4,
    event: 'call.ended',
    ended: {
      cause: 16,
      side: 'caller',
      answeredAt: '2025-03-03T09:15:04.000Z',
      endedAt: '2025-03-03T09:17:30.000Z',
    },
    legs: [
      callerLeg,
      {
        ...callerLeg,
        legId: 'leg-2',
        kind: 'extension',
        trunkId: null,
        deviceId: 'dev_desk201',
        side: 'caller',
      },
    ],
  },
  'leg.report': {
    ...envelope,
    seq: 3,
    legId: 'leg-2',
    event: 'leg.report',
    leg: { ...callerLeg, legId: 'leg-2' },
  },
};

const prompt = (key: string) => ({ kind: 'prompt', key }) as const;

/** At least one valid example per action type, every variant of the nested unions included. */
export const ACTION_EXAMPLES: Record<ActionType, ActionInput[]> = {
  answer: [{ type: 'answer' }],
  ring: [
    { type: 'ring' },
    { type: 'ring', mode: 'ringback', country: 'DE', durationMs: 5000, id: 'night-delay' },
  ],
  play: [
    { type: 'play', source: prompt('tnt/prompts/welcome.wav') },
    { type: 'play', source: { kind: 'tone', tone: 'busy', country: 'DE' }, loop: 3 },
    { type: 'play', source: { kind: 'music' }, maxDurationMs: 30_000, earlyMedia: true },
  ],
  gather: [
    {
      type: 'gather',
      prompt: prompt('tnt/ivr/main-menu.wav'),
      maxDigits: 4,
      minDigits: 4,
      terminators: '#*',
      firstDigitTimeoutMs: 8000,
      interDigitTimeoutMs: 2000,
      dtmfMethods: ['rfc4733'],
    },
  ],
  dial: [
    {
      type: 'dial',
      strategy: 'sequential',
      targets: [
        { kind: 'device', deviceId: 'dev_desk201', timeoutMs: 5000 },
        { kind: 'contact', uri: 'sip:201@192.0.2.44:5062;transport=tcp' },
        {
          kind: 'external',
          number: '+491701234567',
          route: { kind: 'trunk', trunkId: 'trk_main' },
          confirm: { prompt: prompt('system/prompts/press-any-key.wav') },
        },
      ],
      timeoutMs: 45_000,
      callerId: { number: '+4989700100', name: 'Sales', privacy: 'none' },
      ringback: 'music',
      musicClass: 'default',
    },
    {
      type: 'dial',
      targets: [
        { kind: 'device', deviceId: 'dev_desk201' },
        {
          kind: 'external',
          number: '01701234567',
          route: { kind: 'gateway', gatewayId: 'apl_office', port: 2 },
          delayMs: 10_000,
        },
      ],
      ringback: 'early-media',
    },
  ],
  bridge: [{ type: 'bridge', legId: 'leg-7' }],
  record: [
    { type: 'record', operation: 'message', keyPrefix: 'tnt/voicemail/vmb_1/', silenceTimeoutMs: 5000 },
    { type: 'record', operation: 'start', keyPrefix: 'tnt/recordings/', beep: false },
    { type: 'record', operation: 'stop' },
  ],
  conference: [
    { type: 'conference', roomId: 'room-700', moderator: true, endOnExit: true, waitForModerator: false },
  ],
  queue: [
    {
      type: 'queue',
      queueId: 'que_support',
      strategy: 'least-recent',
      agents: [
        { agentId: 'usr_a', deviceIds: ['dev_a1', 'dev_a2'], penalty: 1 },
        { agentId: 'usr_b', deviceIds: ['dev_b1'] },
      ],
      wrapUpMs: 15_000,
      weight: 10,
      maxCallers: 20,
      greeting: prompt('tnt/queue/greeting.wav'),
      holdTimeAnnouncement: 'once',
      positionAnnouncementIntervalMs: 60_000,
      periodicAnnouncement: { prompt: prompt('tnt/queue/still-waiting.wav'), intervalMs: 45_000 },
      highLoadAnnouncement: { prompt: prompt('tnt/queue/busy.wav'), threshold: 5 },
      exitKeys: '1',
    },
  ],
  park: [{ type: 'park' }, { type: 'park', slot: '07', parkGroupId: 'park-1', timeoutMs: 60_000 }],
  pickup: [
    { type: 'pickup', target: { kind: 'parked', slot: '07' } },
    { type: 'pickup', target: { kind: 'ringing', deviceIds: ['dev_a1', 'dev_b1'] } },
  ],
  transfer: [
    { type: 'transfer', mode: 'blind', referTo: 'sip:+4930999@carillon.example' },
    { type: 'transfer', mode: 'attended', replacesLegId: 'leg-3', legId: 'leg-2' },
  ],
  fax: [
    { type: 'fax', operation: 'receive', keyPrefix: 'tnt/fax/in/', stationId: '+49 89 700100' },
    { type: 'fax', operation: 'send', documentKey: 'tnt/fax/out/doc.tiff', t38: false },
  ],
  'set-caller-id': [
    { type: 'set-caller-id', privacy: 'id' },
    { type: 'set-caller-id', number: '+4989700100' },
  ],
  hangup: [{ type: 'hangup' }, { type: 'hangup', sipStatus: 486, cause: 17, reason: 'Busy Here' }],
  redirect: [{ type: 'redirect', contacts: [{ uri: 'sip:+4930999@provider.example', q: 0.5 }] }],
};

export const STATE_KEY = 'k'.repeat(16) + 'K'.repeat(16);
