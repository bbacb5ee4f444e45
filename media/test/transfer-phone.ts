import { randomBytes } from 'node:crypto';
import {
  createRequest,
  createResponse,
  getCSeq,
  type SipRequest,
  type SipResponse,
  serialize,
} from '@carillon/sip';
import type { SeededDevice } from '../../functions/call-control/src/int-test-fixtures';
import { ackFor, contactUri, sdp, via } from './call-peers';
import { type SipTestClient, withCredentials } from './sip-test-client';

/*
 * A scripted SIP phone for the transfer tests: places calls with digest auth, answers INVITEs
 * (re-INVITEs too) with its SDP or a given failure status, answers NOTIFY and BYE with 200, and
 * keeps every dialog so a test can send REFER or BYE inside it as that phone would.
 */

/** One dialog as the phone sees it: what its in-dialog requests need (RFC 3261 §12.2.1.1). */
export interface PhoneDialog {
  readonly callId: string;
  /** Our From/To for requests we send in it (with tags). */
  readonly local: string;
  readonly remote: string;
  /** Where requests go: the edge's Contact. */
  readonly target: string;
  cseq: number;
}

export class TransferPhone {
  readonly client: SipTestClient;
  readonly username: string;
  readonly rtpPort: number;
  /** INVITE answer: 200 with SDP, or a failure status (486 busy…). */
  answerWith = 200;
  readonly invites: SipRequest[] = [];
  readonly notifies: SipRequest[] = [];
  readonly byes: SipRequest[] = [];
  readonly dialogs: PhoneDialog[] = [];
  readonly #seen = new Set<SipRequest>();
  readonly #tag = randomBytes(4).toString('hex');
  readonly #timer: NodeJS.Timeout;

  constructor(client: SipTestClient, username: string, rtpPort: number) {
    this.client = client;
    this.username = username;
    this.rtpPort = rtpPort;
    this.#timer = setInterval(() => this.#answer(), 5);
  }

  /** An INVITE to `to` with extra `headers` (e.g. Replaces), authenticated; the final response, ACKed if not 2xx. */
  async attempt(
    device: SeededDevice,
    domain: string,
    to: string,
    headers: [string, string][],
  ): Promise<SipResponse | undefined> {
    const client = this.client;
    const invite = createRequest({
      method: 'INVITE',
      uri: `sip:${to}@${domain}`,
      headers: [
        ['Via', via(client)],
        ['Max-Forwards', '70'],
        ['From', `<sip:${device.device.sipUsername}@${domain}>;tag=${randomBytes(4).toString('hex')}`],
        ['To', `<sip:${to}@${domain}>`],
        ['Call-ID', randomBytes(10).toString('hex')],
        ['CSeq', '1 INVITE'],
        ['Contact', `<sip:${device.device.sipUsername}@127.0.0.1:${client.localPort}>`],
        ...headers,
      ],
      body: Buffer.from(sdp(this.rtpPort)),
      contentType: 'application/sdp',
    });
    const challenge = await client.request(invite);
    if (!challenge || (challenge.status !== 401 && challenge.status !== 407)) return challenge;
    client.sendRaw(serialize(ackFor(client, invite, challenge, invite.uri as unknown as string)));
    const authed = withCredentials(invite, challenge, device.device.sipUsername, device.sipPassword);
    const final = await client.request(authed, 8000);
    if (final && final.status >= 300) {
      client.sendRaw(serialize(ackFor(client, authed, final, authed.uri as unknown as string)));
    }
    return final;
  }

  /** Call `to` (an extension) as `device`; resolves with the dialog once the call is answered and ACKed. */
  async call(
    device: SeededDevice,
    domain: string,
    to: string,
  ): Promise<{ dialog: PhoneDialog; answer: SipResponse }> {
    const client = this.client;
    const invite = createRequest({
      method: 'INVITE',
      uri: `sip:${to}@${domain}`,
      headers: [
        ['Via', via(client)],
        ['Max-Forwards', '70'],
        ['From', `<sip:${device.device.sipUsername}@${domain}>;tag=${randomBytes(4).toString('hex')}`],
        ['To', `<sip:${to}@${domain}>`],
        ['Call-ID', randomBytes(10).toString('hex')],
        ['CSeq', '1 INVITE'],
        ['Contact', `<sip:${device.device.sipUsername}@127.0.0.1:${client.localPort}>`],
      ],
      body: Buffer.from(sdp(this.rtpPort)),
      contentType: 'application/sdp',
    });
    const challenge = await client.request(invite);
    if (!challenge || (challenge.status !== 401 && challenge.status !== 407)) {
      throw new Error(`INVITE: expected a challenge, got ${challenge?.status}`);
    }
    client.sendRaw(serialize(ackFor(client, invite, challenge, invite.uri as unknown as string)));
    const authed = withCredentials(invite, challenge, device.device.sipUsername, device.sipPassword);
    const answer = await client.request(authed, 8000);
    if (answer?.status !== 200) throw new Error(`INVITE: expected 200, got ${answer?.status}`);
    const target = contactUri(answer);
    client.sendRaw(serialize(ackFor(client, authed, answer, target)));
    const dialog: PhoneDialog = {
      callId: authed.headers.get('call-id') ?? '',
      local: authed.headers.get('from') ?? '',
      remote: answer.headers.get('to') ?? '',
      target,
      cseq: getCSeq(authed).seq,
    };
    this.dialogs.push(dialog);
    return { dialog, answer };
  }

  /** The dialog of the INVITE the edge sent us (we are its UAS). */
  dialogOf(invite: SipRequest): PhoneDialog {
    const found = this.dialogs.find((d) => d.callId === invite.headers.get('call-id'));
    if (!found) throw new Error('no dialog for that INVITE');
    return found;
  }

  /** A request inside `dialog` as this phone sends it; resolves with the final response. */
  async inDialog(
    dialog: PhoneDialog,
    method: string,
    headers: [string, string][] = [],
  ): Promise<SipResponse | undefined> {
    dialog.cseq += 1;
    const request = createRequest({
      method,
      uri: dialog.target,
      headers: [
        ['Via', via(this.client)],
        ['Max-Forwards', '70'],
        ['From', dialog.local],
        ['To', dialog.remote],
        ['Call-ID', dialog.callId],
        ['CSeq', `${dialog.cseq} ${method}`],
        ['Contact', `<sip:${this.username}@127.0.0.1:${this.client.localPort}>`],
        ...headers,
      ],
    });
    return this.client.request(request, 5000);
  }

  stop(): void {
    clearInterval(this.#timer);
  }

  #answer(): void {
    for (const message of this.client.received) {
      if (message.kind !== 'request' || this.#seen.has(message)) continue;
      this.#seen.add(message);
      if (message.method === 'INVITE') this.#invite(message);
      else if (message.method === 'NOTIFY') {
        this.notifies.push(message);
        this.#reply(message, 200);
      } else if (message.method === 'BYE') {
        this.byes.push(message);
        this.#reply(message, 200);
      }
    }
  }

  #invite(invite: SipRequest): void {
    this.invites.push(invite);
    const inDialog = /;\s*tag=/i.test(invite.headers.get('to') ?? '');
    if (!inDialog && this.answerWith !== 200) {
      this.#reply(invite, this.answerWith);
      return;
    }
    const ok = createResponse(invite, 200, undefined, {
      toTag: this.#tag,
      headers: [['Contact', `<sip:${this.username}@127.0.0.1:${this.client.localPort}>`]],
      body: Buffer.from(sdp(this.rtpPort)),
      contentType: 'application/sdp',
    });
    this.client.sendRaw(serialize(ok));
    if (!inDialog) {
      this.dialogs.push({
        callId: invite.headers.get('call-id') ?? '',
        local: ok.headers.get('to') ?? '',
        remote: invite.headers.get('from') ?? '',
        target: /<([^>]+)>/.exec(invite.headers.get('contact') ?? '')?.[1] ?? '',
        cseq: 100,
      });
    }
  }

  #reply(request: SipRequest, status: number): void {
    this.client.sendRaw(serialize(createResponse(request, status, undefined, { toTag: this.#tag })));
  }
}
