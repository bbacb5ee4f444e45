import {
  AUDIO_MAX_BYTES,
  AUDIO_UPLOAD_TYPES,
  type AudioFile,
  audioContentType,
  audioFileOutputSchema,
  audioFileS3Key,
  createAudioFileApiInputSchema,
  newId,
  toAudioFileOutput,
  updateAudioFileInputSchema,
} from '@carillon/domain';
import type { BlobRef, TenantScope } from '@carillon/store';
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { ApiDeps } from '../deps';
import type { ApiEnv } from '../env';
import { ApiError } from '../http/problem';
import { commonProblems, guarded, writeProblems } from './common';
import { unprocessable } from './references';
import { tenantOf, tenantResource } from './tenant-resource';

const uploadSchema = z
  .object({
    method: z.literal('PUT'),
    url: z.string().openapi({ description: 'Presigned S3 URL; send the file as the request body' }),
    headers: z.object({ 'content-type': z.string(), 'content-length': z.string() }).openapi({
      description:
        'Send exactly these: both are signed, so another type or size is refused by the object store (403)',
    }),
    expiresAt: z.string().openapi({ description: 'The URL stops working then' }),
  })
  .openapi('AudioUpload');

const downloadSchema = z
  .object({
    url: z.string().openapi({ description: 'Presigned S3 URL for GET' }),
    contentType: z.string(),
    sizeBytes: z.number().int(),
    expiresAt: z.string(),
  })
  .openapi('AudioDownload');

const createdSchema = audioFileOutputSchema.extend({ upload: uploadSchema });

/** The blob of an audio file: `t/<tenantId>/audio/<id>.<format>` in the media bucket (domain `audioFileS3Key`). */
function blobOf(file: Pick<AudioFile, 'id' | 'format'>): BlobRef {
  return { kind: 'audio', id: `${file.id}.${file.format}` };
}

/**
 * Audio files: prompts, music on hold and greetings (T640 manual "Audio
 * files", L1843-1880). The API keeps the metadata; the bytes go straight
 * between the client and the media bucket through presigned URLs, so no
 * upload passes through the API. Limits: `audio/wav` or `audio/mpeg`, at
 * most 20 MiB (AUDIO_MAX_BYTES, T640 manual L1866), the declared type and
 * exact size signed into the upload URL; URLs live BlobStore.presignExpiresInSeconds
 * (300 s by default).
 */
export function audioFileRoutes(deps: ApiDeps) {
  const { blobs } = deps;

  async function upload(scope: TenantScope, file: AudioFile) {
    const contentType = audioContentType(file.format);
    const url = await blobs.presignPut(scope, blobOf(file), { contentType, contentLength: file.sizeBytes });
    return {
      method: 'PUT' as const,
      url,
      headers: { 'content-type': contentType, 'content-length': String(file.sizeBytes) },
      expiresAt: expiry(deps),
    };
  }

  return tenantResource(deps, {
    resource: 'audio-file',
    segment: 'audio-files',
    idParam: { name: 'audioFileId', example: 'aud_0123456789abcdefghjkmnpqrs' },
    schemaName: 'AudioFile',
    tag: 'Audio files',
    noun: ['audio file', 'audio files'],
    description: `Prompts, music on hold and greetings (T640 manual L1843-1880). Create the record with the content type (${Object.keys(AUDIO_UPLOAD_TYPES).join(', ')}) and size (at most ${AUDIO_MAX_BYTES} bytes), then PUT the bytes to the presigned \`upload.url\`; read them through \`GET …/download-url\`.`,
    repository: (store) => store.audioFiles,
    createSchema: createAudioFileApiInputSchema,
    updateSchema: updateAudioFileInputSchema,
    outputSchema: audioFileOutputSchema,
    toOutput: toAudioFileOutput,
    createdSchema: createdSchema,
    createDescription:
      'The response carries `upload`: a presigned PUT URL for exactly `sizeBytes` bytes of `contentType`, shown only here (a replay leaves it out; `POST …/upload-url` gives a new one).',
    redactReplay: ({ upload: _url, ...rest }) => rest,
    prepareCreate: async ({ contentType, ...input }, { scope }) => {
      const id = newId('aud');
      const format = AUDIO_UPLOAD_TYPES[contentType];
      const item = { ...input, format, s3Key: audioFileS3Key(scope.tenantId, id, format), durationMs: null };
      return { id, item, reveal: { upload: await upload(scope, { ...item, id } as AudioFile) } };
    },
    preparePatch: async (patch, current) => {
      const purpose = patch.purpose ?? current.purpose;
      const mohClass = patch.mohClass === undefined ? current.mohClass : patch.mohClass;
      if (mohClass && purpose !== 'moh') {
        throw unprocessable([{ field: 'mohClass', message: 'hold-music class is only for purpose moh' }]);
      }
      return patch;
    },
    afterDelete: async (file, { scope }) => {
      await blobs.delete(scope, blobOf(file));
    },
    actions: (app, { reachable, audit, itemPath, itemParams, tags }) => {
      app.openapi(
        createRoute({
          method: 'post',
          path: `${itemPath}/upload-url`,
          tags,
          summary: 'A new presigned upload URL for an audio file',
          description:
            'For the declared content type and size; uploading again replaces the bytes. `Cache-Control: no-store`.',
          ...guarded(deps, 'audio-file', 'update'),
          request: { params: itemParams },
          responses: {
            200: { description: 'The upload', content: { 'application/json': { schema: uploadSchema } } },
            ...writeProblems,
          },
        }),
        async (c) => {
          const file = await reachable(c, audioFileIdOf(c));
          const result = await upload(tenantOf(c), file);
          await audit(c, 'upload-url', file.id, file, file);
          c.header('cache-control', 'no-store');
          return c.json(result, 200);
        },
      );

      app.openapi(
        createRoute({
          method: 'get',
          path: `${itemPath}/download-url`,
          tags,
          summary: 'A presigned download URL for an audio file',
          description:
            '409 `not-uploaded` while the bytes have not arrived, `upload-mismatch` when they are not the declared type and size. `Cache-Control: no-store`.',
          ...guarded(deps, 'audio-file', 'read'),
          request: { params: itemParams },
          responses: {
            200: { description: 'The download', content: { 'application/json': { schema: downloadSchema } } },
            409: writeProblems[409],
            ...commonProblems,
          },
        }),
        async (c) => {
          const scope = tenantOf(c);
          const file = await reachable(c, audioFileIdOf(c));
          const info = await blobs.head(scope, blobOf(file));
          if (info === undefined) {
            throw new ApiError({
              status: 409,
              title: 'Conflict',
              code: 'not-uploaded',
              detail: 'the audio file has no content yet; PUT it to the upload URL first',
            });
          }
          // The upload URL signs type and size, which S3 enforces; checked again here because not
          // every S3-API server does (s3rver skips SigV4 verification), so a wrong upload is never served.
          const contentType = audioContentType(file.format);
          if (
            info.size !== file.sizeBytes ||
            (info.contentType !== undefined && info.contentType !== contentType)
          ) {
            throw new ApiError({
              status: 409,
              title: 'Conflict',
              code: 'upload-mismatch',
              detail: `the uploaded content is not the declared ${file.sizeBytes} bytes of ${contentType}; upload it again`,
            });
          }
          const url = await blobs.presignGet(scope, blobOf(file));
          c.header('cache-control', 'no-store');
          return c.json(
            {
              url,
              contentType: audioContentType(file.format),
              sizeBytes: info.size,
              expiresAt: expiry(deps),
            },
            200,
          );
        },
      );
    },
  }).app;
}

function expiry(deps: ApiDeps): string {
  return new Date(deps.now().getTime() + deps.blobs.presignExpiresInSeconds * 1000).toISOString();
}

function audioFileIdOf(c: Context<ApiEnv>): string {
  return c.req.param('audioFileId') ?? '';
}
