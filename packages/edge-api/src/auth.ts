import { timingSafeEqual } from 'node:crypto';

/**
 * Edge authentication. Every request of the edge carries
 * `Authorization: Bearer <CARILLON_EDGE_TOKEN>` (RFC 6750 §2.1), a secret the
 * edge nodes and the control plane share. In the embedded stack this is the
 * whole story; on AWS the edge routes are additionally IAM-authorised (SigV4
 * signed by the edge task role, API Gateway `AWS_IAM` authoriser), and the
 * token stays as a second factor that also works behind a local server.
 */
export const EDGE_TOKEN_ENV = 'CARILLON_EDGE_TOKEN';
/** Short tokens are guessable; 32 characters of a generated secret is the floor. */
export const MIN_EDGE_TOKEN_LENGTH = 32;

export function edgeAuthorizationHeader(token: string): string {
  return `Bearer ${token}`;
}

/**
 * True when the Authorization header carries exactly `expected`. Compared in
 * constant time: both are padded to the longer length, so neither a matching
 * prefix nor the token's length shows in the response time.
 */
export function isEdgeAuthorized(header: string | undefined | null, expected: string): boolean {
  if (header === undefined || header === null) return false;
  // RFC 7235 §2.1: the scheme is case-insensitive.
  const match = /^bearer +(\S+)\s*$/i.exec(header);
  const given = match?.[1];
  if (given === undefined) return false;
  const a = Buffer.from(given, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  const length = Math.max(a.length, b.length);
  const left = Buffer.alloc(length);
  const right = Buffer.alloc(length);
  a.copy(left);
  b.copy(right);
  // Both comparisons always run, so a wrong length costs the same as a wrong byte.
  const sameBytes = timingSafeEqual(left, right);
  return sameBytes && a.length === b.length && expected.length > 0;
}
