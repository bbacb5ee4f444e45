/** Anything that keeps the embedded stack from starting, with a message a person can act on. */
export class EmbeddedStackError extends Error {
  override readonly name = 'EmbeddedStackError';
}
