import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { inputObject, nameSchema, storedFields, updateSchema } from './entity';
import { apiKeyIdSchema, base32Encode, resellerIdSchema, tenantIdSchema } from './values/id';
import { isoDateTimeSchema } from './values/time';

/**
 * API keys for resellers and tenant integrations. The secret is shown once at
 * creation; only its SHA-256 is stored (a 160-bit random secret needs no slow
 * hash). The visible prefix (`ck_live_` + 8 characters) identifies a key in
 * lists and logs, and lets secret scanners recognise leaked keys.
 */
export const API_KEY_PREFIX = 'ck_live_';
export const API_KEY_SCOPES = [
  'tenants:read',
  'tenants:write',
  'numbers:read',
  'numbers:write',
  'users:read',
  'users:write',
  'devices:read',
  'devices:write',
  'routing:read',
  'routing:write',
  'cdrs:read',
  'audit:read',
  'webhooks:read',
  'webhooks:write',
] as const;
export const apiKeyScopeSchema = z.enum(API_KEY_SCOPES, {
  error: `scope must be one of ${API_KEY_SCOPES.join(', ')}`,
});

export const apiKeyOwnerSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('reseller'), id: resellerIdSchema }),
    z.object({ kind: z.literal('tenant'), id: tenantIdSchema }),
  ],
  { error: 'owner kind must be reseller or tenant' },
);

const apiKeyInputShape = {
  name: nameSchema('API key name', 60),
  scopes: z
    .array(apiKeyScopeSchema)
    .min(1, { error: 'at least one scope is required' })
    .refine((scopes) => new Set(scopes).size === scopes.length, { error: 'scopes must not repeat' }),
  expiresAt: isoDateTimeSchema.nullable().default(null),
};

export const createApiKeyInputSchema = inputObject(apiKeyInputShape);
/** Scopes cannot grow after creation: create a new key instead. */
export const updateApiKeyInputSchema = updateSchema({ name: apiKeyInputShape.name });

export const apiKeySchema = z.object({
  id: apiKeyIdSchema,
  owner: apiKeyOwnerSchema,
  /** Tenant the key acts in; null for reseller keys. Mirrors `owner` for tenant keys so reads scope by tenant. */
  tenantId: tenantIdSchema.nullable(),
  ...apiKeyInputShape,
  /** The first 16 characters of the key (`ck_live_` + 8), shown in lists. */
  displayPrefix: z
    .string()
    .regex(/^ck_live_[0-9a-z]{8}$/, { error: 'display prefix must be ck_live_ and 8 characters' }),
  /** SHA-256 of the whole key, hex. Never in an output schema. */
  keyHash: z.string().regex(/^[0-9a-f]{64}$/, { error: 'key hash must be 64 hex digits' }),
  lastUsedAt: isoDateTimeSchema.nullable().default(null),
  revokedAt: isoDateTimeSchema.nullable().default(null),
  ...storedFields,
});

export const apiKeyOutputSchema = apiKeySchema.omit({ keyHash: true });

export type ApiKey = z.infer<typeof apiKeySchema>;
export type ApiKeyOutput = z.infer<typeof apiKeyOutputSchema>;
export type ApiKeyScope = z.infer<typeof apiKeyScopeSchema>;
export type CreateApiKeyInput = z.input<typeof createApiKeyInputSchema>;
export type UpdateApiKeyInput = z.input<typeof updateApiKeyInputSchema>;

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/** A new key: the plaintext to show once, its display prefix and the hash to store. */
export function generateApiKey(random: (size: number) => Uint8Array = randomBytes): {
  key: string;
  displayPrefix: string;
  keyHash: string;
} {
  const key = `${API_KEY_PREFIX}${base32Encode(random(20))}`;
  return { key, displayPrefix: key.slice(0, API_KEY_PREFIX.length + 8), keyHash: hashApiKey(key) };
}

/** Whether a key may be used at `now`: not revoked, not expired. */
export function isApiKeyUsable(key: Pick<ApiKey, 'revokedAt' | 'expiresAt'>, now: Date): boolean {
  if (key.revokedAt !== null) return false;
  return key.expiresAt === null || new Date(key.expiresAt).getTime() > now.getTime();
}

export function toApiKeyOutput(apiKey: ApiKey): ApiKeyOutput {
  const { keyHash: _keyHash, ...output } = apiKey;
  return output;
}
