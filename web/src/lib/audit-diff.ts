/**
 * The fields an audit entry changed: every top-level field whose value
 * differs between `before` and `after` (a create has no `before`, a delete
 * no `after`). Bookkeeping that changes with every write (`version`,
 * `updatedAt`) is left out: it says nothing a reader needs.
 */
const BOOKKEEPING = new Set(['version', 'updatedAt']);

export interface FieldChange {
  readonly field: string;
  /** JSON text of the value, or undefined when the field was absent. */
  readonly before: string | undefined;
  readonly after: string | undefined;
}

function text(value: unknown): string | undefined {
  return value === undefined ? undefined : JSON.stringify(value);
}

export function auditChanges(
  before: Readonly<Record<string, unknown>> | null,
  after: Readonly<Record<string, unknown>> | null,
): FieldChange[] {
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: FieldChange[] = [];
  for (const field of [...fields].sort()) {
    if (BOOKKEEPING.has(field)) continue;
    const old = text(before?.[field]);
    const next = text(after?.[field]);
    if (old !== next) changes.push({ field, before: old, after: next });
  }
  return changes;
}
