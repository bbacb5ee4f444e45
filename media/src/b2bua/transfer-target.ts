import { type DialAction, type Party, parseReply } from '@carillon/call-control';
import type { CallContext } from './call-context';
import { statusForCause } from './causes';
import type { ReferTarget } from './refer-request';

/** Where a blind transfer goes, as the control plane decided it. */
export type TransferRoute =
  | { readonly kind: 'dial'; readonly action: DialAction }
  | { readonly kind: 'refused'; readonly status: number; readonly reason: string };

export interface Transferor {
  /** The transferor's device: its dialling rights decide the target (least privilege). */
  readonly deviceId: string;
  readonly party: Party;
}

/**
 * Ask the control plane where a blind transfer's target goes (ARCHITECTURE §3: routing stays in
 * the control plane). The protocol is not extended for this: the question is exactly `call.new`
 * for a call from the transferor's device to the Refer-To URI — the control plane applies the
 * same extension routing (packages/routing) and the transferor's own rights (a transferor can
 * send the transferee only where it could call itself), and answers with the usual `dial`. The
 * event carries a call id of its own (`<callId>x<n>`), so it never mixes with the transferred
 * call's seq and state; the edge uses the reply's first `dial` and ignores what else it holds.
 * No `call.ended` follows for that id: the transferee's leg to the target is reported as a leg
 * of the original call (call-cdr.ts), which is the CDR the tenant sees.
 */
export async function routeTransfer(
  ctx: CallContext,
  attempt: number,
  target: ReferTarget,
  transferor: Transferor,
): Promise<TransferRoute> {
  const callId = `${ctx.callId}x${attempt}`;
  let event: ReturnType<CallContext['init']['events']['callNew']>;
  try {
    event = ctx.init.events
      .derive({
        callId,
        legId: `${callId}-a`,
        call: (base) => ({
          ...base,
          from: transferor.party,
          to: { uri: target.uri.slice(0, 1024), user: target.user, displayName: null },
          requestUri: target.uri.slice(0, 1024),
          source: { kind: 'extension', deviceId: transferor.deviceId },
          startedAt: new Date().toISOString(),
        }),
      })
      .callNew();
  } catch (error) {
    ctx.log.warn({ err: error }, 'transfer event could not be built');
    return { kind: 'refused', status: 500, reason: 'Transfer not routable' };
  }
  const outcome = await ctx.deps.gateway.decide(event);
  if (outcome.kind !== 'reply') {
    ctx.log.warn({ outcome: outcome.kind }, 'control plane did not route a transfer');
    return { kind: 'refused', status: 503, reason: 'Service Unavailable' };
  }
  const parsed = parseReply(outcome.body, { event: 'call.new' });
  if (!parsed.ok) {
    ctx.log.warn({ err: parsed.error }, 'invalid reply for a transfer');
    return { kind: 'refused', status: 500, reason: 'Server Internal Error' };
  }
  for (const action of parsed.reply.actions) {
    if (action.type === 'dial') return { kind: 'dial', action };
    if (action.type === 'hangup') {
      const status = action.sipStatus ?? statusForCause(action.cause);
      return { kind: 'refused', status, reason: action.reason ?? 'Transfer refused' };
    }
  }
  return { kind: 'refused', status: 403, reason: 'Forbidden' };
}
