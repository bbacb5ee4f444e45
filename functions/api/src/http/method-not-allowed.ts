/**
 * 404 or 405 for a request no route took (RFC 9110 §15.5.6: 405 when the
 * path exists with other methods, listing them in Allow). The routes come
 * from the OpenAPI document, so the answer follows the API as it grows.
 */
export function allowedMethods(
  paths: Readonly<Record<string, Readonly<Record<string, unknown>>>>,
  prefix: string,
  requestPath: string,
): string[] {
  const allowed = new Set<string>();
  for (const { pattern, methods } of compiled(paths, prefix)) {
    if (!pattern.test(requestPath)) continue;
    for (const method of methods) allowed.add(method);
  }
  return [...allowed].sort();
}

interface CompiledPath {
  readonly pattern: RegExp;
  readonly methods: readonly string[];
}

/**
 * The document's paths as patterns, built once per document and prefix: this
 * runs before every authenticated request, and compiling ~80 patterns each
 * time was a measurable share of a request's CPU (bench/api.bench.ts).
 */
const cache = new WeakMap<object, Map<string, readonly CompiledPath[]>>();

function compiled(
  paths: Readonly<Record<string, Readonly<Record<string, unknown>>>>,
  prefix: string,
): readonly CompiledPath[] {
  let byPrefix = cache.get(paths);
  if (byPrefix === undefined) {
    byPrefix = new Map();
    cache.set(paths, byPrefix);
  }
  let list = byPrefix.get(prefix);
  if (list === undefined) {
    list = Object.entries(paths).map(([path, operations]) => ({
      pattern: new RegExp(`^${escapeRegExp(prefix + path).replace(/\\\{[^}]+\\\}/g, '[^/]+')}$`),
      methods: Object.keys(operations).map((method) => method.toUpperCase()),
    }));
    byPrefix.set(prefix, list);
  }
  return list;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
