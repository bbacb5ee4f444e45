import type { Schema } from '@carillon/api-client';

/**
 * A number's target as one select value (`kind:id`) and back. Plain module
 * (no 'use client'), so the server page and the client form both call it.
 */
export type NumberTarget = NonNullable<Schema<'PhoneNumber'>['target']>;

export const targetValue = (target: NumberTarget | null) =>
  target === null ? '' : `${target.kind}:${target.id}`;

export function targetFrom(value: string): NumberTarget | null {
  const at = value.indexOf(':');
  if (at < 0) return null;
  return { kind: value.slice(0, at), id: value.slice(at + 1) } as NumberTarget;
}
