import { z } from 'zod';

/** RFC 9457 problem details, the body of every non-2xx answer of the edge API. */
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export const problemSchema = z.looseObject({
  /** A URI naming the problem type; `about:blank` when the status says it all (RFC 9457 §4.2.1). */
  type: z.string().default('about:blank'),
  title: z.string(),
  status: z.number().int().min(400).max(599),
  detail: z.string().optional(),
  instance: z.string().optional(),
  /** Extension member: every field that failed validation, by dotted path. */
  errors: z.array(z.strictObject({ path: z.string(), message: z.string() })).optional(),
});

export type Problem = z.infer<typeof problemSchema>;
export type ProblemInput = z.input<typeof problemSchema>;
