import { z } from 'zod';
import { callLimitSchema, edgeIdSchema, sipDomainSchema, sipUsernameSchema } from './fields';

/**
 * `GET /edge/v1/sip-credentials?domain=&username=` — what the registrar needs
 * to check a digest response (RFC 3261 §22.4, RFC 8760) of a device.
 *
 * Not found is a 404 with a problem body. The edge must then answer exactly
 * as for a known user (same 401 challenge, same timing, failure only after the
 * response is checked) so that user names cannot be enumerated; that is why
 * the 404 is the edge's to handle and not an error of the client.
 *
 * The HA1 values are password-equivalent: the edge caches them in memory only,
 * for a short TTL, and never logs them.
 */
export const sipCredentialsQuerySchema = z.strictObject({
  domain: sipDomainSchema,
  username: sipUsernameSchema,
});

export const sipCredentialsSchema = z.strictObject({
  tenantId: edgeIdSchema('tenantId'),
  deviceId: edgeIdSchema('deviceId'),
  /** The device's owner, for `source.userId` in `call.new`; null for a shared phone. */
  userId: edgeIdSchema('userId').nullable(),
  /** The digest realm: the tenant's SIP domain. */
  realm: sipDomainSchema,
  /** H(username:realm:password) with MD5 (RFC 2617 §3.2.2.2), 32 lower-case hex digits. */
  ha1Md5: z.string().regex(/^[0-9a-f]{32}$/, { error: 'ha1Md5 must be 32 lower-case hex digits' }),
  /** The same with SHA-256 (RFC 7616 §3.4.2, RFC 8760), 64 lower-case hex digits. */
  ha1Sha256: z.string().regex(/^[0-9a-f]{64}$/, { error: 'ha1Sha256 must be 64 lower-case hex digits' }),
  /** Calls this device may have at once (both directions). */
  maxConcurrentCalls: callLimitSchema('maxConcurrentCalls'),
  /** Calls the whole tenant may have at once; null = no limit. */
  tenantMaxConcurrentCalls: callLimitSchema('tenantMaxConcurrentCalls').nullable(),
});

export type SipCredentialsQuery = z.infer<typeof sipCredentialsQuerySchema>;
export type SipCredentials = z.infer<typeof sipCredentialsSchema>;
