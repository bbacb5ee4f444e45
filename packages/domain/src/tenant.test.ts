import { describe, expect, it } from 'vitest';
import {
  createTenantInputSchema,
  scheduleTenantDeletion,
  tenantNumberingPlan,
  tenantSchema,
  tenantSipDomain,
  tenantSlugSchema,
} from './tenant';
import { issuesOf } from './test-support';
import { extensionNumberProblems } from './values/extension-number';
import { newId } from './values/id';

const minimal = { name: 'Acme GmbH', slug: 'acme', country: 'DE', timeZone: 'Europe/Berlin' };

function storedTenant(fields: Record<string, unknown> = {}) {
  return {
    ...createTenantInputSchema.parse(minimal),
    id: newId('tnt'),
    resellerId: newId('rsl'),
    sipDomain: tenantSipDomain('acme', 'Carillon.Example'),
    status: 'active',
    deletionScheduledAt: null,
    version: 1,
    createdAt: '2024-01-01T00:00:00Z',
    updatedAt: '2024-01-01T00:00:00Z',
    ...fields,
  };
}

describe('tenant input', () => {
  it('fills in the manual-like defaults: prefix 0, range 100–899, emergency 112', () => {
    expect(createTenantInputSchema.parse(minimal)).toMatchObject({
      outsideLinePrefix: '0',
      internalNumberRange: { from: '100', to: '899' },
      emergencyNumbers: ['112'],
      language: 'en',
      limits: { maxUsers: 25, allowInternational: false },
    });
  });

  it('reports every bad field at its path', () => {
    expect(
      issuesOf(createTenantInputSchema, {
        ...minimal,
        country: 'Germany',
        timeZone: 'CET',
        outsideLinePrefix: '00',
      }),
    ).toEqual([
      { path: 'country', message: 'country must be an ISO 3166-1 alpha-2 code, e.g. DE' },
      { path: 'outsideLinePrefix', message: 'outside-line prefix must be a single digit or empty' },
      { path: 'timeZone', message: 'time zone must be an IANA time zone name, e.g. Europe/Berlin' },
    ]);
  });

  it('rejects an internal number range that ends below its start', () => {
    expect(
      issuesOf(createTenantInputSchema, { ...minimal, internalNumberRange: { from: '500', to: '200' } }),
    ).toEqual([{ path: 'internalNumberRange.to', message: 'range end must not be below range start' }]);
  });

  it('has no e-mail address until one is given, and checks the one given', () => {
    expect(createTenantInputSchema.parse(minimal).email).toBeNull();
    expect(createTenantInputSchema.parse({ ...minimal, email: 'pbx@acme.example' }).email).toBe(
      'pbx@acme.example',
    );
    expect(
      issuesOf(createTenantInputSchema, { ...minimal, email: 'not an address' }).map((i) => i.path),
    ).toEqual(['email']);
    // Tenants stored before the field existed read as having none.
    const { email: _none, ...older } = storedTenant();
    expect(tenantSchema.parse(older).email).toBeNull();
  });

  it('rejects limits below zero on the limit field', () => {
    expect(issuesOf(createTenantInputSchema, { ...minimal, limits: { maxConcurrentCalls: -1 } })).toEqual([
      { path: 'limits.maxConcurrentCalls', message: 'max concurrent calls must not be negative' },
    ]);
  });
});

describe('tenant slugs', () => {
  it.each(['acme', 'acme-gmbh', 'a1b'])('accepts %s', (slug) => {
    expect(issuesOf(tenantSlugSchema, slug)).toEqual([]);
  });

  it.each([
    ['Acme', 'slug must start with a letter, end with a letter or digit, and contain only a-z, 0-9 and "-"'],
    ['1acme', 'slug must start with a letter, end with a letter or digit, and contain only a-z, 0-9 and "-"'],
    ['acme-', 'slug must start with a letter, end with a letter or digit, and contain only a-z, 0-9 and "-"'],
    ['ac', 'slug must be 3–32 characters'],
    ['ac--me', 'slug must not contain "--"'],
    ['sip', 'slug is reserved by the platform'],
  ])('rejects %s', (slug, message) => {
    expect(issuesOf(tenantSlugSchema, slug)).toEqual([{ path: '', message }]);
  });

  it('builds the SIP domain from slug and platform domain', () => {
    expect(tenantSipDomain('acme', 'Carillon.Example')).toBe('acme.carillon.example');
  });
});

describe('stored tenant', () => {
  it('accepts an active tenant', () => {
    expect(issuesOf(tenantSchema, storedTenant())).toEqual([]);
  });

  it('needs a deletion date exactly when deleted-pending', () => {
    expect(issuesOf(tenantSchema, storedTenant({ status: 'deleted-pending' }))).toEqual([
      {
        path: 'deletionScheduledAt',
        message: 'deletion date is required when the tenant is deleted-pending',
      },
    ]);
    expect(issuesOf(tenantSchema, storedTenant({ deletionScheduledAt: '2024-02-01T00:00:00Z' }))).toEqual([
      {
        path: 'deletionScheduledAt',
        message: 'deletion date is allowed only when the tenant is deleted-pending',
      },
    ]);
    const deletion = scheduleTenantDeletion(new Date('2024-01-01T00:00:00Z'));
    expect(deletion.deletionScheduledAt).toBe('2024-01-31T00:00:00.000Z');
    expect(issuesOf(tenantSchema, storedTenant(deletion))).toEqual([]);
  });

  it('rejects an internal range that starts with the outside-line prefix', () => {
    expect(issuesOf(tenantSchema, storedTenant({ internalNumberRange: { from: '010', to: '099' } }))).toEqual(
      [
        {
          path: 'internalNumberRange.from',
          message: 'internal numbers must not start with the outside-line prefix',
        },
      ],
    );
  });

  it('gives its numbering plan to the extension rules', () => {
    const plan = tenantNumberingPlan(tenantSchema.parse(storedTenant()));
    expect(extensionNumberProblems('101', plan)).toEqual([]);
    expect(extensionNumberProblems('112', plan)).toEqual([
      'extension number must not overlap the emergency number 112',
    ]);
  });
});
