import type { UniqueConstraint } from '../unique';

/**
 * One internal numbering plan per tenant: users, groups, queues, IVRs,
 * voicemail boxes and extension entries all draw from it, so they share one
 * guard namespace — a number reaches exactly one thing (T640 manual L829-830:
 * "The value must therefore be unique").
 */
export const EXTENSION_NUMBER_CONSTRAINT = 'extension-number';

export function extensionNumberConstraint<T>(
  field: string,
  value: (item: T) => string | null | undefined,
): UniqueConstraint<T> {
  return {
    field,
    constraint: EXTENSION_NUMBER_CONSTRAINT,
    scope: 'tenant',
    value: (item) => value(item) ?? undefined,
  };
}
