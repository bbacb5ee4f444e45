import { fieldIssues } from '@carillon/domain';
import type { z } from 'zod';

/**
 * One hierarchy for everything the store throws, so callers (the API's error
 * mapper) need a single `instanceof StoreError` and a switch on `code`.
 */
export class StoreError extends Error {
  readonly code: string;

  constructor(code: string, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** The item does not exist — or belongs to another tenant, which callers must not be able to tell apart. */
export class NotFoundError extends StoreError {
  readonly entity: string;
  readonly id: string;

  constructor(entity: string, id: string, options?: ErrorOptions) {
    super('NOT_FOUND', `${entity} ${id} not found`, options);
    this.entity = entity;
    this.id = id;
  }
}

/** Optimistic concurrency: the item changed since the caller read it. */
export class ConflictError extends StoreError {
  readonly entity: string;
  readonly id: string;
  readonly expectedVersion: number;
  readonly actualVersion: number | undefined;

  constructor(entity: string, id: string, expectedVersion: number, actualVersion?: number) {
    super(
      'VERSION_CONFLICT',
      `${entity} ${id}: expected version ${expectedVersion}, found ${actualVersion ?? 'another'}`,
    );
    this.entity = entity;
    this.id = id;
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
  }
}

/** A value that must be unique (extension number, DID, MAC address …) is already taken. */
export class UniqueConstraintError extends StoreError {
  readonly entity: string;
  readonly field: string;
  readonly value: string;

  constructor(entity: string, field: string, value: string) {
    super('UNIQUE_CONSTRAINT', `${entity}.${field} ${JSON.stringify(value)} is already in use`);
    this.entity = entity;
    this.field = field;
    this.value = value;
  }
}

/** One field of an invalid item: dotted path (`members.0.timeoutSeconds`) and what is wrong with it. */
export interface InvalidField {
  readonly path: string;
  readonly message: string;
}

/** The caller passed something the store cannot act on (bad limit, bad blob id, too large a body, invalid item). */
export class InvalidRequestError extends StoreError {
  /** For an invalid item: every failing field, so the API can name them (empty otherwise). */
  readonly fields: readonly InvalidField[];

  constructor(message: string, options?: ErrorOptions & { fields?: readonly InvalidField[] }) {
    super('INVALID_REQUEST', message, options);
    this.fields = options?.fields ?? [];
  }
}

/** An item that fails its domain schema, with each failing field named by path in `fields` and the message. */
export function invalidItemError(entity: string, error: z.ZodError): InvalidRequestError {
  const fields = fieldIssues(error);
  const described = fields.map((field) => `${field.path || '(item)'}: ${field.message}`).join('; ');
  return new InvalidRequestError(`${entity} is invalid: ${described}`, { cause: error, fields });
}

/** A pagination cursor that was tampered with, expired in meaning, or issued to another tenant or list. */
export class InvalidCursorError extends InvalidRequestError {
  constructor(reason: string) {
    super(`invalid cursor: ${reason}`);
  }
}

/** A stored item does not match its domain schema — a bug or a migration gap, never the caller's fault. */
export class CorruptItemError extends StoreError {
  constructor(entity: string, id: string, options?: ErrorOptions) {
    super('CORRUPT_ITEM', `${entity} ${id} does not match its schema`, options);
  }
}
