import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { InvalidRequestError, NotFoundError } from './errors';
import { freshTenant, integrationBlobStore } from './int-test-support';

const blobs = integrationBlobStore({ maxBytes: 1024 });

describe('BlobStore', () => {
  it('stores and returns a body with its content type', async () => {
    const tenant = freshTenant();
    const ref = { kind: 'voicemail', id: 'msg-1.wav' } as const;
    await blobs.put(tenant, ref, 'RIFF....WAVE', { contentType: 'audio/wav' });
    const { bytes, info } = await blobs.getBytes(tenant, ref);
    expect(Buffer.from(bytes).toString()).toBe('RIFF....WAVE');
    expect(info).toMatchObject({ contentType: 'audio/wav', size: 12 });
    expect(await blobs.head(tenant, ref)).toMatchObject({ size: 12 });
  });

  it('deletes a blob: it is gone for get, head and list, and a second delete is harmless', async () => {
    const tenant = freshTenant();
    const ref = { kind: 'voicemail', id: 'msg-2.wav' } as const;
    const keep = { kind: 'voicemail', id: 'msg-3.wav' } as const;
    await blobs.put(tenant, ref, 'RIFF-delete-me', { contentType: 'audio/wav' });
    await blobs.put(tenant, keep, 'RIFF-keep-me', { contentType: 'audio/wav' });

    await blobs.delete(tenant, ref);

    await expect(blobs.get(tenant, ref)).rejects.toThrow(NotFoundError);
    expect(await blobs.head(tenant, ref)).toBeUndefined();
    expect((await blobs.list(tenant, 'voicemail')).items.map((blob) => blob.id)).toEqual([keep.id]);
    await expect(blobs.delete(tenant, ref)).resolves.toBeUndefined();
    expect(Buffer.from((await blobs.getBytes(tenant, keep)).bytes).toString()).toBe('RIFF-keep-me');
  });

  it('streams a body in when its length is given', async () => {
    const tenant = freshTenant();
    const ref = { kind: 'prompt', id: 'welcome' } as const;
    await blobs.put(tenant, ref, Readable.from([Buffer.from('abc'), Buffer.from('def')]), {
      contentType: 'audio/wav',
      contentLength: 6,
    });
    expect(Buffer.from((await blobs.getBytes(tenant, ref)).bytes).toString()).toBe('abcdef');
  });

  it('keeps tenants apart: the same ref names different objects per tenant', async () => {
    const tenantA = freshTenant();
    const tenantB = freshTenant();
    const ref = { kind: 'recording', id: 'call-1' } as const;
    await blobs.put(tenantA, ref, 'secret of A', { contentType: 'audio/wav' });
    await expect(blobs.get(tenantB, ref)).rejects.toThrow(NotFoundError);
    expect(await blobs.head(tenantB, ref)).toBeUndefined();
    expect((await blobs.list(tenantB, 'recording')).items).toEqual([]);
    await blobs.delete(tenantB, ref);
    expect(await blobs.head(tenantA, ref)).toBeDefined();
  });

  it('refuses ids that would escape the tenant prefix and bodies over the size limit', async () => {
    const tenant = freshTenant();
    await expect(
      blobs.put(tenant, { kind: 'fax', id: '../other/x' }, 'x', { contentType: 'x/y' }),
    ).rejects.toThrow(InvalidRequestError);
    await expect(
      blobs.put(tenant, { kind: 'fax', id: 'big' }, 'x'.repeat(1025), { contentType: 'x/y' }),
    ).rejects.toThrow(InvalidRequestError);
    await expect(
      blobs.presignPut(tenant, { kind: 'fax', id: 'big' }, { contentType: 'x/y', contentLength: 4096 }),
    ).rejects.toThrow(InvalidRequestError);
  });

  it('round-trips through presigned PUT and GET URLs', async () => {
    const tenant = freshTenant();
    const ref = { kind: 'music-on-hold', id: 'jingle' } as const;
    const putUrl = await blobs.presignPut(tenant, ref, { contentType: 'audio/mpeg', contentLength: 5 });
    const upload = await fetch(putUrl, {
      method: 'PUT',
      body: 'hello',
      headers: { 'content-type': 'audio/mpeg' },
    });
    expect(upload.status).toBe(200);

    const download = await fetch(await blobs.presignGet(tenant, ref, { expiresInSeconds: 60 }));
    expect(download.status).toBe(200);
    expect(await download.text()).toBe('hello');
  });

  it('lists a tenant’s blobs of one kind page by page', async () => {
    const tenant = freshTenant();
    for (const id of ['a', 'b', 'c'])
      await blobs.put(tenant, { kind: 'fax', id }, id, { contentType: 'application/pdf' });
    const first = await blobs.list(tenant, 'fax', { limit: 2 });
    const second = await blobs.list(tenant, 'fax', { limit: 2, cursor: first.nextCursor ?? '' });
    expect([...first.items, ...second.items].map((blob) => blob.id)).toEqual(['a', 'b', 'c']);
    expect(second.nextCursor).toBeUndefined();
  });
});
