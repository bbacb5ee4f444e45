'use client';
import { CSRF_COOKIE, CSRF_HEADER, cookieValue } from '@carillon/api-client';

export interface UploadResult {
  readonly status: number;
  readonly body: unknown;
}

/**
 * POST a file with upload progress. `fetch` reports no upload progress, so this one request goes
 * through XMLHttpRequest, with what the typed client adds to unsafe requests (session cookie
 * same-origin, the CSRF double-submit header) and an Idempotency-Key.
 */
export function uploadWithProgress(
  url: string,
  file: Blob,
  headers: Record<string, string>,
  onProgress: (fraction: number) => void,
): Promise<UploadResult> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', url);
    for (const [name, value] of Object.entries(headers)) request.setRequestHeader(name, value);
    const csrf = cookieValue(document.cookie, CSRF_COOKIE);
    if (csrf !== undefined) request.setRequestHeader(CSRF_HEADER, csrf);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(request.responseText);
      } catch {
        body = undefined;
      }
      resolve({ status: request.status, body });
    };
    request.onerror = () => reject(new Error('the upload failed (network)'));
    request.send(file);
  });
}
