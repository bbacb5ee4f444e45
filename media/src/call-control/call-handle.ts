import type {
  ActionStatus,
  AnswerAction,
  BridgeAction,
  DialAction,
  GatherAction,
  HangupAction,
  PlayAction,
  RingAction,
} from '@carillon/call-control';

/** How one action ended, before the executor adds its position, tag and duration. */
export interface ActionRun {
  readonly status: ActionStatus;
  readonly sipStatus?: number;
  readonly reason?: string;
  readonly digits?: string;
  readonly terminator?: string;
  readonly answeredBy?: { readonly legId: string; readonly targetIndex?: number; readonly deviceId?: string };
  readonly waitMs?: number;
}

/**
 * What the executor drives: one call on the edge (the B2BUA's Call). Every method resolves — with
 * status `hangup` when the caller left meanwhile — and never rejects for a call-level outcome.
 */
export interface CallHandle {
  readonly callId: string;
  readonly tenantId: string;
  /** A 2xx went to the caller. */
  readonly answered: boolean;
  /** The caller's leg is gone (hung up, cancelled, rejected, torn down). */
  readonly ended: boolean;
  /** Resolves when the call has ended, whoever ended it. */
  readonly whenEnded: Promise<void>;
  answer(action: AnswerAction): Promise<ActionRun>;
  ring(action: RingAction): Promise<ActionRun>;
  play(action: PlayAction): Promise<ActionRun>;
  gather(action: GatherAction): Promise<ActionRun>;
  dial(action: DialAction): Promise<ActionRun>;
  bridge(action: BridgeAction): Promise<ActionRun>;
  /** End the call: a final response before answer, BYE after (RFC 3261 §15). */
  hangup(action: HangupAction): Promise<void>;
  /** The dialled extension's registered contacts, for the `ring-dialled-extension` fallback. */
  dialledContacts(): Promise<string[]>;
}
