import { describe, expect, it } from 'vitest';
import { audioFileS3Key, audioFileSchema, createAudioFileInputSchema } from './audio-file';
import { auditEntrySchema } from './audit-entry';
import { createAuthorisationGroupInputSchema } from './authorisation-group';
import { createExtensionInputSchema } from './extension';
import { createIvrInputSchema } from './ivr';
import { createResellerInputSchema, updateResellerInputSchema } from './reseller';
import { createSiteInputSchema } from './site';
import { issuesOf } from './test-support';
import { newId } from './values/id';

describe('resellers', () => {
  it('start active, directly under the platform, with unlimited tenants', () => {
    expect(
      createResellerInputSchema.parse({ name: 'Telco', contactEmail: 'ops@telco.example' }),
    ).toMatchObject({
      parentResellerId: null,
      status: 'active',
      limits: { maxTenants: null, maxSubResellerDepth: 1 },
    });
  });

  it('check the contact e-mail and the parent id on their fields', () => {
    expect(
      issuesOf(createResellerInputSchema, {
        name: 'Sub',
        contactEmail: 'nobody',
        parentResellerId: newId('tnt'),
      }),
    ).toEqual([
      {
        path: 'parentResellerId',
        message: 'reseller id must be an id starting with "rsl_" followed by 26 base32 characters',
      },
      { path: 'contactEmail', message: 'e-mail address is not valid' },
    ]);
  });

  it('cannot be moved under another parent by a PATCH', () => {
    expect(issuesOf(updateResellerInputSchema, { parentResellerId: newId('rsl') })).toEqual([
      { path: '', message: 'unknown field: parentResellerId' },
    ]);
  });
});

describe('sites', () => {
  const address = { street: 'Frankenstraße 2', postalCode: '46395', city: 'Bocholt', country: 'DE' };

  it('accept an address and an emergency callback number', () => {
    expect(
      issuesOf(createSiteInputSchema, { name: 'HQ', address, emergencyCallbackNumber: '+492871912912' }),
    ).toEqual([]);
  });

  it('reject a callback number that is not E.164 and an empty city', () => {
    expect(
      issuesOf(createSiteInputSchema, {
        name: 'HQ',
        address: { ...address, city: ' ' },
        emergencyCallbackNumber: '02871 912912',
      }),
    ).toEqual([
      { path: 'address.city', message: 'city must not be empty' },
      {
        path: 'emergencyCallbackNumber',
        message: 'phone number must be in E.164 format: "+", country code, up to 15 digits',
      },
    ]);
  });
});

describe('extensions', () => {
  it('point at an owner whose id matches its kind', () => {
    expect(
      issuesOf(createExtensionInputSchema, {
        number: '101',
        owner: { kind: 'user', id: newId('usr') },
        displayName: 'Anna',
      }),
    ).toEqual([]);
    expect(
      issuesOf(createExtensionInputSchema, {
        number: '500',
        owner: { kind: 'queue', id: newId('usr') },
        displayName: 'Service',
      }),
    ).toEqual([
      {
        path: 'owner.id',
        message: 'queue id must be an id starting with "que_" followed by 26 base32 characters',
      },
    ]);
  });

  it('reject an owner kind that cannot be dialled', () => {
    expect(
      issuesOf(createExtensionInputSchema, {
        number: '500',
        owner: { kind: 'trunk', id: newId('trk') },
        displayName: 'x',
      }),
    ).toEqual([
      { path: 'owner.kind', message: 'owner kind must be one of user, group, queue, ivr, voicemail-box' },
    ]);
  });
});

describe('IVRs (T640 L1747-1835)', () => {
  it('map keys 0–9, * and # to actions', () => {
    const ivr = createIvrInputSchema.parse({
      name: 'Service',
      extensionNumber: '700',
      keys: { '1': { type: 'go-to', destination: '5000' }, '#': { type: 'repeat' } },
    });
    expect(ivr.keys['1']).toEqual({ type: 'go-to', destination: '5000' });
    expect(ivr.onNoInput).toEqual({ type: 'hang-up' });
  });

  it('reject a key that is not on the keypad and a go-to without a number', () => {
    expect(
      issuesOf(createIvrInputSchema, { name: 'x', extensionNumber: '700', keys: { A: { type: 'hang-up' } } }),
    ).toEqual([{ path: 'keys', message: 'keys must be 0–9, * or #, not A' }]);
    expect(
      issuesOf(createIvrInputSchema, {
        name: 'x',
        extensionNumber: '700',
        keys: { '2': { type: 'go-to', destination: 'sales' } },
      }),
    ).toEqual([{ path: 'keys.2.destination', message: 'destination must be an extension or phone number' }]);
  });
});

describe('audio files', () => {
  it('accept the manual’s formats up to 20 MB (T640 L1864-1866)', () => {
    expect(
      issuesOf(createAudioFileInputSchema, {
        name: 'Welcome',
        purpose: 'prompt',
        format: 'wav',
        sizeBytes: 20 * 1024 * 1024,
      }),
    ).toEqual([]);
    expect(
      issuesOf(createAudioFileInputSchema, {
        name: 'Welcome',
        purpose: 'prompt',
        format: 'flac',
        sizeBytes: 20 * 1024 * 1024 + 1,
      }),
    ).toEqual([
      { path: 'format', message: 'format must be one of aif, aiff, wav, au, alaw, ulaw, gsm, mp3, ogg' },
      { path: 'sizeBytes', message: 'file must be at most 20 MB' },
    ]);
  });

  it('keep their S3 key under their own tenant', () => {
    const tenantId = newId('tnt');
    const id = newId('aud');
    const file = {
      id,
      tenantId,
      name: 'Welcome',
      purpose: 'prompt',
      format: 'wav',
      sizeBytes: 1000,
      s3Key: audioFileS3Key(tenantId, id, 'wav'),
      version: 1,
      createdAt: '2024-01-01T00:00:00Z',
      updatedAt: '2024-01-01T00:00:00Z',
    };
    expect(issuesOf(audioFileSchema, file)).toEqual([]);
    expect(issuesOf(audioFileSchema, { ...file, s3Key: audioFileS3Key(newId('tnt'), id, 'wav') })).toEqual([
      { path: 's3Key', message: 'S3 key must lie under the tenant of the file' },
    ]);
  });
});

describe('authorisation groups and audit entries', () => {
  it('reject a member listed twice', () => {
    const member = newId('usr');
    expect(
      issuesOf(createAuthorisationGroupInputSchema, { name: 'Local', memberUserIds: [member, member] }),
    ).toEqual([{ path: 'memberUserIds', message: 'a member must not be listed twice' }]);
  });

  it('name actions as <target>.<verb>', () => {
    const entry = {
      id: newId('adt'),
      tenantId: newId('tnt'),
      resellerId: null,
      actor: { kind: 'user', id: newId('usr') },
      action: 'user.create',
      targetType: 'user',
      targetId: newId('usr'),
      before: null,
      after: { login: 'anna' },
      requestId: 'req-1',
      at: '2024-01-01T00:00:00Z',
    };
    expect(issuesOf(auditEntrySchema, entry)).toEqual([]);
    expect(issuesOf(auditEntrySchema, { ...entry, action: 'CreateUser' })).toEqual([
      { path: 'action', message: 'action must look like "user.create"' },
    ]);
  });
});
