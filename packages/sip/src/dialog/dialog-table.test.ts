import { describe, expect, it } from 'vitest';
import { getTo } from '../message';
import { reply, request } from '../transaction/test-messages';
import { Dialog } from './dialog';
import { DialogTable } from './dialog-table';

describe('DialogTable (RFC 3261 §12.2.2)', () => {
  const invite = request();
  const dialog = Dialog.createAsUas(invite, reply(invite, 200, 'uas-tag'));

  it('finds the dialog of an in-dialog request by Call-ID, To tag and From tag', () => {
    const table = new DialogTable();
    table.add(dialog);
    const match = table.match(request({ method: 'BYE', cseq: 314160, toTag: 'uas-tag' }));
    expect(match.kind === 'dialog' && match.dialog).toBe(dialog);
  });

  it('answers 481 Call/Transaction Does Not Exist for an unknown dialog, keeping the request To tag', () => {
    const table = new DialogTable();
    table.add(dialog);
    const match = table.match(request({ method: 'BYE', cseq: 314160, toTag: 'stale-tag' }));
    expect(match.kind).toBe('no-dialog');
    if (match.kind !== 'no-dialog') return;
    expect(match.response?.status).toBe(481);
    expect(match.response && getTo(match.response).tag).toBe('stale-tag');
    expect(table.match(request({ method: 'ACK', toTag: 'stale-tag' }))).toEqual({
      kind: 'no-dialog',
      response: undefined,
    });
  });

  it('treats a request without To tag as outside any dialog, and forgets terminated dialogs', () => {
    const table = new DialogTable();
    const other = Dialog.createAsUas(invite, reply(invite, 200, 'other-tag'));
    table.add(other);
    expect(table.match(request()).kind).toBe('out-of-dialog');
    other.terminate();
    expect(table.match(request({ method: 'BYE', toTag: 'other-tag' })).kind).toBe('no-dialog');
    expect(table.size).toBe(0);
  });
});
