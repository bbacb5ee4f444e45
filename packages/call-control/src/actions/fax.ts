import { z } from 'zod';
import { intSchema, objectKeySchema, unionError } from '../fields';
import { MAX_FAX_PAGES } from '../limits';
import { actionFields } from './action-base';

const faxFields = {
  ...actionFields('fax'),
  /** Use T.38 when the far end offers it, else G.711 pass-through. Default true. */
  t38: z.boolean({ error: 't38 must be true or false' }).default(true),
  /** T.30 error correction mode. Default true. */
  ecm: z.boolean({ error: 'ecm must be true or false' }).default(true),
  /** T.30 station identifier (TSI/CSI): up to 20 of digits, space and + (ITU-T T.30 §5.3.6.2.4). */
  stationId: z
    .string({ error: 'stationId must be a string' })
    .regex(/^[0-9 +]{0,20}$/, { error: 'stationId may hold up to 20 digits, spaces and +' })
    .optional(),
};

/**
 * `operation: receive`: answer as a fax machine and store the document as
 * TIFF under `keyPrefix` (T300 "Software Fax", L620-633). Result: `completed`
 * with `faxKey` and `faxPages`; `failed` with the pages received so far.
 */
export const faxReceiveActionSchema = z.strictObject({
  ...faxFields,
  operation: z.literal('receive'),
  /** S3 key prefix for the received document; ≤ 512 characters. */
  keyPrefix: objectKeySchema('keyPrefix'),
  /** Stop after this many pages, 1–500; default 100. */
  maxPages: intSchema('maxPages', 1, MAX_FAX_PAGES).default(100),
});

/** `operation: send`: send a stored TIFF/PDF document on this (answered) call. */
export const faxSendActionSchema = z.strictObject({
  ...faxFields,
  operation: z.literal('send'),
  /** S3 key of the document to send. */
  documentKey: objectKeySchema('documentKey'),
});

export const faxActionSchema = z
  .discriminatedUnion('operation', [faxReceiveActionSchema, faxSendActionSchema], {
    error: unionError('fax', 'operation', ['receive', 'send']),
  })
  .meta({ description: 'Receive a fax into S3, or send a stored document.' });

export type FaxAction = z.infer<typeof faxActionSchema>;
