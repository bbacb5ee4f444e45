/**
 * Low-level lexical rules shared by the header parsers (RFC 3261 §25.1 basic rules).
 */

/** Character codes used by the scanners. */
export enum Ch {
  Tab = 9,
  Lf = 10,
  Cr = 13,
  Space = 32,
  Quote = 34,
  Percent = 37,
  Comma = 44,
  Colon = 58,
  Semicolon = 59,
  Lt = 60,
  Eq = 61,
  Gt = 62,
  Question = 63,
  At = 64,
  LBracket = 91,
  Backslash = 92,
  RBracket = 93,
}

/** token chars (§25.1): alphanum / "-" / "." / "!" / "%" / "*" / "_" / "+" / "`" / "'" / "~". */
const TOKEN = new Uint8Array(128);
for (const c of "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-.!%*_+`'~") {
  TOKEN[c.charCodeAt(0)] = 1;
}

export function isTokenChar(code: number): boolean {
  return code < 128 && TOKEN[code] === 1;
}

/** Whether `s` is a non-empty token (§25.1). */
export function isToken(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) if (!isTokenChar(s.charCodeAt(i))) return false;
  return true;
}

export function isWsp(code: number): boolean {
  return code === Ch.Space || code === Ch.Tab;
}

export function skipWs(s: string, i: number): number {
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c !== Ch.Space && c !== Ch.Tab) break;
    i++;
  }
  return i;
}

/**
 * Index just after the quoted-string starting at `s[start] === '"'` (§25.1 quoted-pair), or -1 when
 * it is not closed.
 */
export function skipQuoted(s: string, start: number): number {
  for (let i = start + 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === Ch.Backslash) i++;
    else if (c === Ch.Quote) return i + 1;
  }
  return -1;
}

/**
 * Split a header value on commas outside quoted strings and `<…>` (§7.3.1). Elements are trimmed;
 * empty elements are dropped, as the `#rule` allows (RFC 7230 §7 null elements).
 */
export function splitHeaderValues(value: string): string[] {
  const out: string[] = [];
  let start = 0;
  let angle = false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === Ch.Quote && !angle) {
      const end = skipQuoted(value, i);
      if (end < 0) break;
      i = end - 1;
    } else if (c === Ch.Lt) angle = true;
    else if (c === Ch.Gt) angle = false;
    else if (c === Ch.Comma && !angle) {
      const item = trimWs(value.slice(start, i));
      if (item) out.push(item);
      start = i + 1;
    }
  }
  const last = trimWs(value.slice(start));
  if (last) out.push(last);
  return out;
}

/** Content of a quoted-string with quoted-pairs resolved (`"a\"b"` → `a"b`); input must be quoted. */
export function unquote(s: string): string {
  const inner = s.slice(1, -1);
  return inner.includes('\\') ? inner.replace(/\\(.)/gs, '$1') : inner;
}

/** Quote a string (§25.1 quoted-string), escaping `"` and `\`. */
export function quote(s: string): string {
  return `"${s.replace(/["\\]/g, '\\$&')}"`;
}

/** Strip quotes from a parameter value if it is a quoted-string. */
export function paramText(value: string | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  return value.length >= 2 && value.charCodeAt(0) === Ch.Quote ? unquote(value) : value;
}

/** Decode %HH escapes (§19.1.2, §25.1 escaped); returns undefined on a malformed escape. */
export function percentDecode(s: string): string | undefined {
  if (!s.includes('%')) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '%') {
      const hex = s.slice(i + 1, i + 3);
      if (!/^[0-9a-fA-F]{2}$/.test(hex)) return undefined;
      out += String.fromCharCode(Number.parseInt(hex, 16));
      i += 2;
    } else out += c;
  }
  return out;
}

/** Escape every octet of `s` that is not in `allowed` as %HH (§19.1.2). */
export function percentEncode(s: string, allowed: RegExp): string {
  let out = '';
  for (const ch of s) {
    if (allowed.test(ch)) out += ch;
    else {
      for (const byte of Buffer.from(ch, 'latin1'))
        out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    }
  }
  return out;
}

/** Parse an unsigned decimal of at most `maxDigits` digits, or undefined (e.g. §20.14 Content-Length). */
export function parseDecimal(s: string, maxDigits = 10): number | undefined {
  if (s.length === 0 || s.length > maxDigits) return undefined;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return undefined;
    n = n * 10 + d;
  }
  return n;
}

/** Trim SP and HTAB only (LWS, §25.1); `String.prototype.trim` would also eat U+FEFF and NBSP. */
export function trimWs(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && isWsp(s.charCodeAt(start))) start++;
  while (end > start && isWsp(s.charCodeAt(end - 1))) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}
