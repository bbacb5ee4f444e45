import { z } from 'zod';

/** ISO 4217 currency with amounts in minor units (cents), never floating point. */
export const moneySchema = z.object({
  amountMinor: z
    .number({ error: 'amount must be a number' })
    .int({ error: 'amount must be a whole number of minor units (e.g. cents)' })
    .min(0, { error: 'amount must not be negative' }),
  currency: z
    .string({ error: 'currency must be a string' })
    .regex(/^[A-Z]{3}$/, { error: 'currency must be an ISO 4217 code such as EUR' }),
});

export type Money = z.infer<typeof moneySchema>;

/** A count limit; `null` means no limit (the manuals' "0 = unlimited", e.g. T640 manual L2618-2621). */
export function limitSchema(label: string, max = 1_000_000) {
  return z
    .number({ error: `${label} must be a number` })
    .int({ error: `${label} must be a whole number` })
    .min(0, { error: `${label} must not be negative` })
    .max(max, { error: `${label} must be at most ${max}` })
    .nullable();
}
