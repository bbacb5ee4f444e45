/**
 * Fork selection for a parallel `dial` (RFC 3261 §13.2.2.4, §16.7 applied by a B2BUA): every target
 * gets its own B leg; the first 2xx wins and the others are cancelled; when every fork failed, one
 * outcome is chosen for the whole dial. Pure: the Call does the I/O this decides.
 */
export type ForkStatus = 'calling' | 'ringing' | 'answered' | 'failed';

/** How a dial ended without an answer, in the protocol's `action.done` terms. */
export type DialFailure = 'busy' | 'no-answer' | 'rejected' | 'failed';

export type ForkDecision =
  /** Nothing to tell the caller yet. */
  | { readonly kind: 'wait' }
  /** Relay this provisional response to the caller; `earlyMedia`: it carries SDP (RFC 3960). */
  | { readonly kind: 'relay-provisional'; readonly status: number; readonly earlyMedia: boolean }
  /** The call's answer: bridge this fork, cancel the ones still ringing. */
  | { readonly kind: 'winner'; readonly fork: number; readonly cancel: readonly number[] }
  /** A 2xx after the winner: ACK it and end it with BYE at once (§13.2.2.4). */
  | { readonly kind: 'extra-answer'; readonly fork: number }
  /** Every fork failed: the dial's outcome and the final response that stands for it. */
  | {
      readonly kind: 'all-failed';
      readonly failure: DialFailure;
      readonly sipStatus: number;
    };

interface Fork {
  status: ForkStatus;
  final?: number;
  /** We cancelled it because the dial timed out: its 487 means no-answer. */
  timedOut: boolean;
}

export class ForkSelection {
  readonly #forks: Fork[];
  #winner: number | undefined;
  #lastRelayed: { status: number; earlyMedia: boolean } | undefined;
  #concluded = false;

  constructor(count: number) {
    this.#forks = Array.from({ length: count }, () => ({ status: 'calling', timedOut: false }));
  }

  get winner(): number | undefined {
    return this.#winner;
  }

  status(fork: number): ForkStatus | undefined {
    return this.#forks[fork]?.status;
  }

  /** Forks still waiting for a final response. */
  pending(): number[] {
    return this.#indexes((f) => f.status === 'calling' || f.status === 'ringing');
  }

  /**
   * A 1xx (101–199) from one fork. The caller hears each change once: a repeated 180 without SDP is
   * not relayed again, but 183 with SDP always is (early media may move to another fork).
   */
  provisional(fork: number, status: number, hasSdp: boolean): ForkDecision {
    const f = this.#forks[fork];
    if (!f || this.#winner !== undefined || (f.status !== 'calling' && f.status !== 'ringing')) {
      return { kind: 'wait' };
    }
    if (status === 100) return { kind: 'wait' };
    f.status = 'ringing';
    const last = this.#lastRelayed;
    if (!hasSdp && last !== undefined && last.status === status && !last.earlyMedia) return { kind: 'wait' };
    this.#lastRelayed = { status, earlyMedia: hasSdp };
    return { kind: 'relay-provisional', status, earlyMedia: hasSdp };
  }

  /** A final response (or a 408 the transaction made up) from one fork. */
  final(fork: number, status: number): ForkDecision {
    const f = this.#forks[fork];
    if (!f) return { kind: 'wait' };
    if (status >= 200 && status < 300) {
      if (this.#winner !== undefined && this.#winner !== fork) return { kind: 'extra-answer', fork };
      if (this.#winner === fork) return { kind: 'wait' };
      if (this.#concluded) return { kind: 'extra-answer', fork };
      f.status = 'answered';
      f.final = status;
      this.#winner = fork;
      this.#concluded = true;
      return { kind: 'winner', fork, cancel: this.pending() };
    }
    if (f.status === 'failed' || f.status === 'answered') return { kind: 'wait' };
    f.status = 'failed';
    f.final = status;
    if (this.#concluded || this.pending().length > 0) return { kind: 'wait' };
    this.#concluded = true;
    return { kind: 'all-failed', ...this.#outcome() };
  }

  /** The dial's time ran out: the forks to CANCEL; their 487s will conclude as no-answer. */
  timeout(): number[] {
    const pending = this.pending();
    for (const index of pending) {
      const f = this.#forks[index];
      if (f) f.timedOut = true;
    }
    return pending;
  }

  /** One target's own ring time ran out (`targets[i].timeoutMs`). */
  forkTimeout(fork: number): boolean {
    const f = this.#forks[fork];
    if (!f || (f.status !== 'calling' && f.status !== 'ringing')) return false;
    f.timedOut = true;
    return true;
  }

  #indexes(predicate: (fork: Fork) => boolean): number[] {
    const out: number[] = [];
    this.#forks.forEach((fork, index) => {
      if (predicate(fork)) out.push(index);
    });
    return out;
  }

  /**
   * One outcome for all failed forks, in the spirit of §16.7 step 6: a 6xx is definitive (600 busy
   * everywhere, 603 declined); otherwise a busy phone beats ones that merely did not answer; a fork
   * that rang out (timeout, 408, 480, or our CANCEL at the deadline) means no-answer; else failed.
   */
  #outcome(): { failure: DialFailure; sipStatus: number } {
    const finals = this.#forks.map((f) => ({ status: f.final ?? 500, timedOut: f.timedOut }));
    const global = finals.find((f) => f.status >= 600);
    if (global) {
      if (global.status === 600) return { failure: 'busy', sipStatus: 600 };
      if (global.status === 603) return { failure: 'rejected', sipStatus: 603 };
      return { failure: 'failed', sipStatus: global.status };
    }
    if (finals.some((f) => f.status === 486)) return { failure: 'busy', sipStatus: 486 };
    if (finals.some((f) => f.timedOut || f.status === 408 || f.status === 480 || f.status === 487)) {
      return { failure: 'no-answer', sipStatus: 480 };
    }
    const lowest = Math.min(...finals.map((f) => f.status));
    return { failure: 'failed', sipStatus: Number.isFinite(lowest) ? lowest : 500 };
  }
}
