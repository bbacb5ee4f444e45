import { fieldIssues } from '@carillon/domain';
import { type SipCredentials, sipCredentialsQuerySchema } from '@carillon/edge-api';
import type { Store } from '@carillon/store';
import { Hono } from 'hono';
import type { CallDirectory } from '../calls/directory';
import { invalidRequest, problem } from '../http/problem';

/**
 * `GET /edge/v1/sip-credentials?domain=&username=`: a device's HA1s for the
 * registrar. Unknown user, a user of another domain, and a tenant that is not
 * active all give the same 404, so this route tells nothing about which.
 * Never a password: the store holds none, only HA1 (RFC 7616 §3.4.2).
 * The device (and its HA1s) is always read from the store; the tenant comes
 * from the directory's short-lived cache, so a lookup is the username's unique
 * holder and the device, not a third read in series.
 */
export function sipCredentialRoutes(
  store: Store,
  directory: Pick<CallDirectory, 'tenant'>,
  deviceMaxConcurrentCalls: number,
) {
  return new Hono().get('/', async (c) => {
    const query = sipCredentialsQuerySchema.safeParse(c.req.query());
    if (!query.success) return invalidRequest(c, fieldIssues(query.error), 'Invalid query');
    const { domain, username } = query.data;
    const device = await store.devices.resolveBySipUsername(username);
    const tenant = device ? await directory.tenant(device.tenantId) : undefined;
    if (
      device === undefined ||
      tenant === undefined ||
      tenant.sipDomain !== domain ||
      tenant.status !== 'active'
    ) {
      return problem(c, 404, 'Not Found', { detail: 'no such SIP user in this domain' });
    }
    const credentials: SipCredentials = {
      tenantId: tenant.id,
      deviceId: device.id,
      userId: device.userId,
      realm: tenant.sipDomain,
      ha1Md5: device.ha1Md5,
      ha1Sha256: device.ha1Sha256,
      maxConcurrentCalls: deviceMaxConcurrentCalls,
      tenantMaxConcurrentCalls: tenant.limits.maxConcurrentCalls,
    };
    // HA1 is password-equivalent: no cache on the way.
    c.header('cache-control', 'no-store');
    return c.json(credentials);
  });
}
