import type { EventBuilder } from '@carillon/call-control';
import type { Logger } from '@carillon/logger';
import type { Destination, Dialog, ServerInviteTransaction, SipRequest } from '@carillon/sip';
import type { CallReporter } from '../call-control/call-reporter';
import type { CallControlGateway } from '../call-control/control-plane-gateway';
import type { DeviceIdentity } from '../registrar/request-authenticator';
import type { SipStack } from '../sip-stack';
import { ALeg } from './a-leg';
import type { BLeg } from './b-leg';
import type { Call } from './call';
import { type CallEvent, type CallState, nextCallState } from './call-state';
import type { LegDialogs } from './leg-dialogs';
import type { CallLegMedia } from './leg-media';
import type { MediaEnginePort, MediaRelaySession, Side } from './media-port';
import type { SdpAnchor } from './sdp-anchor';
import type { SessionTimerNegotiation } from './session-timer';
import type { TargetResolver } from './target-resolver';

/** Q.850 cause 102 "recovery on timer expiry": session timer, missing ACK or RTP timeout ended the call. */
export const TIMER_EXPIRY = 102;

export interface CallDeps {
  readonly stack: SipStack;
  readonly engine: MediaEnginePort | undefined;
  readonly targets: TargetResolver;
  readonly dialogs: LegDialogs<Call>;
  readonly reporter: CallReporter;
  readonly gateway: CallControlGateway;
  readonly logger: Logger;
}

export interface CallInit {
  readonly callId: string;
  readonly identity: DeviceIdentity;
  readonly invite: SipRequest;
  readonly transaction: ServerInviteTransaction;
  readonly source: Destination;
  /** Max-Forwards for the B legs (§16.6 step 3: the incoming value minus one). */
  readonly maxForwards: number;
  readonly media: MediaRelaySession;
  readonly anchor: SdpAnchor;
  /** How each leg carries media: plain RTP, or WebRTC bridged to the relay (leg-media.ts). */
  readonly legMedia: CallLegMedia;
  readonly events: EventBuilder;
  readonly sessionTimer: SessionTimerNegotiation;
  /** Frees the call slot (security/call-limits.ts). */
  readonly release: () => void;
}

/** A party in the call through a dialog that is not the side's own leg (a transfer target). */
export interface JoinedParty {
  readonly dialog: Dialog;
  readonly destination: Destination;
  readonly legId: string;
  readonly deviceId: string | undefined;
}

/** Who ended a call or a leg, in CDR terms. */
export type EndSide = 'caller' | 'callee' | 'system';

/** Ends an answered (or answering) call: BYE to every other side, then the report (call-ending.ts). */
export type Teardown = (side: EndSide, cause: number, reason?: string, from?: Side) => void;

/**
 * What the parts of one call share (answer, dial, re-INVITE, ending, CDR): its identity, the
 * caller's leg, the caller-side state machine (call-state.ts) and the callee leg the caller is
 * bridged with. Each part keeps the rest of its state to itself.
 */
export class CallContext {
  readonly call: Call;
  readonly deps: CallDeps;
  readonly init: CallInit;
  readonly log: Logger;
  readonly callId: string;
  readonly tenantId: string;
  readonly aLegId: string;
  readonly a: ALeg;
  /** The callee leg the caller is bridged with. */
  bridged: BLeg | undefined;
  /**
   * A party that took a side's place by transfer (transfer.ts) and is not the side's original leg
   * (or, on side b, not a BLeg of this call): requests go to it instead.
   */
  readonly joined: Partial<Record<Side, JoinedParty>> = {};
  #state: CallState = 'trying';

  constructor(call: Call, deps: CallDeps, init: CallInit) {
    this.call = call;
    this.deps = deps;
    this.init = init;
    this.callId = init.callId;
    this.tenantId = init.identity.tenantId;
    this.aLegId = `${init.callId}-a`;
    this.log = deps.logger.child({ callId: this.callId, tenantId: this.tenantId });
    this.a = new ALeg(deps.stack, init.invite, init.transaction, init.source);
  }

  get state(): CallState {
    return this.#state;
  }

  get ended(): boolean {
    return this.#state === 'ended';
  }

  /** Applies `event` when call-state.ts allows it in the current state; ignores it otherwise. */
  transition(event: CallEvent): void {
    const next = nextCallState(this.#state, event);
    if (next !== undefined) this.#state = next;
  }

  /** The call is over, whatever state it was in. */
  end(): void {
    this.#state = 'ended';
  }

  /** The dialog and flow on the other side of `from`, while that dialog lives. */
  far(from: Side): { dialog: Dialog; destination: Destination } | undefined {
    const joined = this.joined[from === 'a' ? 'b' : 'a'];
    if (joined) return joined.dialog.state !== 'terminated' ? joined : undefined;
    if (from === 'a') {
      const leg = this.bridged;
      return leg?.dialog && leg.dialog.state !== 'terminated'
        ? { dialog: leg.dialog, destination: leg.destination }
        : undefined;
    }
    const dialog = this.a.dialog;
    return dialog && dialog.state !== 'terminated' ? { dialog, destination: this.a.destination } : undefined;
  }
}
