import type { SipMessage, SipRequest } from '../message';
import type { Clock, TimerHandle } from '../timer/clock';
import type { TimerSettings } from './timers';
import { TransactionTimers } from './timers';
import { TransactionState } from './transaction-state';
import type { Destination, SendMessage } from './transport';

/** What every transaction gets from the layer that creates it. */
export interface TransactionContext {
  readonly clock: Clock;
  readonly send: SendMessage;
  readonly settings: TimerSettings;
  /** Whether `destination` is reached over a reliable transport (§17.1.1.2 and siblings). */
  readonly reliable: boolean;
}

export type TransactionKind = 'ict' | 'nict' | 'ist' | 'nist';

type StateListener = (state: TransactionState, transaction: Transaction) => void;

/**
 * Common machinery of the four transaction machines (RFC 3261 §17): the request that created the
 * transaction, the state, named timers on the injected clock and transmission that turns a
 * transport failure into the machine's own §17.1.4/§17.2.4 handling.
 */
export abstract class Transaction {
  abstract readonly kind: TransactionKind;
  /** Matching key assigned by the layer (see `matching.ts`). */
  readonly id: string;
  readonly request: SipRequest;
  /** Client: where requests go. Server: where the request came from, where responses go. */
  readonly destination: Destination;
  readonly reliable: boolean;
  protected readonly timers: TransactionTimers;
  protected readonly clock: Clock;
  readonly #send: SendMessage;
  #state: TransactionState;
  readonly #armed = new Map<string, TimerHandle>();
  readonly #listeners: StateListener[] = [];

  protected constructor(
    id: string,
    request: SipRequest,
    destination: Destination,
    context: TransactionContext,
    initial: TransactionState,
  ) {
    this.id = id;
    this.request = request;
    this.destination = destination;
    this.reliable = context.reliable;
    this.timers = new TransactionTimers(context.settings, context.reliable);
    this.clock = context.clock;
    this.#send = context.send;
    this.#state = initial;
  }

  get state(): TransactionState {
    return this.#state;
  }

  get terminated(): boolean {
    return this.#state === TransactionState.Terminated;
  }

  /** Names of the timers armed right now (`A`, `B`…), for tests and diagnostics. */
  get armedTimers(): string[] {
    return [...this.#armed.keys()];
  }

  onStateChange(listener: StateListener): void {
    this.#listeners.push(listener);
  }

  /**
   * A transport failure detected after `send` returned (a TCP connect that failed, an ICMP error):
   * handled like a synchronous one (§17.1.4, §17.2.4).
   */
  transportError(error: unknown): void {
    if (!this.terminated) this.handleTransportError(error);
  }

  /** Stop every timer and leave the machine, e.g. when the layer shuts down. */
  dispose(): void {
    this.terminate();
  }

  protected abstract handleTransportError(error: unknown): void;

  protected setState(state: TransactionState): void {
    if (this.#state === state) return;
    this.#state = state;
    for (const listener of this.#listeners) listener(state, this);
  }

  /** Enter Terminated: all timers stop, listeners (the layer removing the transaction) run once. */
  protected terminate(): void {
    if (this.terminated) return;
    for (const handle of this.#armed.values()) this.clock.clearTimer(handle);
    this.#armed.clear();
    this.setState(TransactionState.Terminated);
  }

  /**
   * Arm timer `name` (restarting it if armed). A zero duration means "fire now" — the reliable
   * transport case of D, I, J and K — and runs `fire` synchronously so the transaction leaves its
   * state without waiting for the clock.
   */
  protected startTimer(name: string, ms: number, fire: () => void): void {
    this.stopTimer(name);
    if (ms <= 0) {
      fire();
      return;
    }
    const handle = this.clock.setTimer(ms, () => {
      this.#armed.delete(name);
      fire();
    });
    this.#armed.set(name, handle);
  }

  protected stopTimer(name: string): void {
    const handle = this.#armed.get(name);
    if (handle === undefined) return;
    this.clock.clearTimer(handle);
    this.#armed.delete(name);
  }

  /** Send to `destination`; false (after the machine handled it) when the transport failed. */
  protected transmit(message: SipMessage): boolean {
    try {
      this.#send(message, this.destination);
      return true;
    } catch (error) {
      this.handleTransportError(error);
      return false;
    }
  }
}
