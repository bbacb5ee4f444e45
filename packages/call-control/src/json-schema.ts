import { z } from 'zod';
import { callEventSchema } from './events';
import { PROTOCOL_VERSION } from './limits';
import { replySchema } from './reply';

export interface ProtocolJsonSchema {
  readonly protocolVersion: typeof PROTOCOL_VERSION;
  /** What the edge POSTs. */
  readonly event: Record<string, unknown>;
  /** What the control plane answers. */
  readonly reply: Record<string, unknown>;
}

/**
 * JSON Schema (draft 2020-12) of the protocol, for docs and for peers not
 * written in TypeScript. Generated from the zod schemas, so it cannot drift;
 * `io: 'input'` describes what a sender may write (fields with defaults are
 * optional). Refinements across fields (e.g. minDigits ≤ maxDigits, terminal
 * actions last) are not expressible in JSON Schema and are only in the zod schemas.
 */
export function protocolJsonSchema(): ProtocolJsonSchema {
  return {
    protocolVersion: PROTOCOL_VERSION,
    event: z.toJSONSchema(callEventSchema, { io: 'input', target: 'draft-2020-12' }),
    reply: z.toJSONSchema(replySchema, { io: 'input', target: 'draft-2020-12' }),
  };
}
