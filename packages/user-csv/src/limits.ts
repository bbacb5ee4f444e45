/**
 * Limits of one import request (documented; the API answers 413 above the
 * size, 422 above the row count). Each row may hash a password with argon2id
 * (~50–100 ms), so 200 rows keep a request well inside an API Gateway's 30 s;
 * split bigger files.
 */
export const MAX_IMPORT_BYTES = 256 * 1024;
export const MAX_IMPORT_ROWS = 200;
