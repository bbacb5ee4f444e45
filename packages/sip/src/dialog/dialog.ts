import {
  formatCSeq,
  getContact,
  getCSeq,
  getFrom,
  getRequestUri,
  getTo,
  type NameAddr,
  type SipRequest,
  type SipResponse,
  type Uri,
} from '../message';
import { SipDialogError } from './dialog-error';
import { type DialogId, dialogIdAsUac, dialogIdAsUas, dialogKey } from './dialog-id';
import { outOfOrderResponse } from './dialog-responses';
import {
  buildInDialogRequest,
  type InDialogRequestOptions,
  TARGET_REFRESH_METHODS,
} from './in-dialog-request';
import { type RouteSet, routeSetFromRecordRoute } from './route-set';

export type DialogState = 'early' | 'confirmed' | 'terminated';

/** Result of checking an incoming request against the dialog (§12.2.2). */
export type InDialogRequestCheck =
  | { readonly accepted: true }
  | { readonly accepted: false; readonly response: SipResponse };

export interface UasDialogOptions {
  /**
   * First CSeq of requests this UAS will send in the dialog; its local sequence number starts empty
   * (§12.1.1) and §8.1.1.5 only asks for a value below 2**31. Default 1.
   */
  readonly initialLocalSeq?: number;
}

interface DialogFields {
  id: DialogId;
  state: DialogState;
  role: 'uac' | 'uas';
  localSeq: number | undefined;
  remoteSeq: number | undefined;
  localUri: NameAddr;
  remoteUri: NameAddr;
  remoteTarget: Uri;
  routeSet: RouteSet;
  secure: boolean;
  localContact: string | undefined;
}

/**
 * A dialog (RFC 3261 §12): the peer-to-peer state between two UAs that lets them build requests to
 * each other — ID, sequence numbers, local and remote URIs, remote target and route set.
 */
export class Dialog {
  #f: DialogFields;
  #nextInitialSeq: number;

  private constructor(fields: DialogFields, initialLocalSeq = 1) {
    this.#f = fields;
    this.#nextInitialSeq = initialLocalSeq;
  }

  /**
   * The UAC side (§12.1.2), from the request it sent and a 1xx-with-To-tag (early) or 2xx
   * (confirmed) response: route set = Record-Route of the response reversed, remote target = its
   * Contact, local sequence number = the request's CSeq, remote one empty.
   */
  static createAsUac(request: SipRequest, response: SipResponse): Dialog {
    const id = dialogIdAsUac(response);
    if (!id) throw new SipDialogError('response without To tag creates no dialog (§12.1.2)');
    if (response.status < 101 || response.status >= 300) {
      throw new SipDialogError(`a ${response.status} response creates no dialog (§12.1)`);
    }
    return new Dialog({
      id,
      state: response.status < 200 ? 'early' : 'confirmed',
      role: 'uac',
      localSeq: getCSeq(request).seq,
      remoteSeq: undefined,
      localUri: getFrom(request),
      remoteUri: getTo(response),
      remoteTarget: contactUri(response, request),
      routeSet: routeSetFromRecordRoute(response, 'uac'),
      secure: isSips(request),
      localContact: request.headers.get('contact'),
    });
  }

  /**
   * The UAS side (§12.1.1), from the request it received and the 1xx/2xx it sends with a To tag:
   * route set = Record-Route of the request in order, remote target = the request's Contact, remote
   * sequence number = the request's CSeq, local one empty until the UAS sends a request.
   */
  static createAsUas(request: SipRequest, response: SipResponse, options: UasDialogOptions = {}): Dialog {
    const localTag = getTo(response).tag;
    const remoteTag = getFrom(request).tag;
    if (localTag === undefined)
      throw new SipDialogError('response without To tag creates no dialog (§12.1.1)');
    if (response.status < 101 || response.status >= 300) {
      throw new SipDialogError(`a ${response.status} response creates no dialog (§12.1)`);
    }
    const requestId = dialogIdAsUas(response);
    return new Dialog(
      {
        // An RFC 2543 peer may omit the From tag (§12.1.1): the remote tag is then empty.
        id: requestId ?? {
          callId: request.headers.get('call-id') ?? '',
          localTag,
          remoteTag: remoteTag ?? '',
        },
        state: response.status < 200 ? 'early' : 'confirmed',
        role: 'uas',
        localSeq: undefined,
        remoteSeq: getCSeq(request).seq,
        localUri: getTo(response),
        remoteUri: getFrom(request),
        remoteTarget: contactUri(request, request),
        routeSet: routeSetFromRecordRoute(request, 'uas'),
        secure: isSips(request),
        localContact: response.headers.get('contact'),
      },
      options.initialLocalSeq,
    );
  }

  get id(): DialogId {
    return this.#f.id;
  }
  get key(): string {
    return dialogKey(this.#f.id);
  }
  get state(): DialogState {
    return this.#f.state;
  }
  get role(): 'uac' | 'uas' {
    return this.#f.role;
  }
  get localSeq(): number | undefined {
    return this.#f.localSeq;
  }
  get remoteSeq(): number | undefined {
    return this.#f.remoteSeq;
  }
  get localUri(): NameAddr {
    return this.#f.localUri;
  }
  get remoteUri(): NameAddr {
    return this.#f.remoteUri;
  }
  get remoteTarget(): Uri {
    return this.#f.remoteTarget;
  }
  get routeSet(): RouteSet {
    return this.#f.routeSet;
  }
  /** §12.1.1/§12.1.2: the dialog was created with a SIPS Request-URI (TLS end to end expected). */
  get secure(): boolean {
    return this.#f.secure;
  }

  /**
   * An early dialog gets its 2xx (§13.2.2.4, UAC): it becomes confirmed and its route set and remote
   * target are recomputed from the 2xx (§12.2.1.2).
   */
  confirm(response: SipResponse): void {
    this.requireOpen();
    if (response.status < 200 || response.status >= 300) {
      throw new SipDialogError(`a ${response.status} does not confirm a dialog`);
    }
    if (this.#f.state === 'early' && this.#f.role === 'uac') {
      this.#f.routeSet = routeSetFromRecordRoute(response, 'uac');
      this.#f.remoteTarget = contactUri(response, undefined, this.#f.remoteTarget);
    }
    this.#f.state = 'confirmed';
  }

  /**
   * A new request within the dialog (§12.2.1.1): CSeq = local sequence number + 1 (the first one
   * after an empty local sequence number is the initial value), Request-URI and Route from the route
   * set. ACK and CANCEL are not built here: see `createAck` and the transaction layer's CANCEL.
   * Sending BYE ends the dialog (§15.1.1).
   */
  createRequest(method: string, options: InDialogRequestOptions = {}): SipRequest {
    this.requireOpen();
    if (method === 'ACK' || method === 'CANCEL') {
      throw new SipDialogError(
        `${method} keeps the CSeq of its INVITE; it is not a new request in the dialog`,
      );
    }
    const seq = this.#f.localSeq === undefined ? this.#nextInitialSeq : this.#f.localSeq + 1;
    this.#f.localSeq = seq;
    const request = buildInDialogRequest(this.parts(), method, seq, options);
    if (method === 'BYE') this.#f.state = 'terminated';
    return request;
  }

  /**
   * The ACK for a 2xx to `invite` (§13.2.2.4), built by the UA core like any request within the
   * dialog, but with the INVITE's CSeq number (method ACK) and the INVITE's credentials.
   */
  createAck(invite: SipRequest, options: InDialogRequestOptions = {}): SipRequest {
    const ack = buildInDialogRequest(this.parts(), 'ACK', getCSeq(invite).seq, options);
    ack.headers.set('CSeq', formatCSeq({ seq: getCSeq(invite).seq, method: 'ACK' }));
    for (const name of ['Authorization', 'Proxy-Authorization']) {
      for (const value of invite.headers.getAll(name)) ack.headers.append(name, value);
    }
    return ack;
  }

  /**
   * An incoming request matched to this dialog (§12.2.2). A CSeq lower than the remote sequence
   * number is out of order → 500; otherwise the remote sequence number takes the request's value.
   * ACK and CANCEL carry their INVITE's number and are not checked. A BYE ends the dialog (§15.1.2).
   * Target refresh takes effect with `acceptTargetRefresh` once the request is accepted.
   */
  receiveRequest(request: SipRequest): InDialogRequestCheck {
    if (request.method === 'ACK' || request.method === 'CANCEL') return { accepted: true };
    const seq = getCSeq(request).seq;
    const remote = this.#f.remoteSeq;
    if (remote !== undefined && seq < remote)
      return { accepted: false, response: outOfOrderResponse(request) };
    this.#f.remoteSeq = seq;
    if (request.method === 'BYE') this.#f.state = 'terminated';
    return { accepted: true };
  }

  /**
   * UAS side of a target refresh (§12.2.2): the remote target becomes the request's Contact, applied
   * when the UAS answers the re-INVITE/UPDATE with 2xx so that a refused refresh changes nothing.
   */
  acceptTargetRefresh(request: SipRequest): void {
    if (!TARGET_REFRESH_METHODS.has(request.method)) return;
    this.#f.remoteTarget = contactUri(request, undefined, this.#f.remoteTarget);
  }

  /**
   * UAC side: a final response to a request this dialog sent (§12.2.1.2). A 2xx to a target
   * refresh replaces the remote target with its Contact; a 481 or 408 ends the dialog.
   */
  receiveResponse(request: SipRequest, response: SipResponse): void {
    if (response.status === 481 || response.status === 408) {
      this.#f.state = 'terminated';
      return;
    }
    if (response.status >= 200 && response.status < 300 && TARGET_REFRESH_METHODS.has(request.method)) {
      this.#f.remoteTarget = contactUri(response, undefined, this.#f.remoteTarget);
    }
  }

  terminate(): void {
    this.#f.state = 'terminated';
  }

  private parts() {
    const f = this.#f;
    return {
      callId: f.id.callId,
      localUri: f.localUri,
      localTag: f.id.localTag,
      remoteUri: f.remoteUri,
      remoteTag: f.id.remoteTag,
      remoteTarget: f.remoteTarget,
      routeSet: f.routeSet,
      ...(f.localContact !== undefined ? { localContact: f.localContact } : {}),
    };
  }

  private requireOpen(): void {
    if (this.#f.state === 'terminated') throw new SipDialogError(`dialog ${this.#f.id.callId} is terminated`);
  }
}

/**
 * The URI of the first Contact (§12.1: the remote target). Without one, `fallback`, or for a peer
 * that sent none at all its Request-URI/From as the best reachable address.
 */
function contactUri(message: SipRequest | SipResponse, request?: SipRequest, fallback?: Uri): Uri {
  const first = getContact(message).contacts[0];
  if (first) return first.uri;
  if (fallback) return fallback;
  if (message.kind === 'request') return getFrom(message).uri;
  if (request) return getRequestUri(request);
  throw new SipDialogError('no Contact to take the remote target from (§12.1)');
}

function isSips(request: SipRequest): boolean {
  try {
    return getRequestUri(request).scheme === 'sips';
  } catch {
    return false;
  }
}
