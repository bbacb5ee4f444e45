import { z } from 'zod';

export const PAGE_LIMIT_DEFAULT = 50;
export const PAGE_LIMIT_MAX = 100;

/** List input: `limit` 1–100 and an opaque, URL-safe cursor from the previous page. */
export const paginationInputSchema = z.object({
  limit: z.coerce
    .number({ error: 'limit must be a number' })
    .int({ error: 'limit must be a whole number' })
    .min(1, { error: `limit must be between 1 and ${PAGE_LIMIT_MAX}` })
    .max(PAGE_LIMIT_MAX, { error: `limit must be between 1 and ${PAGE_LIMIT_MAX}` })
    .default(PAGE_LIMIT_DEFAULT),
  cursor: z
    .string({ error: 'cursor must be a string' })
    .regex(/^[A-Za-z0-9_-]{1,2048}$/, { error: 'cursor must be the opaque value from a previous page' })
    .optional(),
});

export type PaginationInput = z.infer<typeof paginationInputSchema>;

export interface Page<T> {
  readonly items: readonly T[];
  /** Absent on the last page. */
  readonly nextCursor?: string;
}
