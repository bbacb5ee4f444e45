import { createResponse, getTo, type SipRequest, type SipResponse } from '../message';
import type { Clock } from '../timer/clock';
import { createBranch, type RandomBytes, randomToken } from './branch';
import { createCancel } from './cancel';
import { ClientInviteTransaction } from './client-invite-transaction';
import { ClientNonInviteTransaction } from './client-non-invite-transaction';
import {
  clientKey,
  clientKeyOfResponse,
  isRfc3261Branch,
  legacyKey,
  matchesLegacy,
  serverKey,
  topBranch,
} from './matching';
import { ServerInviteTransaction } from './server-invite-transaction';
import { ServerNonInviteTransaction } from './server-non-invite-transaction';
import { resolveTimerSettings, type TimerSettings } from './timers';
import type { TransactionContext } from './transaction';
import { SipTransactionError } from './transaction-error';
import { TransactionState } from './transaction-state';
import type { ClientTransactionUser } from './transaction-user';
import { type Destination, isReliableTransport, type SendMessage } from './transport';

export type ClientTransaction = ClientInviteTransaction | ClientNonInviteTransaction;
export type ServerTransaction = ServerInviteTransaction | ServerNonInviteTransaction;

/** The layer above the transactions (§17: the TU — UA core or proxy core). */
export interface TransactionCore {
  /**
   * A new request and the server transaction the layer created for it (§17.2.3). The core answers
   * through `transaction.respond()` and may set `transaction.user`.
   */
  receiveRequest(request: SipRequest, transaction: ServerTransaction): void;
  /**
   * An ACK that belongs to no INVITE server transaction in Completed/Confirmed: the ACK for a 2xx,
   * which is its own transaction and goes to the core (§17, §13.3.1.4, RFC 6026).
   */
  receiveAck(ack: SipRequest, source: Destination): void;
  /**
   * A CANCEL matched an INVITE server transaction still in Proceeding (§9.2). The layer already
   * answered the CANCEL with 200; the core should now answer the INVITE with 487.
   */
  receiveCancel(cancel: SipRequest, invite: ServerInviteTransaction): void;
  /** A response that matched no client transaction (§17.1.3, §18.1.2): e.g. a late 2xx retransmission. */
  receiveStrayResponse(response: SipResponse, source: Destination | undefined): void;
}

export interface TransactionLayerOptions {
  readonly clock: Clock;
  readonly send: SendMessage;
  readonly random: RandomBytes;
  readonly core: TransactionCore;
  readonly timers?: Partial<TimerSettings>;
  /** Default: every transport but UDP is reliable. */
  readonly isReliable?: (destination: Destination) => boolean;
}

/** What the layer did with an incoming request, for logs and tests. */
export type RequestDisposition =
  | 'new'
  | 'retransmission'
  | 'ack-to-core'
  | 'cancel-matched'
  | 'cancel-unmatched';

/** What the layer did with an incoming response. */
export type ResponseDisposition = 'matched' | 'stray';

/**
 * The transaction layer (RFC 3261 §17): creates client transactions for the TU, matches incoming
 * responses and requests to transactions (§17.1.3, §17.2.3), creates server transactions for new
 * requests, answers CANCEL (§9.2), and forgets transactions once they reach Terminated.
 */
export class TransactionLayer {
  readonly settings: TimerSettings;
  readonly #options: TransactionLayerOptions;
  readonly #clients = new Map<string, ClientTransaction>();
  readonly #servers = new Map<string, ServerTransaction>();
  /** RFC 2543 requests: several transactions may share a bucket (an INVITE and its CANCEL). */
  readonly #legacy = new Map<string, ServerTransaction[]>();

  constructor(options: TransactionLayerOptions) {
    this.#options = options;
    this.settings = resolveTimerSettings(options.timers);
  }

  /** A fresh branch with the magic cookie for the top Via of a new request (§8.1.1.7). */
  newBranch(): string {
    return createBranch(this.#options.random);
  }

  /** A fresh tag (§19.3) from the same random source. */
  newTag(): string {
    return randomToken(this.#options.random, 6);
  }

  get clientTransactionCount(): number {
    return this.#clients.size;
  }

  get serverTransactionCount(): number {
    return this.#servers.size + [...this.#legacy.values()].reduce((n, list) => n + list.length, 0);
  }

  /**
   * Start a client transaction for `request` (§17.1), which must carry a top Via with a magic-cookie
   * branch from `newBranch()`. An ACK is never a transaction of its own here: the ACK for a 2xx is
   * sent by the core directly (§13.2.2.4), the one for a non-2xx by the INVITE transaction.
   */
  sendRequest(request: SipRequest, destination: Destination, user: ClientTransactionUser): ClientTransaction {
    if (request.method === 'ACK') throw new SipTransactionError('ACK does not create a client transaction');
    const branch = topBranch(request);
    if (!isRfc3261Branch(branch)) {
      throw new SipTransactionError('request needs a top Via branch starting with z9hG4bK (§8.1.1.7)');
    }
    const id = clientKey(branch, request.method);
    if (this.#clients.has(id))
      throw new SipTransactionError(`client transaction ${branch} ${request.method} exists`);
    const context = this.context(destination);
    const tx =
      request.method === 'INVITE'
        ? new ClientInviteTransaction(id, request, destination, context, user)
        : new ClientNonInviteTransaction(id, request, destination, context, user);
    this.#clients.set(id, tx);
    tx.onStateChange((state) => {
      if (state === TransactionState.Terminated) this.#clients.delete(id);
    });
    tx.start();
    return tx;
  }

  /**
   * Cancel a pending INVITE (§9.1). The CANCEL goes out now if a provisional response arrived, or
   * once one does ('pending'); after a final response it would have no effect and is not sent
   * ('too-late'). `user` receives the responses to the CANCEL itself. Should the INVITE still get no
   * final response within 64*T1 of the CANCEL, its TU receives a 408 (§9.1). `headers` go into the
   * CANCEL, e.g. Reason (RFC 3326).
   */
  cancel(
    invite: ClientInviteTransaction,
    user: ClientTransactionUser,
    headers: readonly (readonly [string, string])[] = [],
  ): 'sent' | 'pending' | 'too-late' {
    const state = invite.state;
    if (state !== TransactionState.Calling && state !== TransactionState.Proceeding) return 'too-late';
    invite.whenProceeding(() => {
      this.sendRequest(createCancel(invite.request, headers), invite.destination, user);
      invite.cancelSent();
    });
    return state === TransactionState.Proceeding ? 'sent' : 'pending';
  }

  /** A response from the transport (§17.1.3). */
  receiveResponse(response: SipResponse, source?: Destination): ResponseDisposition {
    const key = clientKeyOfResponse(response);
    const tx = key === undefined ? undefined : this.#clients.get(key);
    if (!tx) {
      this.#options.core.receiveStrayResponse(response, source);
      return 'stray';
    }
    tx.receiveResponse(response);
    return 'matched';
  }

  /** A request from the transport (§17.2.3); `source` is where responses will be sent. */
  receiveRequest(request: SipRequest, source: Destination): RequestDisposition {
    const core = this.#options.core;
    const existing = this.findServerTransaction(request);
    if (existing) {
      const absorbed = existing.receiveRequest(request);
      if (absorbed) return 'retransmission';
      core.receiveAck(request, source);
      return 'ack-to-core';
    }
    if (request.method === 'ACK') {
      core.receiveAck(request, source);
      return 'ack-to-core';
    }
    const tx = this.createServerTransaction(request, source);
    if (request.method === 'CANCEL') return this.answerCancel(request, tx as ServerNonInviteTransaction);
    core.receiveRequest(request, tx);
    return 'new';
  }

  /** The server transaction `request` belongs to, if any (§17.2.3). */
  findServerTransaction(request: SipRequest): ServerTransaction | undefined {
    const branch = topBranch(request);
    if (isRfc3261Branch(branch)) return this.#servers.get(serverKey(request));
    return this.#legacy
      .get(legacyKey(request))
      ?.find((tx) => matchesLegacy(request, tx.request, tx.lastResponse));
  }

  /** The transaction a CANCEL targets: the §17.2.3 match ignoring the method (§9.2). */
  findCancelTarget(cancel: SipRequest): ServerTransaction | undefined {
    const branch = topBranch(cancel);
    if (isRfc3261Branch(branch)) {
      // A CANCEL is nearly always for an INVITE; other methods are answered at once anyway.
      return this.#servers.get(serverKey(cancel, 'INVITE')) ?? this.findNonInviteCancelTarget(cancel);
    }
    return this.#legacy
      .get(legacyKey(cancel))
      ?.find((tx) => matchesLegacy(cancel, tx.request, tx.lastResponse, true));
  }

  findClientTransaction(branch: string, method: string): ClientTransaction | undefined {
    return this.#clients.get(clientKey(branch, method));
  }

  /** Stop every transaction (shutdown); nothing is reported to the TU. */
  dispose(): void {
    for (const tx of [...this.#clients.values(), ...this.#servers.values()]) tx.dispose();
    for (const list of [...this.#legacy.values()]) for (const tx of list) tx.dispose();
  }

  private findNonInviteCancelTarget(cancel: SipRequest): ServerTransaction | undefined {
    for (const tx of this.#servers.values()) {
      if (tx.kind !== 'nist' || tx.request.method === 'CANCEL') continue;
      if (serverKey(tx.request) === serverKey(cancel, tx.request.method)) return tx;
    }
    return undefined;
  }

  /**
   * §9.2: a CANCEL that matches a transaction is answered 200 by the layer, whatever the state of the
   * target; if the INVITE is still unanswered the core must send 487. No match → 481.
   */
  private answerCancel(cancel: SipRequest, tx: ServerNonInviteTransaction): RequestDisposition {
    const target = this.findCancelTarget(cancel);
    if (!target) {
      tx.respond(createResponse(cancel, 481, undefined, { toTag: this.newTag() }));
      return 'cancel-unmatched';
    }
    // §9.2: the To tag of the 200 SHOULD equal the one of the INVITE's response, when there is one.
    const answeredTag =
      target.lastResponse && target.lastResponse.status > 100 ? getTo(target.lastResponse).tag : undefined;
    tx.respond(createResponse(cancel, 200, undefined, { toTag: answeredTag ?? this.newTag() }));
    if (target.kind === 'ist' && target.state === TransactionState.Proceeding && !target.cancelled) {
      target.cancelled = true;
      this.#options.core.receiveCancel(cancel, target);
    }
    return 'cancel-matched';
  }

  private createServerTransaction(request: SipRequest, source: Destination): ServerTransaction {
    const context = this.context(source);
    const legacy = !isRfc3261Branch(topBranch(request));
    const id = legacy ? legacyKey(request) : serverKey(request);
    const tx =
      request.method === 'INVITE'
        ? new ServerInviteTransaction(id, request, source, context)
        : new ServerNonInviteTransaction(id, request, source, context);
    if (legacy) {
      const bucket = this.#legacy.get(id) ?? [];
      bucket.push(tx);
      this.#legacy.set(id, bucket);
    } else {
      this.#servers.set(id, tx);
    }
    tx.onStateChange((state, t) => {
      if (state !== TransactionState.Terminated) return;
      if (!legacy) {
        this.#servers.delete(id);
        return;
      }
      const rest = (this.#legacy.get(id) ?? []).filter((other) => other !== t);
      if (rest.length === 0) this.#legacy.delete(id);
      else this.#legacy.set(id, rest);
    });
    return tx;
  }

  private context(destination: Destination): TransactionContext {
    const reliable = (this.#options.isReliable ?? ((d: Destination) => isReliableTransport(d.transport)))(
      destination,
    );
    return { clock: this.#options.clock, send: this.#options.send, settings: this.settings, reliable };
  }
}
