import { randomBytes } from 'node:crypto';
import { AUDIO_MAX_BYTES, createAudioFileApiInputSchema } from '@carillon/domain';
import { describe, expect, it } from 'vitest';
import { call, integrationApi, tenantWithKey } from '../int-test-fixtures';
import { contractTests } from './tenant-resource-contract';

const { app, store } = integrationApi();

let sequence = 0;
contractTests(app, store, {
  segment: 'audio-files',
  scopes: ['routing:write'],
  createSchema: createAudioFileApiInputSchema,
  valid: () => {
    sequence += 1;
    return {
      name: `Welcome ${sequence}`,
      purpose: 'prompt',
      contentType: 'audio/wav',
      sizeBytes: 1000 + sequence,
    };
  },
  invalid: [
    ['contentType', (valid) => ({ ...valid, contentType: 'video/mp4' })],
    ['contentType', (valid) => ({ ...valid, contentType: 'audio/ogg' })],
    ['sizeBytes', (valid) => ({ ...valid, sizeBytes: AUDIO_MAX_BYTES + 1 })],
    ['sizeBytes', (valid) => ({ ...valid, sizeBytes: 0 })],
    ['purpose', (valid) => ({ ...valid, purpose: 'ringtone' })],
    ['mohClass', (valid) => ({ ...valid, mohClass: 'default' })],
    ['name', (valid) => ({ ...valid, name: '' })],
  ],
  patch: { name: 'Welcome (new)', purpose: 'moh', mohClass: 'default' },
  revealedOnce: ['upload'],
  neverReturned: ['s3Key'],
});

interface Upload {
  method: 'PUT';
  url: string;
  headers: Record<string, string>;
  expiresAt: string;
}
interface Created {
  id: string;
  format: string;
  contentType: string;
  sizeBytes: number;
  upload: Upload;
}
interface Download {
  url: string;
  contentType: string;
  sizeBytes: number;
}

/** A small WAV file (RIFF header + silence): what a prompt upload looks like. */
function wav(samples: number): Buffer {
  const data = Buffer.alloc(samples * 2);
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVEfmt ', 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(8000, 24);
  header.writeUInt32LE(16000, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36);
  header.writeUInt32LE(data.length, 40);
  // Some noise, so a truncated or mixed-up object would not compare equal by accident.
  randomBytes(data.length).copy(data);
  return Buffer.concat([header, data]);
}

async function put(upload: Upload, body: Buffer, contentType = upload.headers['content-type'] ?? '') {
  // fetch sets Content-Length from the body itself.
  return fetch(upload.url, {
    method: 'PUT',
    body: new Uint8Array(body),
    headers: { 'content-type': contentType },
  });
}

describe('audio file bytes through presigned URLs (s3rver)', () => {
  it('uploads, downloads the same bytes, and keeps them from another tenant', async () => {
    const { tenantId, key } = await tenantWithKey(store, ['routing:write']);
    const bytes = wav(4000);
    const created = await call(app, 'POST', `/tenants/${tenantId}/audio-files`, {
      key,
      body: { name: 'Welcome', purpose: 'prompt', contentType: 'audio/wav', sizeBytes: bytes.length },
    });
    expect(created.status, created.text).toBe(201);
    const file = created.json as Created;
    expect(file).toMatchObject({ format: 'wav', contentType: 'audio/wav', sizeBytes: bytes.length });
    expect(file.upload).toMatchObject({
      method: 'PUT',
      headers: { 'content-type': 'audio/wav', 'content-length': String(bytes.length) },
    });
    // The object lies in the tenant's key space of the media bucket.
    expect(new URL(file.upload.url).pathname).toMatch(
      new RegExp(`/[^/]+-media/t/${tenantId}/audio/${file.id}\\.wav$`),
    );
    const path = `/tenants/${tenantId}/audio-files/${file.id}`;

    const early = await call(app, 'GET', `${path}/download-url`, { key });
    expect(early.status).toBe(409);
    expect((early.json as { code: string }).code).toBe('not-uploaded');

    const uploaded = await put(file.upload, bytes);
    expect(uploaded.status).toBe(200);

    const download = await call(app, 'GET', `${path}/download-url`, { key });
    expect(download.status, download.text).toBe(200);
    expect(download.response.headers.get('cache-control')).toBe('no-store');
    const link = download.json as Download;
    expect(link).toMatchObject({ contentType: 'audio/wav', sizeBytes: bytes.length });
    const fetched = await fetch(link.url);
    expect(fetched.status).toBe(200);
    expect(Buffer.from(await fetched.arrayBuffer()).equals(bytes)).toBe(true);

    // Another tenant reaches neither the record nor a URL for it.
    const other = await tenantWithKey(store, ['routing:write']);
    for (const suffix of ['', '/download-url']) {
      expect((await call(app, 'GET', `${path}${suffix}`, { key: other.key })).status).toBe(404);
    }
    expect((await call(app, 'POST', `${path}/upload-url`, { key: other.key })).status).toBe(404);
    // Its own id space does not hold the file either.
    expect(
      (
        await call(app, 'GET', `/tenants/${other.tenantId}/audio-files/${file.id}/download-url`, {
          key: other.key,
        })
      ).status,
    ).toBe(404);

    // Deleting the record deletes the bytes.
    const deleted = await call(app, 'DELETE', path, { key, headers: { 'if-match': '"1"' } });
    expect(deleted.status).toBe(204);
    expect((await fetch(link.url)).status).toBe(404);
  });

  it('holds the upload to the declared type and size (both signed)', async () => {
    const { tenantId, key } = await tenantWithKey(store, ['routing:write']);
    const bytes = wav(1000);
    const created = await call(app, 'POST', `/tenants/${tenantId}/audio-files`, {
      key,
      body: { name: 'Hold music', purpose: 'moh', contentType: 'audio/mpeg', sizeBytes: bytes.length },
    });
    const file = created.json as Created;
    expect(file.format).toBe('mp3');

    // S3 refuses another size or type (both are signed headers); s3rver does not check SigV4, so
    // the API checks the object again before it hands out a download URL.
    const signed = new URL(file.upload.url).searchParams.get('X-Amz-SignedHeaders')?.split(';');
    expect(signed).toEqual(expect.arrayContaining(['content-length', 'content-type']));
    const path = `/tenants/${tenantId}/audio-files/${file.id}`;
    for (const [body, type] of [
      [Buffer.concat([bytes, Buffer.alloc(1024)]), 'audio/mpeg'],
      [bytes, 'audio/wav'],
    ] as const) {
      await put(file.upload, body, type);
      const refused = await call(app, 'GET', `${path}/download-url`, { key });
      expect(refused.status).toBe(409);
      expect(['not-uploaded', 'upload-mismatch']).toContain((refused.json as { code: string }).code);
    }

    // A fresh URL (e.g. after the first expired) for the same declared upload works.
    const again = await call(app, 'POST', `${path}/upload-url`, { key });
    expect(again.status, again.text).toBe(200);
    expect(again.response.headers.get('cache-control')).toBe('no-store');
    expect((await put(again.json as Upload, bytes)).status).toBe(200);
    const link = (await call(app, 'GET', `${path}/download-url`, { key })).json as Download;
    expect(link.contentType).toBe('audio/mpeg');
    expect(Buffer.from(await (await fetch(link.url)).arrayBuffer()).equals(bytes)).toBe(true);
  });
});
