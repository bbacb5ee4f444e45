import { newId } from '@carillon/domain';
import { BlobStore } from './blob-store';
import { createDynamoClients, createS3Client } from './client';
import { CursorCodec } from './cursor';
import { createStore } from './store';

/**
 * Wiring for the integration tests, as a deployable's config would do it:
 * endpoints reach the SDK through AWS_ENDPOINT_URL_* on their own; only the
 * Carillon names are read here.
 */
export const CURSOR_SECRET = 'integration-test-cursor-secret';

export function integrationStore(now?: () => Date) {
  const { document } = createDynamoClients();
  return createStore({
    tableName: requiredEnv('CARILLON_TABLE_NAME'),
    document,
    cursorSecret: CURSOR_SECRET,
    ...(now ? { now } : {}),
  });
}

export function integrationBlobStore(options: { maxBytes?: number } = {}) {
  return new BlobStore({
    s3: createS3Client({ forcePathStyle: process.env.CARILLON_S3_FORCE_PATH_STYLE === 'true' }),
    bucketPrefix: requiredEnv('CARILLON_BUCKET_PREFIX'),
    cursors: new CursorCodec(CURSOR_SECRET),
    ...options,
  });
}

/** A tenant id nobody else uses, so tests never see each other's items. */
export function freshTenant() {
  return { tenantId: newId('tnt') };
}

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === '')
    throw new Error(`${name} is not set; run with --project integration`);
  return value;
}
