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
  for (const [path, operations] of Object.entries(paths)) {
    const pattern = new RegExp(`^${escapeRegExp(prefix + path).replace(/\\\{[^}]+\\\}/g, '[^/]+')}$`);
    if (!pattern.test(requestPath)) continue;
    for (const method of Object.keys(operations)) allowed.add(method.toUpperCase());
  }
  return [...allowed].sort();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
