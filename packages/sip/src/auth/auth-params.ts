import { DigestAuthError } from './digest-auth-error';

/**
 * The generic `auth-scheme LWS auth-param *(COMMA auth-param)` layer shared by
 * challenges and credentials (RFC 3261 §25.1, RFC 7235 §2.1). It knows nothing
 * of Digest semantics; digest-challenge.ts and digest-credentials.ts do.
 */
export interface AuthParam {
  /** Lowercased: auth-param names are case-insensitive (RFC 7235 §2.1). */
  name: string;
  /** Unquoted and unescaped. */
  value: string;
  /** Whether the value was sent (or should be sent) as a quoted-string. */
  quoted: boolean;
}

export interface AuthHeaderValue {
  /** As sent; compare case-insensitively (RFC 7235 §2.1). */
  scheme: string;
  params: AuthParam[];
}

// token of RFC 3261 §25.1.
const TOKEN_CHAR = /[A-Za-z0-9\-.!%*_+`'~]/;
const TOKEN = /^[A-Za-z0-9\-.!%*_+`'~]+$/;

export function isToken(value: string): boolean {
  return TOKEN.test(value);
}

class Cursor {
  pos = 0;
  constructor(readonly text: string) {}

  get done(): boolean {
    return this.pos >= this.text.length;
  }

  peek(): string | undefined {
    return this.text[this.pos];
  }

  /** SWS/LWS, including an obsolete CRLF fold followed by whitespace (RFC 3261 §25.1). */
  skipWhitespace(): number {
    const start = this.pos;
    for (;;) {
      const c = this.text[this.pos];
      if (c === ' ' || c === '\t') {
        this.pos++;
      } else if (
        c === '\r' &&
        this.text[this.pos + 1] === '\n' &&
        /[ \t]/.test(this.text[this.pos + 2] ?? '')
      ) {
        this.pos += 3;
      } else {
        return this.pos - start;
      }
    }
  }

  token(what: string): string {
    const start = this.pos;
    while (!this.done && TOKEN_CHAR.test(this.text[this.pos]!)) this.pos++;
    if (this.pos === start) throw this.error(`expected ${what}`);
    return this.text.slice(start, this.pos);
  }

  /** quoted-string with quoted-pair escapes (RFC 3261 §25.1). */
  quotedString(): string {
    this.pos++; // opening DQUOTE
    let out = '';
    while (!this.done) {
      const c = this.text[this.pos]!;
      if (c === '"') {
        this.pos++;
        return out;
      }
      if (c === '\\') {
        const next = this.text[this.pos + 1];
        if (next === undefined || next === '\r' || next === '\n')
          throw this.error('bad escape in quoted-string');
        out += next;
        this.pos += 2;
        continue;
      }
      if (c === '\r' || c === '\n') {
        const fold = this.skipWhitespace();
        if (fold === 0) throw this.error('bare line break in quoted-string');
        out += ' ';
        continue;
      }
      if (c !== '\t' && c.charCodeAt(0) < 0x20) throw this.error('control character in quoted-string');
      out += c;
      this.pos++;
    }
    throw this.error('unterminated quoted-string');
  }

  error(message: string): DigestAuthError {
    return new DigestAuthError(`${message} at offset ${this.pos} in ${JSON.stringify(this.text)}`);
  }
}

/**
 * Parses one challenge or credentials value, e.g. `Digest realm="a", nonce="b"`.
 * Rejects duplicate parameters (RFC 7235 §2.1: "each parameter name MUST only
 * occur once per challenge") and trailing garbage.
 */
export function parseAuthHeader(headerValue: string): AuthHeaderValue {
  const cur = new Cursor(headerValue);
  cur.skipWhitespace();
  const scheme = cur.token('auth-scheme');
  const params: AuthParam[] = [];
  const seen = new Set<string>();
  if (cur.skipWhitespace() === 0 && !cur.done) throw cur.error('expected whitespace after auth-scheme');
  while (!cur.done) {
    const name = cur.token('auth-param name').toLowerCase();
    cur.skipWhitespace();
    if (cur.peek() !== '=') throw cur.error(`expected "=" after ${name}`);
    cur.pos++;
    cur.skipWhitespace();
    let param: AuthParam;
    if (cur.peek() === '"') {
      param = { name, value: cur.quotedString(), quoted: true };
    } else {
      param = { name, value: cur.token(`value of ${name}`), quoted: false };
    }
    if (seen.has(name)) throw cur.error(`duplicate parameter ${name}`);
    seen.add(name);
    params.push(param);
    cur.skipWhitespace();
    if (cur.done) break;
    if (cur.peek() !== ',') throw cur.error('expected ","');
    cur.pos++;
    cur.skipWhitespace();
    if (cur.done) throw cur.error('trailing ","');
  }
  if (params.length === 0) throw new DigestAuthError(`no auth-params in ${JSON.stringify(headerValue)}`);
  return { scheme, params };
}

/** Renders a quoted-string; refuses CR/LF and other controls so a value cannot inject header lines. */
export function quoteString(value: string): string {
  for (const c of value) {
    const code = c.charCodeAt(0);
    if ((code < 0x20 && c !== '\t') || code === 0x7f) {
      throw new DigestAuthError(`control character in auth-param value ${JSON.stringify(value)}`);
    }
  }
  return `"${value.replace(/["\\]/g, (m) => `\\${m}`)}"`;
}

export function formatAuthHeader(value: AuthHeaderValue): string {
  if (!isToken(value.scheme))
    throw new DigestAuthError(`invalid auth-scheme ${JSON.stringify(value.scheme)}`);
  const rendered = value.params.map((p) => {
    if (!isToken(p.name)) throw new DigestAuthError(`invalid auth-param name ${JSON.stringify(p.name)}`);
    if (p.quoted) return `${p.name}=${quoteString(p.value)}`;
    if (!isToken(p.value))
      throw new DigestAuthError(`${p.name} must be a token, got ${JSON.stringify(p.value)}`);
    return `${p.name}=${p.value}`;
  });
  return `${value.scheme} ${rendered.join(', ')}`;
}
