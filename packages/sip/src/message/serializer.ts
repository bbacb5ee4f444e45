import type { SipMessage } from './types';

/**
 * Wire form of a message (RFC 3261 §7): start line, header fields in stored order with their stored
 * names, empty line, body. Content-Length is written as stored: the builders (`createRequest`,
 * `createResponse`, `setBody`) keep it equal to the body length.
 */
export function serialize(message: SipMessage): Buffer {
  let head =
    message.kind === 'request'
      ? `${message.method} ${message.uri} ${message.version}\r\n`
      : `${message.version} ${message.status} ${message.reason}\r\n`;
  for (const field of message.headers) head += `${field.name}: ${field.value}\r\n`;
  head += '\r\n';
  const body = message.body;
  if (body.length === 0) return Buffer.from(head, 'utf8');
  const headLength = Buffer.byteLength(head, 'utf8');
  const out = Buffer.allocUnsafe(headLength + body.length);
  out.write(head, 0, 'utf8');
  body.copy(out, headLength);
  return out;
}

/** The wire form as a string (logs, tests); bodies are decoded as UTF-8. */
export function serializeToString(message: SipMessage): string {
  return serialize(message).toString('utf8');
}
