import type { z } from 'zod';
import { type FieldIssue, fieldIssues } from './errors';

/** Field issues of a parse that is expected to fail; [] when it succeeds. For tests. */
export function issuesOf(schema: z.ZodType, input: unknown): FieldIssue[] {
  const result = schema.safeParse(input);
  return result.success ? [] : fieldIssues(result.error);
}
