import { paginationInputSchema } from '@carillon/domain';
import { z } from '@hono/zod-openapi';

/** `?limit=&cursor=` of every list route. */
export const listQuerySchema = paginationInputSchema;

/** `{ items, nextCursor }`: `nextCursor` is absent on the last page. */
export function pageSchema<T extends z.ZodType>(item: T, name: string) {
  return z
    .object({
      items: z.array(item),
      nextCursor: z
        .string()
        .optional()
        .openapi({ description: 'Pass as `cursor` to get the next page; absent on the last page' }),
    })
    .openapi(name);
}
