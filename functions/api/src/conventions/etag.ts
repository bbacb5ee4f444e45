import { ApiError } from '../http/problem';

/** A strong ETag from the stored version (RFC 9110 §8.8.3); versions grow by one per write. */
export function etagOf(version: number): string {
  return `"${version}"`;
}

/**
 * The version a write must find, from `If-Match` (RFC 9110 §13.1.1).
 * Required on PATCH and DELETE (RFC 6585 §3, 428): a client that never read
 * the resource must not overwrite someone else's change by accident.
 * `*` means "whatever is current"; an ETag we never issued cannot match → 412.
 */
export function expectedVersion(ifMatch: string | undefined, currentVersion: () => Promise<number>) {
  if (ifMatch === undefined || ifMatch.trim() === '') {
    throw new ApiError({
      status: 428,
      title: 'Precondition Required',
      code: 'if-match-required',
      detail: 'send If-Match with the ETag of the resource as you read it',
    });
  }
  if (ifMatch.trim() === '*') return currentVersion();
  const match = /^(?:W\/)?"(\d{1,15})"$/.exec(ifMatch.trim());
  if (match?.[1] === undefined) {
    throw new ApiError({
      status: 412,
      title: 'Precondition Failed',
      code: 'version-conflict',
      detail: 'If-Match does not name a version of this resource',
    });
  }
  return Promise.resolve(Number(match[1]));
}
