import type { z } from 'zod';
import type { ActionResultInput } from './action-result';
import type { CallInfoInput } from './call-info';
import { CallControlProtocolError } from './errors';
import {
  type ActionDoneEvent,
  actionDoneEventSchema,
  type CallEndedEvent,
  type CallNewEvent,
  callEndedEventSchema,
  callNewEventSchema,
  type LegReportEvent,
  legReportEventSchema,
} from './events';
import type { LegReportInput } from './leg-report';
import { PROTOCOL_VERSION } from './limits';

export interface EventBuilderOptions {
  readonly callId: string;
  readonly tenantId: string;
  readonly edgeNodeId: string;
  /** The caller's leg, the one the control plane controls. */
  readonly legId: string;
  readonly call: CallInfoInput;
  /** Clock for `at`; default the system clock. */
  readonly clock?: () => Date;
}

export type CallEndInput = z.input<typeof callEndedEventSchema.shape.ended>;

/**
 * The edge's side of one call: builds each event with the call's envelope,
 * the next `seq` (1, 2, 3, …) and the state of the last reply, and validates
 * it, so an edge bug surfaces here rather than as a 400 from the control plane.
 * One builder per call; not shared between calls.
 */
export class EventBuilder {
  readonly #options: EventBuilderOptions;
  readonly #clock: () => Date;
  #seq = 0;
  #state: string | null = null;

  constructor(options: EventBuilderOptions) {
    this.#options = options;
    this.#clock = options.clock ?? (() => new Date());
  }

  /**
   * A builder for a new call that stems from this one (a blind transfer's call to the Refer-To
   * target, media/src/b2bua/transfer.ts): same tenant, edge node and clock, its own call id, leg id
   * and seq from 1, and call info derived from this call's.
   */
  derive(options: {
    readonly callId: string;
    readonly legId: string;
    readonly call: (base: CallInfoInput) => CallInfoInput;
  }): EventBuilder {
    const base = this.#options;
    return new EventBuilder({
      callId: options.callId,
      tenantId: base.tenantId,
      edgeNodeId: base.edgeNodeId,
      legId: options.legId,
      call: options.call(base.call),
      ...(base.clock ? { clock: base.clock } : {}),
    });
  }

  /** The seq of the last event built; 0 before the first. */
  get seq(): number {
    return this.#seq;
  }

  /** The state the next event will echo. */
  get state(): string | null {
    return this.#state;
  }

  /** Remember the state of the reply (or fallback decision) about to run, for the next event to echo. */
  acceptReply(reply: { readonly state: string | null }): void {
    this.#state = reply.state;
  }

  callNew(): CallNewEvent {
    return this.#build(callNewEventSchema, {
      ...this.#envelope(this.#options.legId),
      event: 'call.new',
      state: null,
    });
  }

  actionDone(result: ActionResultInput): ActionDoneEvent {
    return this.#build(actionDoneEventSchema, {
      ...this.#envelope(this.#options.legId),
      event: 'action.done',
      result,
    });
  }

  /** `legs` must hold every leg of the call, the caller's first. */
  callEnded(ended: CallEndInput, legs: readonly LegReportInput[]): CallEndedEvent {
    return this.#build(callEndedEventSchema, {
      ...this.#envelope(this.#options.legId),
      event: 'call.ended',
      ended,
      legs: [...legs],
    });
  }

  legReport(leg: LegReportInput): LegReportEvent {
    return this.#build(legReportEventSchema, { ...this.#envelope(leg.legId), event: 'leg.report', leg });
  }

  #envelope(legId: string) {
    return {
      protocolVersion: PROTOCOL_VERSION,
      callId: this.#options.callId,
      legId,
      tenantId: this.#options.tenantId,
      seq: this.#seq + 1,
      at: this.#clock().toISOString(),
      edgeNodeId: this.#options.edgeNodeId,
      call: this.#options.call,
      state: this.#state,
    } as const;
  }

  #build<S extends z.ZodType>(schema: S, input: z.input<S>): z.output<S> {
    const result = schema.safeParse(input);
    if (!result.success) throw CallControlProtocolError.fromZod('invalid-event', result.error);
    // Only a valid event consumes a seq, so the control plane sees 1, 2, 3, … without gaps.
    this.#seq += 1;
    return result.data;
  }
}
