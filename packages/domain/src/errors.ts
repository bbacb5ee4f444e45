import type { z } from 'zod';

/** One field-level problem, shaped for an RFC 9457 problem+json `errors` member. */
export interface FieldIssue {
  /** Dotted path to the field (`members.0.timeoutSeconds`); empty for the whole input. */
  readonly path: string;
  readonly message: string;
}

/**
 * The one error class of `@carillon/domain`: an input broke a domain rule.
 * Carries every field issue, not just the first, so the API can report them all at once.
 */
export class DomainValidationError extends Error {
  readonly issues: readonly FieldIssue[];

  constructor(issues: readonly FieldIssue[], message = 'input is not valid') {
    super(`${message}: ${issues.map((issue) => `${issue.path || '(root)'}: ${issue.message}`).join('; ')}`);
    this.name = 'DomainValidationError';
    this.issues = issues;
  }
}

export function fieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map((segment) => String(segment)).join('.'),
    message: issue.message,
  }));
}

/** Parse or throw `DomainValidationError` with every field issue. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new DomainValidationError(fieldIssues(result.error));
  return result.data;
}
