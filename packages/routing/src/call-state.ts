import type { JsonValue } from '@carillon/call-control';
import { z } from 'zod';

/**
 * What the control plane remembers between the steps of a call. It travels
 * sealed in the reply's `state` (readable, not secret) and comes back with
 * the next event, so it holds only what the next decision needs: keep it
 * small (the sealed token is bounded at 8 KiB).
 */
export const callStateSchema = z.discriminatedUnion('step', [
  z.strictObject({
    v: z.literal(1),
    /** A `dial` of the callee's contacts is running. */
    step: z.literal('ringing'),
    /** The extension dialled. */
    callee: z.string(),
    /** Device of each dial target, by target index, to name the answering device in logs. */
    targetDevices: z.array(z.string()),
    /** Tone plan for the busy tone. */
    country: z.string(),
  }),
  z.strictObject({
    v: z.literal(1),
    /** A treatment (announcement, tone) that ends in a hangup is running. */
    step: z.literal('ending'),
  }),
]);

export type CallState = z.infer<typeof callStateSchema>;

/** Read opened state; undefined when it is not a state this version wrote. */
export function readCallState(data: JsonValue | null): CallState | undefined {
  const parsed = callStateSchema.safeParse(data);
  return parsed.success ? parsed.data : undefined;
}
