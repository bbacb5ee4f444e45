import { z } from 'zod';
import { type Action, type ActionInput, actionSchema } from './actions';
import { promptSourceSchema } from './actions/audio-source';
import type { CallControlProtocolError } from './errors';
import type { LiveCallEvent } from './events';
import { msSchema, unionError, uriSchema } from './fields';
import {
  DEFAULT_CONTROL_PLANE_DEADLINE_MS,
  MAX_CONTROL_PLANE_DEADLINE_MS,
  MAX_DIAL_TARGETS,
  MAX_TARGET_TIMEOUT_MS,
  MIN_CONTROL_PLANE_DEADLINE_MS,
} from './limits';
import { parseReply } from './parse';

/**
 * What the edge does for a live call when the control plane cannot decide:
 * unreachable, too slow (past the deadline) or answering nonsense. A call
 * must never hang or go silent (ARCHITECTURE §3), so every policy yields at
 * least one action and ends in a hangup unless it rings someone.
 */
export const SERVICE_UNAVAILABLE_PROMPT_KEY = 'system/prompts/service-unavailable.wav';
/** RFC 3326 Reason text the fallback hangs up with, so CDRs and logs show why. */
export const FALLBACK_REASON = 'Call control unavailable';
/** Q.850 cause 41 "temporary failure", the RFC 3398 §8.2.6.1 counterpart of 503. */
export const TEMPORARY_FAILURE = 41;

const announceAndHangupPolicySchema = z.strictObject({
  kind: z.literal('announce-and-hangup'),
  /** The "service unavailable" prompt. */
  prompt: promptSourceSchema.default({ kind: 'prompt', key: SERVICE_UNAVAILABLE_PROMPT_KEY }),
});

export const fallbackPolicySchema = z.discriminatedUnion(
  'kind',
  [
    announceAndHangupPolicySchema,
    z.strictObject({ kind: z.literal('reject') }),
    z.strictObject({
      kind: z.literal('ring-dialled-extension'),
      /** How long the dialled extension's contacts ring, in ms (1,000–300,000); default 30,000. */
      ringTimeoutMs: msSchema('ringTimeoutMs', 1000, MAX_TARGET_TIMEOUT_MS).default(30_000),
      /** Applied when there are no contacts to ring, or after they were rung. Default announce-and-hangup. */
      otherwise: z
        .discriminatedUnion('kind', [
          announceAndHangupPolicySchema,
          z.strictObject({ kind: z.literal('reject') }),
        ])
        .default({
          kind: 'announce-and-hangup',
          prompt: { kind: 'prompt', key: SERVICE_UNAVAILABLE_PROMPT_KEY },
        }),
    }),
  ],
  { error: unionError('fallback', 'kind', ['announce-and-hangup', 'reject', 'ring-dialled-extension']) },
);
export type FallbackPolicy = z.infer<typeof fallbackPolicySchema>;
export type FallbackPolicyInput = z.input<typeof fallbackPolicySchema>;

/** The edge's call-control client settings, loaded once with its config. */
export const callControlClientConfigSchema = z.strictObject({
  /** Wait for a reply this long, in ms (100–10,000); default 2,000. */
  deadlineMs: msSchema('deadlineMs', MIN_CONTROL_PLANE_DEADLINE_MS, MAX_CONTROL_PLANE_DEADLINE_MS).default(
    DEFAULT_CONTROL_PLANE_DEADLINE_MS,
  ),
  fallback: fallbackPolicySchema.default({
    kind: 'announce-and-hangup',
    prompt: { kind: 'prompt', key: SERVICE_UNAVAILABLE_PROMPT_KEY },
  }),
});
export type CallControlClientConfig = z.infer<typeof callControlClientConfigSchema>;

export interface FallbackContext {
  /**
   * Registered contacts of the extension the caller dialled, as the edge's
   * location service knows them; only `ring-dialled-extension` uses them.
   */
  readonly dialledContacts?: readonly string[];
}

/** Parse input we built ourselves; the schema fills in defaults and proves the list valid. */
function build(actions: ActionInput[]): Action[] {
  return actions.map((action) => actionSchema.parse(action));
}

function hangup(): ActionInput {
  return { type: 'hangup', sipStatus: 503, cause: TEMPORARY_FAILURE, reason: FALLBACK_REASON };
}

function endCall(policy: Exclude<FallbackPolicy, { kind: 'ring-dialled-extension' }>): Action[] {
  if (policy.kind === 'reject') return build([hangup()]);
  // Early media so an unanswered call hears the prompt without being answered (and billed).
  return build([{ type: 'play', source: policy.prompt, earlyMedia: true }, hangup()]);
}

/**
 * The actions for a live call whose control plane failed. Pure and total:
 * never empty, never throws for a policy that passed `fallbackPolicySchema`.
 * With `ring-dialled-extension`, an `action.done` for a `dial` means the
 * ringing already happened (here or by the control plane), so the call ends
 * by the `otherwise` policy rather than ringing forever.
 */
export function fallbackActions(
  event: LiveCallEvent,
  policy: FallbackPolicy,
  context: FallbackContext = {},
): Action[] {
  if (policy.kind !== 'ring-dialled-extension') return endCall(policy);
  const alreadyRang = event.event === 'action.done' && event.result.action === 'dial';
  const contacts = (context.dialledContacts ?? [])
    .filter((contact) => uriSchema.safeParse(contact).success)
    .slice(0, MAX_DIAL_TARGETS);
  if (alreadyRang || contacts.length === 0) return endCall(policy.otherwise);
  return build([
    {
      type: 'dial',
      targets: contacts.map((uri) => ({ kind: 'contact', uri })),
      strategy: 'parallel',
      targetTimeoutMs: policy.ringTimeoutMs,
      timeoutMs: policy.ringTimeoutMs,
    },
  ]);
}

/** How the edge's request to the control plane went. */
export type ControlPlaneOutcome =
  /** A 2xx response; `body` as text or already parsed. */
  | { readonly kind: 'reply'; readonly body: unknown }
  /** No response within the deadline. */
  | { readonly kind: 'timeout' }
  /** Connection failure or a non-2xx status. */
  | { readonly kind: 'unreachable'; readonly detail?: string };

export type FallbackReason = 'timeout' | 'unreachable' | 'invalid-reply';

export type ActionDecision =
  | { readonly source: 'control-plane'; readonly actions: Action[]; readonly state: string | null }
  | {
      readonly source: 'fallback';
      readonly actions: Action[];
      /** The state the event carried, kept so a recovered control plane still has its context. */
      readonly state: string | null;
      readonly reason: FallbackReason;
      /** For `invalid-reply`: what was wrong, to log. */
      readonly error?: CallControlProtocolError;
    };

/**
 * What the edge runs next for a live call: the control plane's reply if it
 * is valid, else the fallback. The edge logs every `source: fallback`.
 */
export function decideActions(
  event: LiveCallEvent,
  outcome: ControlPlaneOutcome,
  policy: FallbackPolicy,
  context: FallbackContext = {},
): ActionDecision {
  const fallback = (reason: FallbackReason, error?: CallControlProtocolError): ActionDecision => ({
    source: 'fallback',
    actions: fallbackActions(event, policy, context),
    state: event.state,
    reason,
    ...(error === undefined ? {} : { error }),
  });
  if (outcome.kind !== 'reply') return fallback(outcome.kind);
  const parsed = parseReply(outcome.body, { event: event.event });
  if (!parsed.ok) return fallback('invalid-reply', parsed.error);
  return { source: 'control-plane', actions: parsed.reply.actions, state: parsed.reply.state };
}
