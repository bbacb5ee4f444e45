import { describe, expect, it } from 'vitest';
import { formatUri, getCSeq, getTo } from '../message';
import { reply, request } from '../transaction/test-messages';
import { InviteDialogs } from './forking';

describe('forked INVITE (RFC 3261 §12.1.2, §13.2.2.4)', () => {
  it('keeps one early dialog per To tag and confirms the one whose 2xx arrives', () => {
    const invite = request();
    const call = new InviteDialogs(invite);

    const a = call.receiveResponse(reply(invite, 180, 'fork-a', ['Contact: <sip:bob@192.0.2.4>']));
    const b = call.receiveResponse(reply(invite, 183, 'fork-b', ['Contact: <sip:bob@192.0.2.5>']));
    const again = call.receiveResponse(reply(invite, 180, 'fork-a'));
    expect([a.kind, b.kind, again.kind]).toEqual(['early', 'early', 'early']);
    expect(again.kind === 'early' && again.created).toBe(false);
    expect(call.earlyDialogs.map((d) => d.id.remoteTag)).toEqual(['fork-a', 'fork-b']);

    const ok = call.receiveResponse(
      reply(invite, 200, 'fork-b', [
        'Record-Route: <sip:p1.example.com;lr>',
        'Contact: <sip:bob@198.51.100.5>',
      ]),
    );
    expect(ok.kind).toBe('confirmed');
    const dialog = call.confirmed;
    expect(dialog?.id.remoteTag).toBe('fork-b');
    expect(dialog?.state).toBe('confirmed');
    // §13.2.2.4: the route set and remote target are recomputed from the 2xx.
    expect(dialog?.routeSet.map((r) => formatUri(r.uri))).toEqual(['sip:p1.example.com;lr']);
    expect(dialog && formatUri(dialog.remoteTarget)).toBe('sip:bob@198.51.100.5');
    expect(call.earlyDialogs.map((d) => d.id.remoteTag)).toEqual(['fork-a']);
  });

  it('flags a 2xx from a second fork so it can be ACKed and then ended with BYE', () => {
    const invite = request();
    const call = new InviteDialogs(invite);
    call.receiveResponse(reply(invite, 200, 'fork-a', ['Contact: <sip:bob@192.0.2.4>']));

    const second = call.receiveResponse(reply(invite, 200, 'fork-b', ['Contact: <sip:carol@192.0.2.9>']));
    expect(second.kind).toBe('additional-2xx');
    if (second.kind !== 'additional-2xx') return;
    const ack = second.dialog.createAck(invite);
    const bye = second.dialog.createRequest('BYE');
    expect([ack.uri, getCSeq(ack).seq, getTo(ack).tag]).toEqual(['sip:carol@192.0.2.9', 314159, 'fork-b']);
    expect([bye.uri, getCSeq(bye).seq, getTo(bye).tag]).toEqual(['sip:carol@192.0.2.9', 314160, 'fork-b']);
    expect(call.confirmed?.id.remoteTag).toBe('fork-a');
  });

  it('tells a retransmitted 2xx of the confirmed dialog apart, so only the ACK is resent', () => {
    const invite = request();
    const call = new InviteDialogs(invite);
    const ok = reply(invite, 200, 'fork-a', ['Contact: <sip:bob@192.0.2.4>']);
    call.receiveResponse(ok);
    expect(call.receiveResponse(ok).kind).toBe('2xx-retransmission');
  });

  it('ends every early dialog on a non-2xx final response', () => {
    const invite = request();
    const call = new InviteDialogs(invite);
    call.receiveResponse(reply(invite, 180, 'fork-a', ['Contact: <sip:bob@192.0.2.4>']));
    call.receiveResponse(reply(invite, 180, 'fork-b', ['Contact: <sip:bob@192.0.2.5>']));
    const failed = call.receiveResponse(reply(invite, 486, 'fork-a'));
    expect(failed.kind === 'failed' && failed.terminated.length).toBe(2);
    expect(call.dialogs.every((d) => d.state === 'terminated')).toBe(true);
  });

  it('ends the forks that never answered once the INVITE transaction is over', () => {
    const invite = request();
    const call = new InviteDialogs(invite);
    call.receiveResponse(reply(invite, 180, 'fork-a', ['Contact: <sip:bob@192.0.2.4>']));
    call.receiveResponse(reply(invite, 200, 'fork-b', ['Contact: <sip:bob@192.0.2.5>']));
    expect(call.end().map((d) => d.id.remoteTag)).toEqual(['fork-a']);
    expect(call.confirmed?.state).toBe('confirmed');
  });

  it('ignores 100 Trying and responses without To tag', () => {
    const invite = request();
    const call = new InviteDialogs(invite);
    expect(call.receiveResponse(reply(invite, 100)).kind).toBe('none');
    expect(call.dialogs).toHaveLength(0);
  });
});
