import { describe, expect, it } from 'vitest';
import { answerDirection, detectHold, holdDirection, type MediaDirection } from './direction';
import { CHROME_OFFER, plainOffer } from './offers.fixture';
import { parseSdp } from './session-description';

describe('detectHold', () => {
  it.each([
    ['a=sendonly on the stream', { mediaAttr: 'sendonly' }, 'sendonly'],
    ['a=sendonly at session level', { sessionAttr: 'sendonly' }, 'sendonly'],
    ['a=inactive', { mediaAttr: 'inactive' }, 'inactive'],
    ['the RFC 2543 form c=IN IP4 0.0.0.0', { address: '0.0.0.0' }, 'sendonly'],
    ['c=0.0.0.0 together with a=recvonly', { address: '0.0.0.0', mediaAttr: 'recvonly' }, 'inactive'],
  ])('sees a hold in %s', (_, form, direction) => {
    const state = detectHold(parseSdp(plainOffer(form)));
    expect(state.streams).toEqual([{ index: 0, type: 'audio', direction }]);
    expect(state.isHold).toBe(true);
  });

  it.each([
    ['no direction at all', {}, 'sendrecv'],
    ['a=recvonly (the offerer still receives)', { mediaAttr: 'recvonly' }, 'recvonly'],
    [
      'a media-level sendrecv overriding a session-level sendonly',
      { sessionAttr: 'sendonly', mediaAttr: 'sendrecv' },
      'sendrecv',
    ],
  ])('sees no hold with %s', (_, form, direction) => {
    const state = detectHold(parseSdp(plainOffer(form)));
    expect(state.streams[0]?.direction).toBe(direction);
    expect(state.isHold).toBe(false);
  });

  it('ignores rejected streams and the trickle-ICE 0.0.0.0 placeholder of a WebRTC offer', () => {
    const state = detectHold(parseSdp(CHROME_OFFER.replace('m=video 9', 'm=video 0')));
    expect(state.streams).toEqual([{ index: 0, type: 'audio', direction: 'sendrecv' }]);
    expect(state.isHold).toBe(false);
  });
});

describe('answerDirection (RFC 3264 §6.1)', () => {
  const all: MediaDirection[] = ['sendrecv', 'sendonly', 'recvonly', 'inactive'];

  it('mirrors the offer when we want everything', () => {
    expect(all.map((d) => answerDirection(d))).toEqual(['sendrecv', 'recvonly', 'sendonly', 'inactive']);
  });

  it('never sends where the offerer will not receive, nor receives where it will not send', () => {
    for (const offered of all) {
      for (const local of all) {
        const answered = answerDirection(offered, local);
        if (answered === 'sendrecv' || answered === 'sendonly')
          expect(['sendrecv', 'recvonly']).toContain(offered);
        if (answered === 'sendrecv' || answered === 'recvonly')
          expect(['sendrecv', 'sendonly']).toContain(offered);
      }
    }
  });
});

describe('holdDirection (RFC 3264 §8.4)', () => {
  it('holds sendrecv as sendonly and recvonly as inactive', () => {
    expect(holdDirection('sendrecv')).toBe('sendonly');
    expect(holdDirection('recvonly')).toBe('inactive');
  });
});
