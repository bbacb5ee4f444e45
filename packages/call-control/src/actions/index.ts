import { z } from 'zod';
import { unionError } from '../fields';
import { bridgeActionSchema } from './bridge';
import { answerActionSchema, ringActionSchema } from './call-setup';
import { setCallerIdActionSchema } from './caller-id';
import { conferenceActionSchema } from './conference';
import { dialActionSchema } from './dial';
import { faxActionSchema } from './fax';
import { gatherActionSchema } from './gather';
import { hangupActionSchema } from './hangup';
import { parkActionSchema, pickupActionSchema } from './park';
import { playActionSchema } from './play';
import { queueActionSchema } from './queue';
import { recordActionSchema } from './record';
import { redirectActionSchema, transferActionSchema } from './transfer';

export const ACTION_TYPES = [
  'answer',
  'ring',
  'play',
  'gather',
  'dial',
  'bridge',
  'record',
  'conference',
  'queue',
  'park',
  'pickup',
  'transfer',
  'fax',
  'set-caller-id',
  'hangup',
  'redirect',
] as const;
export type ActionType = (typeof ACTION_TYPES)[number];

/**
 * Actions after which the edge runs nothing else: the call has ended here or
 * left this PBX. They must be last in a reply.
 */
export const TERMINAL_ACTION_TYPES: readonly ActionType[] = ['hangup', 'redirect', 'transfer'];

/** One action of a reply, discriminated by `type` so an issue names the exact field. */
export const actionSchema = z.discriminatedUnion(
  'type',
  [
    answerActionSchema,
    ringActionSchema,
    playActionSchema,
    gatherActionSchema,
    dialActionSchema,
    bridgeActionSchema,
    recordActionSchema,
    conferenceActionSchema,
    queueActionSchema,
    parkActionSchema,
    pickupActionSchema,
    transferActionSchema,
    faxActionSchema,
    setCallerIdActionSchema,
    hangupActionSchema,
    redirectActionSchema,
  ],
  { error: unionError('action', 'type', ACTION_TYPES) },
);

/** An action as the edge executes it (defaults applied). */
export type Action = z.infer<typeof actionSchema>;
/** An action as the control plane may write it (defaulted fields optional). */
export type ActionInput = z.input<typeof actionSchema>;

export * from './audio-source';
export * from './bridge';
export * from './call-setup';
export * from './caller-id';
export * from './conference';
export * from './dial';
export * from './dial-target';
export * from './fax';
export * from './gather';
export * from './hangup';
export * from './park';
export * from './play';
export * from './queue';
export * from './record';
export * from './transfer';
