import { createRequest, createResponse, Dialog } from '@carillon/sip';
import { describe, expect, it } from 'vitest';
import { LegDialogs } from './leg-dialogs';
import { refuseReplaces } from './replaces-invite';

/** A dialog the edge holds as UAS: Call-ID c1, the caller's tag "alice", the edge's tag "edge". */
function uasDialog(): Dialog {
  const invite = createRequest({
    method: 'INVITE',
    uri: 'sip:202@t1.example',
    headers: [
      ['Via', 'SIP/2.0/UDP 127.0.0.1:5070;branch=z9hG4bKa1'],
      ['Max-Forwards', '70'],
      ['From', '<sip:201@t1.example>;tag=alice'],
      ['To', '<sip:202@t1.example>'],
      ['Call-ID', 'c1'],
      ['CSeq', '1 INVITE'],
      ['Contact', '<sip:201@127.0.0.1:5070>'],
    ],
  });
  const ok = createResponse(invite, 200, undefined, {
    toTag: 'edge',
    headers: [['Contact', '<sip:b2bua@127.0.0.1:5060>']],
  });
  return Dialog.createAsUas(invite, ok);
}

function inviteWith(replaces: string) {
  return createRequest({
    method: 'INVITE',
    uri: 'sip:201@t1.example',
    headers: [
      ['Via', 'SIP/2.0/UDP 127.0.0.1:5080;branch=z9hG4bKc1'],
      ['Max-Forwards', '70'],
      ['From', '<sip:203@t1.example>;tag=carol'],
      ['To', '<sip:201@t1.example>'],
      ['Call-ID', 'c2'],
      ['CSeq', '1 INVITE'],
      ['Replaces', replaces],
    ],
  });
}

describe('refuseReplaces (RFC 3891 from outside)', () => {
  const dialogs = new LegDialogs<{ callId: string; tenantId: string }>();
  dialogs.add(uasDialog(), { callId: 'call-1', tenantId: 'tenant-1' }, 'a');

  it('names REFER when the dialog is a call of the tenant, in either tag order', () => {
    for (const value of ['c1;to-tag=edge;from-tag=alice', 'c1;to-tag=alice;from-tag=edge']) {
      expect(refuseReplaces(inviteWith(value), dialogs, 'tenant-1')).toEqual({
        status: 403,
        reason: 'Forbidden - Replaces not accepted here, transfer with REFER',
      });
    }
  });

  it('481 for no dialog, and for another tenant’s dialog (never revealed)', () => {
    expect(refuseReplaces(inviteWith('c9;to-tag=edge;from-tag=alice'), dialogs, 'tenant-1').status).toBe(481);
    expect(refuseReplaces(inviteWith('c1;to-tag=edge;from-tag=alice'), dialogs, 'tenant-2').status).toBe(481);
  });

  it('400 for a malformed Replaces', () => {
    expect(refuseReplaces(inviteWith('c1;to-tag=edge'), dialogs, 'tenant-1')).toEqual({
      status: 400,
      reason: 'Bad Request - Malformed Replaces',
    });
  });
});
