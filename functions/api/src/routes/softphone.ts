import { randomBytes } from 'node:crypto';
import {
  type Device,
  deviceCredentialHashes,
  deviceIdSchema,
  generateSipPassword,
  sipUsernameSchema,
  toDeviceOutput,
  type User,
} from '@carillon/domain';
import type { TenantScope } from '@carillon/store';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { PRINCIPAL_EXTENSION, SESSION_USER, sessionUserOnly } from '../auth/session-only';
import type { ApiDeps } from '../deps';
import type { ApiEnv } from '../env';
import { validationHook } from '../http/validation-hook';
import { guarded, writeProblems } from './common';

/** The name the portal's softphone device gets; the user may rename it, the kind is what finds it. */
export const BROWSER_SOFTPHONE_NAME = 'Browser softphone';

/**
 * How many of the user's devices are searched for their WebRTC device. Users have a handful of
 * devices (a desk phone, an app, the browser); the limit keeps the lookup one bounded query.
 */
export const OWN_DEVICES_SCANNED = 100;

const credentialsSchema = z
  .object({
    deviceId: deviceIdSchema,
    sipUsername: sipUsernameSchema,
    sipPassword: z.string().openapi({
      description:
        'The new SIP password. Returned by this call only; the platform keeps only its digest hashes (HA1). Any earlier password of this device stops working now.',
    }),
    sipDomain: z.string().openapi({
      description: 'The tenant SIP domain: the digest realm and the host of the account URI',
      example: 'acme.pbx.example',
    }),
    created: z.boolean().openapi({ description: 'True when this call created the device' }),
  })
  .openapi('SoftphoneCredentials');

/**
 * `POST /me/softphone`: the portal's browser softphone registers as a device of the logged-in user.
 * The call finds the user's own WebRTC device (kind `webrtc`) or creates one, gives it a fresh SIP
 * password and returns it once. Nothing else is reachable: no device id in the path, no other user's
 * device, and only a portal session's user (an API key has no user: 403 `session-required`).
 *
 * No Idempotency-Key: a stored replay would keep the secret in the idempotency record, and a retry
 * simply re-keys. Re-keying on every call means one browser session holds the working password;
 * another tab or browser that called later takes it over (the earlier one's next REGISTER fails).
 */
export function softphoneRoutes(deps: ApiDeps) {
  const app = new OpenAPIHono<ApiEnv>({ defaultHook: validationHook });
  const { store } = deps;

  app.openapi(
    createRoute({
      method: 'post',
      path: '/me/softphone',
      tags: ['Session'],
      summary: "Create or re-key the caller's browser softphone and return its SIP credentials once",
      description:
        'Portal sessions only; needs X-CSRF-Token. Finds the WebRTC device of the session user or creates one (`Browser softphone`), sets a new generated SIP password and returns it in this response only (`Cache-Control: no-store`). The previous password of that device stops working. No request body.',
      ...guarded(deps, 'user', 'update', [sessionUserOnly]),
      [PRINCIPAL_EXTENSION]: SESSION_USER,
      responses: {
        200: {
          description: 'The device existed and was re-keyed',
          content: { 'application/json': { schema: credentialsSchema } },
        },
        201: {
          description: 'The device was created',
          content: { 'application/json': { schema: credentialsSchema } },
        },
        ...writeProblems,
      },
    }),
    async (c) => {
      const scope: TenantScope = { tenantId: c.var.principal.tenantId ?? '' };
      const user = await store.users.get(scope, c.var.principal.userId ?? '');
      const tenant = await store.tenants.get(scope.tenantId);
      const sipPassword = generateSipPassword();
      const rotatedAt = deps.now().toISOString();
      const existing = await ownWebRtcDevice(scope, user);
      let device: Device;
      if (existing === undefined) {
        const sipUsername = await freeSipUsername(user);
        device = await store.devices.create(scope, {
          kind: 'webrtc',
          displayName: BROWSER_SOFTPHONE_NAME,
          macAddress: null,
          model: null,
          userId: user.id,
          siteId: null,
          gatewayPort: null,
          dtmfMode: 'rfc2833',
          isFax: false,
          sipUsername,
          ...deviceCredentialHashes(sipUsername, tenant.sipDomain, sipPassword),
          credentialsRotatedAt: rotatedAt,
        });
        await audit(c, scope, 'device.create', null, device);
      } else {
        device = await store.devices.update(
          scope,
          existing.id,
          {
            ...deviceCredentialHashes(existing.sipUsername, tenant.sipDomain, sipPassword),
            credentialsRotatedAt: rotatedAt,
          },
          { expectedVersion: existing.version },
        );
        await audit(c, scope, 'device.rekey', existing, device);
      }
      c.header('cache-control', 'no-store');
      c.var.log.info({ deviceId: device.id, created: existing === undefined }, 'browser softphone keyed');
      return c.json(
        {
          deviceId: device.id,
          sipUsername: device.sipUsername,
          sipPassword,
          sipDomain: tenant.sipDomain,
          created: existing === undefined,
        },
        existing === undefined ? 201 : 200,
      );
    },
  );

  async function ownWebRtcDevice(scope: TenantScope, user: User): Promise<Device | undefined> {
    const page = await store.devices.listByOwner(scope, user.id, { limit: OWN_DEVICES_SCANNED });
    return page.items.find((device) => device.kind === 'webrtc' && device.userId === user.id);
  }

  /**
   * `<extension>-web-<hex>` (or `web-<hex>` without an extension): readable in registrations and
   * CDRs, unguessable enough that one tenant's names do not collide with the next device's.
   * Usernames are unique per platform (the registrar resolves by them): a taken one is retried.
   */
  async function freeSipUsername(user: User): Promise<string> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const suffix = randomBytes(3).toString('hex');
      const name = user.extensionNumber ? `${user.extensionNumber}-web-${suffix}` : `web-${suffix}`;
      const candidate = sipUsernameSchema.safeParse(name.toLowerCase());
      const username = candidate.success ? candidate.data : `web-${suffix}`;
      if ((await store.devices.resolveBySipUsername(username)) === undefined) return username;
    }
    throw new Error('no free SIP username after 5 attempts');
  }

  async function audit(
    c: Context<ApiEnv>,
    scope: TenantScope,
    action: string,
    before: Device | null,
    after: Device,
  ): Promise<void> {
    await store.audit.append(scope, {
      resellerId: c.var.principal.resellerId,
      actor: c.var.principal.actor,
      action,
      targetType: 'device',
      targetId: after.id,
      before: before === null ? null : toDeviceOutput(before),
      after: toDeviceOutput(after),
      requestId: c.var.requestId,
    });
  }

  return app;
}
