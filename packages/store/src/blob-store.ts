import { Readable } from 'node:stream';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsCommand,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { type BucketDefinition, bucketName } from './bucket-definitions';
import type { TenantScope } from './context';
import { type CursorCodec, type Page, type PageRequest, pageLimit } from './cursor';
import { InvalidRequestError, NotFoundError } from './errors';

/** What a blob is; decides its bucket and the middle of its key. */
export const BLOB_KINDS = {
  voicemail: 'media',
  /** Uploaded audio files (prompts, music on hold, greetings): `t/<tenantId>/audio/<id>.<format>`, as the domain's `audioFileS3Key`. */
  audio: 'media',
  recording: 'media',
  prompt: 'media',
  'music-on-hold': 'media',
  fax: 'media',
  'cdr-export': 'exports',
  backup: 'exports',
  'import-report': 'exports',
} as const satisfies Record<string, BucketDefinition['role']>;

export type BlobKind = keyof typeof BLOB_KINDS;

export interface BlobRef {
  readonly kind: BlobKind;
  /** Caller-chosen id within tenant and kind: letters, digits, `.`, `_`, `-`; never a path. */
  readonly id: string;
}

export interface BlobInfo extends BlobRef {
  readonly size: number;
  readonly contentType: string | undefined;
  readonly etag: string | undefined;
  readonly lastModified: Date | undefined;
}

export interface BlobStoreOptions {
  readonly s3: S3Client;
  /** From the deployable's config (`CARILLON_BUCKET_PREFIX`). */
  readonly bucketPrefix: string;
  readonly cursors: CursorCodec;
  /** Largest blob accepted, by put and by presigned upload. Default 100 MiB. */
  readonly maxBytes?: number;
  /** Lifetime of presigned URLs, at most 3600 s. Default 300 s. */
  readonly presignExpiresInSeconds?: number;
}

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;
const TENANT_PATTERN = /^[A-Za-z0-9_-]{1,100}$/;
const DEFAULT_MAX_BYTES = 100 * 1024 * 1024;

/**
 * Blobs over the S3 API under `t/<tenantId>/<kind>/<id>`. Keys are built here
 * from the tenant and a validated id, never taken raw from a caller, so one
 * tenant cannot name another tenant's object.
 */
export class BlobStore {
  readonly #s3: S3Client;
  readonly #prefix: string;
  readonly #cursors: CursorCodec;
  readonly maxBytes: number;
  readonly presignExpiresInSeconds: number;

  constructor(options: BlobStoreOptions) {
    this.#s3 = options.s3;
    this.#prefix = options.bucketPrefix;
    this.#cursors = options.cursors;
    this.maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    this.presignExpiresInSeconds = Math.min(options.presignExpiresInSeconds ?? 300, 3600);
  }

  /** Stores a body. A stream needs its `contentLength` (S3 PutObject does too) and it must fit `maxBytes`. */
  async put(
    scope: TenantScope,
    ref: BlobRef,
    body: Uint8Array | string | Readable,
    options: { contentType: string; contentLength?: number },
  ): Promise<{ size: number; etag: string | undefined }> {
    const size =
      typeof body === 'string'
        ? Buffer.byteLength(body)
        : body instanceof Uint8Array
          ? body.byteLength
          : options.contentLength;
    if (size === undefined) throw new InvalidRequestError('a streamed blob needs its contentLength');
    this.#checkSize(size);
    const result = await this.#s3.send(
      new PutObjectCommand({
        ...this.#location(scope, ref),
        Body: body,
        ContentType: options.contentType,
        ContentLength: size,
      }),
    );
    return { size, etag: result.ETag };
  }

  /** The body as a Node stream. @throws NotFoundError */
  async get(scope: TenantScope, ref: BlobRef): Promise<{ body: Readable; info: BlobInfo }> {
    try {
      const result = await this.#s3.send(new GetObjectCommand(this.#location(scope, ref)));
      const body = result.Body instanceof Readable ? result.Body : undefined;
      if (body === undefined) throw new InvalidRequestError('S3 returned no readable body');
      return {
        body,
        info: {
          ...ref,
          size: result.ContentLength ?? 0,
          contentType: result.ContentType,
          etag: result.ETag,
          lastModified: result.LastModified,
        },
      };
    } catch (error) {
      throw notFoundOr(error, ref);
    }
  }

  async getBytes(scope: TenantScope, ref: BlobRef): Promise<{ bytes: Uint8Array; info: BlobInfo }> {
    const { body, info } = await this.get(scope, ref);
    const chunks: Buffer[] = [];
    for await (const chunk of body) chunks.push(Buffer.from(chunk as Uint8Array));
    return { bytes: Buffer.concat(chunks), info };
  }

  async head(scope: TenantScope, ref: BlobRef): Promise<BlobInfo | undefined> {
    try {
      const result = await this.#s3.send(new HeadObjectCommand(this.#location(scope, ref)));
      return {
        ...ref,
        size: result.ContentLength ?? 0,
        contentType: result.ContentType,
        etag: result.ETag,
        lastModified: result.LastModified,
      };
    } catch (error) {
      if (notFoundOr(error, ref) instanceof NotFoundError) return undefined;
      throw error;
    }
  }

  /** Deleting an absent blob is not an error (S3 semantics). */
  async delete(scope: TenantScope, ref: BlobRef): Promise<void> {
    await this.#s3.send(new DeleteObjectCommand(this.#location(scope, ref)));
  }

  /** The tenant's blobs of one kind, in key order; the cursor is bound to tenant and kind. */
  async list(scope: TenantScope, kind: BlobKind, request: PageRequest = {}): Promise<Page<BlobInfo>> {
    const limit = pageLimit(request.limit);
    const binding = { tenantId: scope.tenantId, list: `blob:${kind}` };
    // The position is the last id returned (ListObjects `Marker`): s3rver fails truncated ListObjectsV2 pages,
    // and a marker works the same on every S3-API server.
    const after = request.cursor === undefined ? undefined : this.#cursors.decode(binding, request.cursor);
    const prefix = `${this.#tenantPrefix(scope)}${kind}/`;
    const result = await this.#s3.send(
      new ListObjectsCommand({
        Bucket: this.#bucket(kind),
        Prefix: prefix,
        MaxKeys: limit,
        Marker: after === undefined ? undefined : `${prefix}${after}`,
      }),
    );
    const items = (result.Contents ?? []).flatMap((object) => {
      const id = object.Key?.slice(prefix.length);
      return id === undefined || !ID_PATTERN.test(id)
        ? []
        : [
            {
              kind,
              id,
              size: object.Size ?? 0,
              contentType: undefined,
              etag: object.ETag,
              lastModified: object.LastModified,
            },
          ];
    });
    const next = result.IsTruncated ? items.at(-1)?.id : undefined;
    return next === undefined ? { items } : { items, nextCursor: this.#cursors.encode(binding, next) };
  }

  /** A short-lived URL to download the blob (e.g. voicemail playback in the browser). */
  async presignGet(
    scope: TenantScope,
    ref: BlobRef,
    options: { expiresInSeconds?: number } = {},
  ): Promise<string> {
    return getSignedUrl(this.#s3, new GetObjectCommand(this.#location(scope, ref)), {
      expiresIn: this.#expiry(options.expiresInSeconds),
    });
  }

  /**
   * A short-lived URL to upload exactly `contentLength` bytes of `contentType`.
   * Both are signed headers, so the uploader cannot send more than was allowed.
   */
  async presignPut(
    scope: TenantScope,
    ref: BlobRef,
    options: { contentType: string; contentLength: number; expiresInSeconds?: number },
  ): Promise<string> {
    this.#checkSize(options.contentLength);
    const command = new PutObjectCommand({
      ...this.#location(scope, ref),
      ContentType: options.contentType,
      ContentLength: options.contentLength,
    });
    return getSignedUrl(this.#s3, command, {
      expiresIn: this.#expiry(options.expiresInSeconds),
      signableHeaders: new Set(['content-type', 'content-length']),
    });
  }

  #location(scope: TenantScope, ref: BlobRef): { Bucket: string; Key: string } {
    if (!(ref.kind in BLOB_KINDS)) throw new InvalidRequestError(`unknown blob kind ${String(ref.kind)}`);
    if (!ID_PATTERN.test(ref.id) || ref.id.includes('..'))
      throw new InvalidRequestError('blob id must be a plain name');
    return { Bucket: this.#bucket(ref.kind), Key: `${this.#tenantPrefix(scope)}${ref.kind}/${ref.id}` };
  }

  #tenantPrefix(scope: TenantScope): string {
    if (!TENANT_PATTERN.test(scope.tenantId)) throw new InvalidRequestError('tenant id is not a plain name');
    return `t/${scope.tenantId}/`;
  }

  #bucket(kind: BlobKind): string {
    return bucketName(this.#prefix, BLOB_KINDS[kind]);
  }

  #checkSize(size: number): void {
    if (!Number.isInteger(size) || size < 0 || size > this.maxBytes) {
      throw new InvalidRequestError(`blob size must be 0–${this.maxBytes} bytes`);
    }
  }

  #expiry(seconds: number | undefined): number {
    const value = seconds ?? this.presignExpiresInSeconds;
    if (!Number.isInteger(value) || value < 1 || value > this.presignExpiresInSeconds) {
      throw new InvalidRequestError(`presigned URLs live 1–${this.presignExpiresInSeconds} seconds`);
    }
    return value;
  }
}

function notFoundOr(error: unknown, ref: BlobRef): unknown {
  const name = error instanceof Error ? error.name : '';
  return name === 'NoSuchKey' || name === 'NotFound' ? new NotFoundError(`blob ${ref.kind}`, ref.id) : error;
}
