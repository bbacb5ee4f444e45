import { randomBytes } from 'node:crypto';
import {
  type ActionType,
  type CallInfoInput,
  EventBuilder,
  type FallbackPolicy,
  TRANSPORTS,
} from '@carillon/call-control';
import type { Logger } from '@carillon/logger';
import {
  createOrigin,
  createResponse,
  type Destination,
  getAllow,
  getFrom,
  getMaxForwards,
  getMinSE,
  getSessionExpires,
  getSupported,
  getTo,
  type NameAddr,
  type ServerTransaction,
  type SipRequest,
} from '@carillon/sip';
import { type CallReporter, noCallReporter } from '../call-control/call-reporter';
import type { CallControlGateway } from '../call-control/control-plane-gateway';
import { CallExecutor } from '../call-control/executor';
import type { LocationService } from '../registrar/location-service';
import type { DeviceIdentity, RequestAuthenticator } from '../registrar/request-authenticator';
import type { CallLimits } from '../security/call-limits';
import type { RequestContext, SipStack } from '../sip-stack';
import { Call } from './call';
import { LegDialogs } from './leg-dialogs';
import {
  CallLegMedia,
  isLegMediaFailure,
  type LegMedia,
  type LegMediaFactory,
  PLAIN_LEG_MEDIA_FACTORY,
} from './leg-media';
import { checkMaxForwards } from './max-forwards';
import type { MediaEnginePort, MediaRelayPort } from './media-port';
import { refuseReplaces } from './replaces-invite';
import { offeredCodecs, SdpAnchor } from './sdp-anchor';
import {
  DEFAULT_SESSION_TIMER_POLICY,
  negotiateSessionTimer,
  type SessionTimerPolicy,
} from './session-timer';
import { LocationTargetResolver, type TargetResolver } from './target-resolver';

export interface B2buaOptions {
  readonly stack: SipStack;
  readonly authenticator: RequestAuthenticator;
  readonly location: LocationService;
  readonly callLimits: CallLimits;
  readonly relay: MediaRelayPort;
  /** How each leg carries media (leg-media.ts); default plain RTP for every leg. */
  readonly legMedia?: LegMediaFactory;
  readonly engine?: MediaEnginePort;
  readonly gateway: CallControlGateway;
  readonly fallback: FallbackPolicy;
  readonly reporter?: CallReporter;
  readonly targets?: TargetResolver;
  readonly sessionTimer?: SessionTimerPolicy;
  readonly logger: Logger;
  readonly nodeId: string;
}

/**
 * The B2BUA (ARCHITECTURE §5): takes INVITEs from authenticated devices, makes each a Call whose
 * next steps the control plane decides (call-control/executor.ts), and routes every request inside
 * the calls' dialogs — BYE, re-INVITE, UPDATE, INFO, ACK, CANCEL — to its call and side.
 */
export class B2bua {
  readonly #o: B2buaOptions;
  readonly #dialogs = new LegDialogs<Call>();
  readonly #byInvite = new Map<ServerTransaction, Call>();
  readonly #calls = new Set<Call>();
  readonly #targets: TargetResolver;

  constructor(options: B2buaOptions) {
    this.#o = options;
    this.#targets = options.targets ?? new LocationTargetResolver(options.location);
    const { stack } = options;
    stack.supportOptionTag('timer');
    stack.onRequest('INVITE', (request, tx, context) => this.#invite(request, tx, context));
    for (const method of ['BYE', 'UPDATE', 'INFO', 'REFER']) {
      stack.onRequest(method, (request, tx, context) => this.#inDialog(request, tx, context.source));
    }
    stack.ackHandler = (ack) => {
      const match = this.#dialogs.match(ack);
      match?.call.ackFrom(match.side, ack);
    };
    stack.cancelHandler = (cancel, invite) => {
      const call = this.#byInvite.get(invite);
      if (call) call.cancelledByCaller(cancel);
      else if (invite.state === 'Proceeding') stack.reply(invite, 487);
    };
  }

  get activeCalls(): number {
    return this.#calls.size;
  }

  calls(): readonly Call[] {
    return [...this.#calls];
  }

  async #invite(request: SipRequest, tx: ServerTransaction, context: RequestContext): Promise<void> {
    if (getTo(request).tag !== undefined) {
      await this.#inDialog(request, tx, context.source);
      return;
    }
    if (tx.kind !== 'ist') return;
    const { stack, authenticator, callLimits } = this.#o;
    // §16.6 step 3 style loop protection before any work for the call.
    const hops = checkMaxForwards(getMaxForwards(request));
    if (!hops.ok) {
      stack.reply(tx, hops.status, hops.reason);
      return;
    }
    // §17.2.1: tell the caller at once that we have it; authentication may take a store round trip.
    tx.respond(createResponse(request, 100));
    const auth = await authenticator.authenticateRequest(request, context.source);
    if (!auth.ok) {
      tx.respond(auth.response);
      return;
    }
    const identity = auth.identity;
    if (request.headers.has('replaces')) {
      // RFC 3891 from outside: transfers at this edge go through REFER (transfer.ts).
      const refused = refuseReplaces(request, this.#dialogs, identity.tenantId);
      stack.reply(tx, refused.status, refused.reason);
      return;
    }
    const timer = negotiateSessionTimer(
      {
        ...(() => {
          const se = getSessionExpires(request);
          return se ? { sessionExpires: se } : {};
        })(),
        ...(getMinSE(request) !== undefined ? { minSE: getMinSE(request) } : {}),
        supported: getSupported(request),
        allow: getAllow(request),
      },
      this.#o.sessionTimer ?? DEFAULT_SESSION_TIMER_POLICY,
    );
    if (timer.kind === 'too-small') {
      stack.reply(tx, 422, undefined, { 'Min-SE': String(timer.minSE) });
      return;
    }
    if (request.body.length === 0) {
      // An offerless INVITE (§13.2.1) would need the callee's offer relayed in our 2xx; not done yet.
      stack.reply(tx, 488, 'Not Acceptable Here - SDP offer required');
      return;
    }
    const admission = callLimits.tryAcquireCall(identity.tenantId, identity.deviceId);
    if (!admission.ok) {
      context.logger.info({ limit: admission.limit, active: admission.active }, 'call limit reached');
      if (admission.limit === 'device') stack.reply(tx, 486, 'Busy Here - Device call limit reached');
      else stack.reply(tx, 503, 'Service Unavailable - Tenant call limit reached', { 'Retry-After': '30' });
      return;
    }
    const callId = `c${randomBytes(10).toString('hex')}`;
    let media: Awaited<ReturnType<MediaRelayPort['open']>>;
    try {
      media = await this.#o.relay.open(callId);
    } catch (error) {
      admission.release();
      context.logger.error({ err: error }, 'no relay ports for a call');
      stack.reply(tx, 503, 'Service Unavailable - No media ports', { 'Retry-After': '5' });
      return;
    }
    const origin = () => createOrigin({ address: stack.publicHost, randomBytes: (n) => randomBytes(n) });
    const anchor = new SdpAnchor({ a: media.a.local, b: media.b.local }, { a: origin(), b: origin() });
    let codecs: readonly string[] = [];
    try {
      codecs = offeredCodecs(request.body.toString('utf8'));
    } catch {
      media.close();
      admission.release();
      stack.reply(tx, 488, 'Not Acceptable Here - Unreadable SDP');
      return;
    }
    let callerMedia: LegMedia;
    try {
      callerMedia = await (this.#o.legMedia ?? PLAIN_LEG_MEDIA_FACTORY).forCaller(
        callId,
        request.body.toString('utf8'),
      );
    } catch (error) {
      media.close();
      admission.release();
      context.logger.info({ err: error }, 'caller media refused');
      const failure = isLegMediaFailure(error) ? error : { sipStatus: 488, reason: 'Media not supported' };
      stack.reply(
        tx,
        failure.sipStatus,
        `${failure.sipStatus === 503 ? 'Service Unavailable' : 'Not Acceptable Here'} - ${failure.reason}`,
      );
      return;
    }
    const legMedia = new CallLegMedia(this.#o.legMedia ?? PLAIN_LEG_MEDIA_FACTORY, callId, callerMedia);
    const events = new EventBuilder({
      callId,
      tenantId: identity.tenantId,
      edgeNodeId: this.#o.nodeId,
      legId: `${callId}-a`,
      call: callInfo(request, identity, context.source, codecs),
    });
    const call = new Call(
      {
        stack,
        engine: this.#o.engine,
        targets: this.#targets,
        dialogs: this.#dialogs,
        reporter: this.#o.reporter ?? noCallReporter,
        gateway: this.#o.gateway,
        logger: this.#o.logger,
      },
      {
        callId,
        identity,
        invite: request,
        transaction: tx,
        source: context.source,
        maxForwards: hops.forward,
        media,
        anchor,
        legMedia,
        events,
        sessionTimer: timer,
        release: admission.release,
      },
    );
    this.#calls.add(call);
    this.#byInvite.set(tx, call);
    void call.whenEnded.then(() => {
      legMedia.closeAll();
      this.#calls.delete(call);
      this.#byInvite.delete(tx);
    });
    const executor = new CallExecutor({
      call,
      events,
      gateway: this.#o.gateway,
      policy: this.#o.fallback,
      logger: this.#o.logger,
      ...(this.#o.engine ? {} : { supported: WITHOUT_MEDIA_ENGINE }),
    });
    await executor.run();
  }

  async #inDialog(request: SipRequest, tx: ServerTransaction, source?: Destination): Promise<void> {
    const match = this.#dialogs.match(request);
    if (!match) {
      // §12.2.2: a request for a dialog we do not know.
      this.#o.stack.reply(tx, 481);
      return;
    }
    if (request.method === 'REFER' && source && !match.call.transfer.fromLegFlow(match.side, source)) {
      // Before the dialog takes the CSeq: a request from another flow must not advance it.
      this.#o.stack.reply(tx, 403, 'Forbidden - Wrong flow');
      return;
    }
    const check = match.dialog.receiveRequest(request);
    if (!check.accepted) {
      tx.respond(check.response);
      return;
    }
    if (request.method === 'INVITE' || request.method === 'UPDATE') match.dialog.acceptTargetRefresh(request);
    await match.call.inDialogRequest(match.side, request, tx, source);
  }
}

/** Without a media engine, play and gather cannot run: such replies get the fallback at once. */
const WITHOUT_MEDIA_ENGINE: ReadonlySet<ActionType> = new Set([
  'answer',
  'ring',
  'play',
  'dial',
  'bridge',
  'hangup',
]);

function party(addr: NameAddr) {
  const uri = addr.uri;
  const user = uri.kind === 'sip' ? (uri.user ?? null) : uri.kind === 'tel' ? uri.number : null;
  return {
    uri: formatAddrUri(addr),
    user: user === null ? null : user.slice(0, 128),
    displayName: addr.displayName ? addr.displayName.slice(0, 128) : null,
  };
}

function formatAddrUri(addr: NameAddr): string {
  const uri = addr.uri;
  if (uri.kind === 'sip')
    return `${uri.scheme}:${uri.user ? `${uri.user}@` : ''}${uri.host}${uri.port ? `:${uri.port}` : ''}`;
  if (uri.kind === 'tel') return `tel:${uri.number}`;
  return 'sip:invalid@invalid';
}

function callInfo(
  request: SipRequest,
  identity: DeviceIdentity,
  source: Destination,
  codecs: readonly string[],
): CallInfoInput {
  const transport = source.transport.toLowerCase();
  const userAgent = request.headers.get('user-agent');
  return {
    from: party(getFrom(request)),
    to: party(getTo(request)),
    requestUri: request.uri.slice(0, 1024),
    source: { kind: 'extension', deviceId: identity.deviceId },
    headers: userAgent ? { userAgent: [userAgent.slice(0, 1024)] } : {},
    signalling: {
      transport: (TRANSPORTS as readonly string[]).includes(transport)
        ? (transport as (typeof TRANSPORTS)[number])
        : 'udp',
      remoteAddress: source.host,
      remotePort: source.port,
    },
    codecs: [...codecs],
    startedAt: new Date().toISOString(),
  };
}
