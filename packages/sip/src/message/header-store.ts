import { headerKey } from './headers';
import { splitHeaderValues } from './lexer';
import type { HeaderField } from './types';

/**
 * Ordered store of header fields (RFC 3261 §7.3). Names match case-insensitively and by compact form;
 * field order is preserved because the relative order of fields with the same name is significant
 * (§7.3.1: Via, Route, Record-Route) and unknown headers must pass through unchanged.
 *
 * Typed values are memoised per key through `memo()`; any change to a key drops its cached value.
 */
export class SipHeaders implements Iterable<HeaderField> {
  private readonly list: HeaderField[];
  #cache: Map<string, unknown> | undefined;

  constructor(fields?: Iterable<readonly [name: string, value: string]>) {
    this.list = [];
    if (fields) for (const [name, value] of fields) this.list.push({ name, key: headerKey(name), value });
  }

  /** Build from already keyed fields without copying (parser fast path). */
  static fromFields(fields: HeaderField[]): SipHeaders {
    const headers = new SipHeaders();
    (headers as unknown as { list: HeaderField[] }).list = fields;
    return headers;
  }

  get size(): number {
    return this.list.length;
  }

  has(name: string): boolean {
    const key = headerKey(name);
    for (const field of this.list) if (field.key === key) return true;
    return false;
  }

  /** Value of the first field with this name. */
  get(name: string): string | undefined {
    const key = headerKey(name);
    for (const field of this.list) if (field.key === key) return field.value;
    return undefined;
  }

  /** Values of every field with this name, one per field line, in order. */
  getAll(name: string): string[] {
    const key = headerKey(name);
    const out: string[] = [];
    for (const field of this.list) if (field.key === key) out.push(field.value);
    return out;
  }

  /**
   * Every comma-separated element across all fields with this name (§7.3.1: a field with a
   * comma-separated list is equivalent to several fields). Commas inside quotes or `<…>` do not split.
   */
  getList(name: string): string[] {
    const out: string[] = [];
    for (const value of this.getAll(name)) for (const item of splitHeaderValues(value)) out.push(item);
    return out;
  }

  /** Add a field after all others. */
  append(name: string, value: string): this {
    this.list.push({ name, key: headerKey(name), value });
    this.invalidate(headerKey(name));
    return this;
  }

  /**
   * Add a field above the first one of the same name, or at the top when there is none: where a
   * proxy puts its Via (§16.6 step 8) and a UA reads the topmost Via/Record-Route.
   */
  prepend(name: string, value: string): this {
    const key = headerKey(name);
    const at = this.list.findIndex((f) => f.key === key);
    this.list.splice(Math.max(at, 0), 0, { name, key, value });
    this.invalidate(key);
    return this;
  }

  /** Replace every field with this name by one field (at the first one's position, or appended). */
  set(name: string, value: string): this {
    const key = headerKey(name);
    const at = this.list.findIndex((f) => f.key === key);
    if (at < 0) {
      this.list.push({ name, key, value });
    } else {
      this.list[at] = { name, key, value };
      for (let i = this.list.length - 1; i > at; i--) if (this.list[i]?.key === key) this.list.splice(i, 1);
    }
    this.invalidate(key);
    return this;
  }

  /** Remove the first field with this name (e.g. the topmost Via, §17.1.3, or a Route, §16.4). */
  removeFirst(name: string): boolean {
    const key = headerKey(name);
    const at = this.list.findIndex((f) => f.key === key);
    if (at < 0) return false;
    this.list.splice(at, 1);
    this.invalidate(key);
    return true;
  }

  /** Remove every field with this name; returns how many were removed. */
  delete(name: string): number {
    const key = headerKey(name);
    const before = this.list.length;
    for (let i = this.list.length - 1; i >= 0; i--) if (this.list[i]?.key === key) this.list.splice(i, 1);
    this.invalidate(key);
    return before - this.list.length;
  }

  [Symbol.iterator](): Iterator<HeaderField> {
    return this.list[Symbol.iterator]();
  }

  clone(): SipHeaders {
    return SipHeaders.fromFields(this.list.slice());
  }

  /** Parse-once cache for typed accessors, keyed by accessor id; dropped when the header changes. */
  memo<T>(key: string, compute: () => T): T {
    const cache = this.#cache;
    if (cache?.has(key)) return cache.get(key) as T;
    const value = compute();
    if (!this.#cache) this.#cache = new Map();
    this.#cache.set(key, value);
    return value;
  }

  private invalidate(key: string): void {
    const cache = this.#cache;
    if (!cache) return;
    // Accessor ids start with the header key (`via`, `via#top`…).
    for (const id of cache.keys()) if (id === key || id.startsWith(`${key}#`)) cache.delete(id);
  }
}
