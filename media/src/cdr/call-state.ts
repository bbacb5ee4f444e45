import type { CallFact, CallState } from './call-facts';

/**
 * The active calls as the facts so far describe them. The journal keeps one
 * live and a replay rebuilds one from disk with the same `apply`, so what
 * the edge knew before a crash is exactly what recovery knows after it.
 */
export class CallTable {
  readonly #calls = new Map<string, CallState>();
  #lastActivityAt: number | null = null;

  /** Latest `at` of any fact: the best estimate of when a dead edge was last alive. */
  get lastActivityAt(): number | null {
    return this.#lastActivityAt;
  }

  get size(): number {
    return this.#calls.size;
  }

  get(callId: string): CallState | undefined {
    return this.#calls.get(callId);
  }

  active(): CallState[] {
    return [...this.#calls.values()];
  }

  /** Apply one fact. Facts about calls it does not know are ignored: false says so. */
  apply(fact: CallFact): boolean {
    this.#lastActivityAt = Math.max(this.#lastActivityAt ?? fact.at, fact.at);
    switch (fact.t) {
      case 'alive':
        return true;
      case 'snapshot':
        this.#calls.set(fact.call.callId, structuredClone(fact.call));
        return true;
      case 'call-started': {
        const { leg, ...call } = fact.call;
        this.#calls.set(call.callId, {
          ...call,
          startedAt: fact.at,
          ended: null,
          legs: [{ ...leg, startedAt: fact.at, answeredAt: null, endedAt: null, ending: null, codec: null }],
        });
        return true;
      }
      case 'call-ending': {
        const call = this.#calls.get(fact.callId);
        if (call === undefined || call.ended !== null) return false;
        call.ended = { at: fact.at, ending: fact.ending };
        return true;
      }
      case 'call-ended':
        return this.#calls.delete(fact.callId);
      case 'leg-started': {
        const call = this.#calls.get(fact.callId);
        // A leg id reused within a call (a retried fork) replaces nothing: the first one counts.
        if (call === undefined || call.legs.some((leg) => leg.legId === fact.leg.legId)) return false;
        call.legs.push({
          ...fact.leg,
          startedAt: fact.at,
          answeredAt: null,
          endedAt: null,
          ending: null,
          codec: null,
        });
        return true;
      }
      case 'leg-answered': {
        const leg = this.#leg(fact.callId, fact.legId);
        // The first 200 OK is the answer; a re-INVITE's is not a second one.
        if (leg === undefined || leg.answeredAt !== null) return false;
        leg.answeredAt = fact.at;
        leg.codec = fact.codec;
        return true;
      }
      case 'leg-ended': {
        const leg = this.#leg(fact.callId, fact.legId);
        if (leg === undefined || leg.endedAt !== null) return false;
        leg.endedAt = fact.at;
        leg.ending = fact.ending;
        if (fact.ending.codec !== undefined) leg.codec = fact.ending.codec;
        return true;
      }
    }
  }

  #leg(callId: string, legId: string) {
    return this.#calls.get(callId)?.legs.find((leg) => leg.legId === legId);
  }
}
