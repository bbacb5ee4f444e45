import type { Logger } from '@carillon/logger';
import {
  type ClientTransaction,
  type ClientTransactionUser,
  type Clock,
  createResponse,
  type Destination,
  getCallId,
  getTopVia,
  type HeaderInit,
  type ServerInviteTransaction,
  type ServerTransaction,
  type SipMessage,
  SipParseError,
  type SipRequest,
  type SipResponse,
  type TimerSettings,
  type Transaction,
  TransactionLayer,
  TransactionState,
  validateRequest,
  validateResponse,
} from '@carillon/sip';
import { pooledRandomBytes } from './random-pool';
import { badRequestFor } from './transport/bad-request';
import { responseDestination } from './transport/response-destination';
import type { TransportSink } from './transport/transport';
import type { TransportHub } from './transport/transport-hub';
import { stampReceived } from './transport/via-received';

/** What a handler knows about the request besides the message. */
export interface RequestContext {
  /** The flow the request arrived on (transport, source address and port, connection id). */
  readonly source: Destination;
  readonly logger: Logger;
}

/**
 * A feature module's handler for one method. It answers through `transaction.respond()` (or the
 * stack's `reply()`); a throw or rejection becomes a 500 if nothing was sent yet.
 */
export type RequestHandler = (
  request: SipRequest,
  transaction: ServerTransaction,
  context: RequestContext,
) => void | Promise<void>;

/** Security decisions the stack asks before doing any work for a source. */
export interface SourceGate {
  isBanned(address: string): boolean;
  /** Spend one request's worth of the source's rate; false = over the limit, drop. */
  admitRequest(address: string): boolean;
}

export interface SipStackOptions {
  readonly hub: TransportHub;
  readonly logger: Logger;
  readonly gate: SourceGate;
  readonly clock: Clock;
  readonly timers?: Partial<TimerSettings>;
  /** Host for Via/Contact of what the edge sends (the public address). */
  readonly publicHost: string;
  /** Option tags this edge understands (§8.2.2.3); feature modules may add more with `supportOptionTag`. */
  readonly supportedOptionTags?: readonly string[];
  /** Body types handlers can process (§8.2.3). */
  readonly acceptedContentTypes?: readonly string[];
}

const UNFINISHED = new Set<TransactionState>([
  TransactionState.Calling,
  TransactionState.Trying,
  TransactionState.Proceeding,
]);

const DEFAULT_CONTENT_TYPES = [
  'application/sdp',
  'multipart/mixed',
  'application/dtmf-relay',
  'application/dtmf',
  'message/sipfrag',
  'application/simple-message-summary',
  'application/dialog-info+xml',
  'application/pidf+xml',
  'text/plain',
];

/**
 * The edge's SIP core: transports below, the sip package's transaction layer (RFC 3261 §17) in the
 * middle on a real clock, feature modules (registrar, B2BUA, presence…) above, each registering
 * handlers by method. It also owns the checks every request passes first: bans, rate limit,
 * parse errors → 400 (§8.2, §21.4.1), `validateRequest` verdicts, rport/received (§18.2.1, RFC 3581).
 */
export class SipStack implements TransportSink {
  readonly transactions: TransactionLayer;
  readonly hub: TransportHub;
  readonly publicHost: string;
  readonly #options: SipStackOptions;
  readonly #logger: Logger;
  readonly #handlers = new Map<string, RequestHandler>();
  readonly #optionTags: Set<string>;
  /** The flow each request arrived on; the transaction only knows where responses go. */
  readonly #sources = new WeakMap<SipRequest, Destination>();
  /** Transactions still waiting for a final response: what a graceful stop waits for. */
  readonly #unfinished = new Set<Transaction>();
  #draining = false;
  ackHandler: ((ack: SipRequest, source: Destination) => void) | undefined;
  cancelHandler: ((cancel: SipRequest, invite: ServerInviteTransaction) => void) | undefined;
  strayResponseHandler: ((response: SipResponse, source: Destination | undefined) => void) | undefined;

  constructor(options: SipStackOptions) {
    this.#options = options;
    this.#logger = options.logger;
    this.hub = options.hub;
    this.publicHost = options.publicHost;
    this.#optionTags = new Set(options.supportedOptionTags ?? ['path', 'outbound']);
    this.transactions = new TransactionLayer({
      clock: options.clock,
      random: pooledRandomBytes,
      send: (message, destination) => {
        try {
          options.hub.send(message, destination);
        } catch (error) {
          // The transaction turns this into its §17.1.4/§17.2.4 handling; the log says why.
          this.#logger.warn({ err: error, to: destination }, 'transport error');
          throw error;
        }
      },
      ...(options.timers ? { timers: options.timers } : {}),
      core: {
        receiveRequest: (request, transaction) => this.#dispatch(request, transaction),
        receiveAck: (ack, source) => this.ackHandler?.(ack, source),
        receiveCancel: (cancel, invite) => {
          if (this.cancelHandler) this.cancelHandler(cancel, invite);
          else if (invite.state === TransactionState.Proceeding) this.reply(invite, 487);
        },
        receiveStrayResponse: (response, source) => {
          if (this.strayResponseHandler) this.strayResponseHandler(response, source);
          else this.#logger.debug({ status: response.status, from: source }, 'stray response dropped');
        },
      },
    });
    this.onRequest('OPTIONS', (request, transaction) => {
      // §11.2: capabilities, and the answer to trunks' and phones' keep-alive pings.
      this.reply(transaction, 200, undefined, {
        Allow: this.allowedMethods().join(', '),
        Accept: (options.acceptedContentTypes ?? DEFAULT_CONTENT_TYPES).join(', '),
        Supported: [...this.#optionTags].join(', '),
      });
      void request;
    });
  }

  /** Route requests of `method` to `handler`; the method then appears in Allow (§20.5). */
  onRequest(method: string, handler: RequestHandler): void {
    this.#handlers.set(method, handler);
  }

  supportOptionTag(tag: string): void {
    this.#optionTags.add(tag.toLowerCase());
  }

  allowedMethods(): string[] {
    const methods = new Set([...this.#handlers.keys(), 'ACK', 'CANCEL']);
    return [...methods].sort();
  }

  /** A response to `transaction`'s request with this edge's To tag (§8.2.6.2), sent at once. */
  reply(
    transaction: ServerTransaction,
    status: number,
    reason?: string,
    headers?: HeaderInit,
    body?: string,
  ): void {
    const response = createResponse(transaction.request, status, reason, {
      toTag: this.transactions.newTag(),
      ...(headers ? { headers } : {}),
      ...(body !== undefined ? { body } : {}),
    });
    transaction.respond(response);
  }

  /** A Via value for a request this edge sends over `transport` (§8.1.1.7, RFC 3581 rport). */
  via(transport: string): { value: string; branch: string } {
    const branch = this.transactions.newBranch();
    const port = this.hub.ports()[transport.toUpperCase() as keyof ReturnType<TransportHub['ports']>];
    const sentBy = port === undefined ? this.publicHost : `${this.publicHost}:${port}`;
    return { value: `SIP/2.0/${transport.toUpperCase()} ${sentBy};branch=${branch};rport`, branch };
  }

  /**
   * Start a client transaction (§17.1) through the stack, so that a graceful stop waits for its final
   * response. Feature modules use this rather than `transactions.sendRequest`.
   */
  sendRequest(request: SipRequest, destination: Destination, user: ClientTransactionUser): ClientTransaction {
    const transaction = this.transactions.sendRequest(request, destination, user);
    this.#track(transaction);
    return transaction;
  }

  /**
   * Graceful stop: new requests get 503, transactions without a final response get up to `graceMs`
   * to finish. Completed transactions only wait for retransmissions (Timers J, K, D, I) and are
   * dropped — a retransmitted request after that is answered by no one, and the peer times out.
   */
  async drain(graceMs: number): Promise<void> {
    this.#draining = true;
    const deadline = Date.now() + graceMs;
    while (this.#unfinished.size > 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    this.transactions.dispose();
  }

  /** Transactions without a final response yet. */
  get unfinishedTransactions(): number {
    return this.#unfinished.size;
  }

  #track(transaction: Transaction): void {
    if (!UNFINISHED.has(transaction.state)) return;
    this.#unfinished.add(transaction);
    transaction.onStateChange((state) => {
      if (!UNFINISHED.has(state)) this.#unfinished.delete(transaction);
    });
  }

  // TransportSink

  admits(address: string): boolean {
    return !this.#options.gate.isBanned(address);
  }

  receive(message: SipMessage, source: Destination): void {
    try {
      if (message.kind === 'response') this.#receiveResponse(message, source);
      else this.#receiveRequest(message, source);
    } catch (error) {
      // Never let one message take the edge down; the message is lost, the process is not.
      this.#logger.error({ err: error, from: source }, 'failed to process a SIP message');
    }
  }

  receiveError(error: SipParseError, source: Destination, fatal: boolean): void {
    const log = this.#logger.child({ from: source, callId: error.partial.callId });
    if (error.partial.kind === 'response') {
      log.info({ reason: error.reason }, 'malformed response dropped');
      return;
    }
    // Broken requests still spend rate: a flood of garbage must not be cheaper than valid requests.
    if (!this.#options.gate.admitRequest(source.host)) return;
    const response = badRequestFor(error, this.transactions.newTag());
    log.info({ reason: error.reason, fatal, answered: response !== undefined }, 'malformed request');
    if (!response) return;
    try {
      this.hub.send(response, source);
    } catch (sendError) {
      log.warn({ err: sendError }, 'could not send 400');
    }
  }

  #receiveResponse(response: SipResponse, source: Destination): void {
    const verdict = validateResponse(response);
    if (!verdict.ok) {
      // §18.1.2 / RFC 4475: malformed responses are discarded, never answered.
      this.#logger.info({ from: source, reason: verdict.reason }, 'invalid response dropped');
      return;
    }
    this.transactions.receiveResponse(response, source);
  }

  #receiveRequest(request: SipRequest, source: Destination): void {
    if (!this.#options.gate.admitRequest(source.host)) {
      this.#logger.debug({ from: source.host }, 'rate limit: request dropped');
      return;
    }
    const verdict = validateRequest(request, {
      forwarding: false,
      supportedOptionTags: [...this.#optionTags],
      acceptedContentTypes: this.#options.acceptedContentTypes ?? DEFAULT_CONTENT_TYPES,
    });
    if (!verdict.ok) {
      this.#rejectStatelessly(request, source, verdict.status, verdict.reason, verdict.headers);
      return;
    }
    stampReceived(request, source.host, source.port);
    this.#sources.set(request, source);
    this.transactions.receiveRequest(request, responseDestination(getTopVia(request), source));
  }

  /**
   * A request that failed validation never becomes a transaction (its Via may be what is wrong); it is
   * answered once, directly to its source. ACK gets no answer (§17.1.1.3).
   */
  #rejectStatelessly(
    request: SipRequest,
    source: Destination,
    status: number,
    reason: string,
    headers?: readonly (readonly [string, string])[],
  ): void {
    const log = this.#logger.child({ from: source, method: request.method });
    log.info({ status, reason }, 'request rejected by validation');
    if (request.method === 'ACK') return;
    try {
      const response = createResponse(request, status, reason, {
        toTag: this.transactions.newTag(),
        ...(headers ? { headers } : {}),
      });
      this.hub.send(response, source);
    } catch (error) {
      // createResponse needs readable headers; when they are what failed, build the 400 from text.
      const fallback = badRequestFor(
        new SipParseError(reason, {
          kind: 'request',
          method: request.method,
          via: request.headers.getList('via'),
          callId: request.headers.get('call-id'),
          cseq: request.headers.get('cseq'),
          from: request.headers.get('from'),
          to: request.headers.get('to'),
        }),
        this.transactions.newTag(),
      );
      if (fallback) {
        fallback.status = status;
        this.hub.send(fallback, source);
      } else log.debug({ err: error }, 'rejection could not be answered');
    }
  }

  #dispatch(request: SipRequest, transaction: ServerTransaction): void {
    const log = this.#logger.child({ callId: getCallId(request), method: request.method });
    if (this.#draining && request.method !== 'ACK') {
      this.reply(transaction, 503, 'Service Unavailable - Draining', { 'Retry-After': '5' });
      return;
    }
    this.#track(transaction);
    const handler = this.#handlers.get(request.method);
    if (!handler) {
      // §8.2.1: a method this UAS does not implement → 405 with Allow.
      this.reply(transaction, 405, undefined, { Allow: this.allowedMethods().join(', ') });
      return;
    }
    const fail = (error: unknown) => {
      log.error({ err: error }, 'request handler failed');
      if (
        transaction.state === TransactionState.Trying ||
        transaction.state === TransactionState.Proceeding
      ) {
        try {
          this.reply(transaction, 500);
        } catch (replyError) {
          log.error({ err: replyError }, 'could not send 500');
        }
      }
    };
    try {
      const source = this.#sources.get(request) ?? transaction.destination;
      const result = handler(request, transaction, { source, logger: log });
      if (result instanceof Promise) result.catch(fail);
    } catch (error) {
      fail(error);
    }
  }
}
