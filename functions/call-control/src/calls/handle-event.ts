import {
  type ActionDoneEvent,
  CallControlProtocolError,
  type CallEvent,
  type CallNewEvent,
  type JsonValue,
  openEventState,
  PROTOCOL_VERSION,
  type ReplyInput,
  type StateKey,
  sealState,
} from '@carillon/call-control';
import type { Logger } from '@carillon/logger';
import {
  callerDeviceId,
  continueExtensionCall,
  type Decision,
  dialledNumber,
  forbiddenTreatment,
  readCallState,
  refuseCaller,
  routeExtensionCall,
} from '@carillon/routing';
import type { CallDirectory } from './directory';

export interface CallControlDeps {
  readonly directory: CallDirectory;
  /** Current key first; see `CARILLON_CALL_STATE_KEYS`. */
  readonly stateKeys: readonly StateKey[];
  readonly ringTimeoutMs: number;
  readonly now: () => Date;
}

/** Sealed state outlives any call's steps by far; bounds the replay of an old token. */
const STATE_TTL_MS = 12 * 60 * 60 * 1000;

/**
 * Answer one call-control event. Live events get the routing decision;
 * `call.ended` and `leg.report` are acknowledged with no actions (the CDR is
 * written from the edge's CDR report, `POST /edge/v1/cdr-reports`).
 */
export async function handleEvent(event: CallEvent, deps: CallControlDeps, log: Logger): Promise<ReplyInput> {
  if (event.event === 'call.ended' || event.event === 'leg.report') {
    log.info({ cause: event.event === 'call.ended' ? event.ended.cause : undefined }, 'call event noted');
    return { protocolVersion: PROTOCOL_VERSION, actions: [], state: null };
  }
  const decision = event.event === 'call.new' ? await newCall(event, deps) : continued(event, deps, log);
  log.info(
    { outcome: decision.outcome, actions: decision.actions.map((action) => action.type) },
    'call routed',
  );
  return {
    protocolVersion: PROTOCOL_VERSION,
    actions: decision.actions,
    state:
      decision.state === null
        ? null
        : sealState(decision.state as JsonValue, deps.stateKeys[0] ?? '', event, {
            ttlMs: STATE_TTL_MS,
            now: deps.now().getTime(),
          }),
  };
}

async function newCall(event: CallNewEvent, deps: CallControlDeps): Promise<Decision> {
  const scope = { tenantId: event.tenantId };
  const deviceId = callerDeviceId(event.call.source);
  const tenant = await deps.directory.tenant(event.tenantId);
  const device = tenant && deviceId ? await deps.directory.device(scope, deviceId) : undefined;
  const refused = refuseCaller({ source: event.call.source, tenant, callerDevice: device });
  if (refused !== undefined) return refused;
  // refuseCaller passes a call only with both known; this narrows the types.
  if (tenant === undefined || device === undefined) {
    return { outcome: 'refused', actions: forbiddenTreatment('Unknown device'), state: null };
  }
  const dialled = dialledNumber(event.call);
  const [callee, callerId] = await Promise.all([
    dialled === undefined
      ? Promise.resolve({ kind: 'unknown' as const })
      : deps.directory.callee(scope, tenant, dialled),
    deps.directory.callerId(scope, device.userId),
  ]);
  return routeExtensionCall({
    dialled,
    callee,
    callerDeviceId: device.id,
    ...(callerId ? { callerId } : {}),
    country: tenant.country,
    now: deps.now(),
    ringTimeoutMs: deps.ringTimeoutMs,
  });
}

function continued(event: ActionDoneEvent, deps: CallControlDeps, log: Logger): Decision {
  let opened: JsonValue | null = null;
  try {
    opened = openEventState(event, deps.stateKeys, { now: deps.now().getTime() });
  } catch (error) {
    if (!(error instanceof CallControlProtocolError)) throw error;
    // Forged, tampered, expired or from another call: logged, and the call ends cleanly.
    log.warn({ code: error.code }, 'call state did not open');
  }
  return continueExtensionCall(readCallState(opened), event.result);
}
