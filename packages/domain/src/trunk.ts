import { z } from 'zod';
import { dtmfModeSchema } from './device';
import { inputObject, nameSchema, tenantOwnedFields, updateSchema } from './entity';
import { trunkIdSchema } from './values/id';

/**
 * SIP trunks to providers: the T640 manual's "SIP gateways" (L2389-2730) with
 * the caller-ID handling of its gateway groups (L2769-2870). Credentials are
 * never stored here: `secretRef` names the secret (Secrets Manager ARN or an
 * `enc:` envelope-encrypted blob) that call control resolves when it registers.
 */
export const TRUNK_TRANSPORTS = ['udp', 'tcp', 'tls'] as const;

/** "Update P-Asserted-Identity (CLIP)" (T640 manual L2655-2663): no (default) / use PAI. */
export const CALLER_ID_HEADERS = ['from', 'p-asserted-identity', 'remote-party-id'] as const;

/** "Source of destination number" (T640 manual L2561-2567). */
export const DESTINATION_SOURCES = ['request-uri', 'to-header'] as const;

/** Codecs the edge can offer to a provider, in preference order. */
export const TRUNK_CODECS = ['pcma', 'pcmu', 'g722', 'g729', 'opus', 'telephone-event'] as const;

const hostSchema = (label: string) =>
  z
    .string({ error: `${label} must be a string` })
    .trim()
    .toLowerCase()
    .regex(/^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?::\d{1,5})?$/, {
      error: `${label} must be a host name or IP address, optionally with :port`,
    });

/** IPv4 CIDR as in "Allowed IP subnet" (T640 manual L2697-2720). */
export const ipv4CidrSchema = z.string({ error: 'subnet must be a string' }).refine(
  (value) => {
    const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(value);
    if (!match) return false;
    const octets = match.slice(1, 5).map(Number);
    return octets.every((octet) => octet <= 255) && Number(match[5]) <= 32;
  },
  { error: 'subnet must be an IPv4 address with a prefix length, e.g. 192.0.2.0/24' },
);

export const secretRefSchema = z
  .string({ error: 'secret reference must be a string' })
  .regex(
    /^(?:arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:\d{12}:secret:[A-Za-z0-9/_+=.@-]+|enc:v1:[A-Za-z0-9+/=_-]+)$/,
    {
      error:
        'secret reference must be a Secrets Manager ARN or an "enc:v1:" encrypted value, never a plaintext password',
    },
  );

const trunkInputShape = {
  name: nameSchema('trunk name', 60),
  /** "Registrar" (T640 manual L2499-2500). */
  registrar: hostSchema('registrar'),
  /** "Proxy" (T640 manual L2502), outbound proxy if the provider uses one. */
  proxy: hostSchema('proxy').nullable().default(null),
  /** "User" (T640 manual L2504). */
  username: z
    .string({ error: 'username must be a string' })
    .trim()
    .min(1, { error: 'username must not be empty' })
    .max(128),
  /** Digest user name when it differs from `username`. */
  authUsername: z.string().trim().max(128).nullable().default(null),
  /** Reference to the password ("Password", T640 manual L2506); null for IP-authenticated trunks. */
  secretRef: secretRefSchema.nullable().default(null),
  /** "Register" (T640 manual L2513-2514). */
  register: z.boolean({ error: 'register must be true or false' }).default(true),
  /** "Allow outbound calls" (T640 manual L2508-2510). */
  allowOutbound: z.boolean({ error: 'allow outbound must be true or false' }).default(true),
  /** Gateway group "Permit inbound calls" (T640 manual L2870). */
  allowInbound: z.boolean({ error: 'allow inbound must be true or false' }).default(true),
  transport: z.enum(TRUNK_TRANSPORTS, { error: 'transport must be udp, tcp or tls' }).default('udp'),
  /** "Port", default 5060 (T640 manual L2574-2575). */
  port: z
    .number({ error: 'port must be a number' })
    .int({ error: 'port must be a whole number' })
    .min(1, { error: 'port must be 1–65535' })
    .max(65535, { error: 'port must be 1–65535' })
    .default(5060),
  /** "From user" / "From Domain" (T640 manual L2645-2650). */
  fromUser: z.string().trim().max(128).nullable().default(null),
  fromDomain: hostSchema('from domain').nullable().default(null),
  dtmfMode: dtmfModeSchema.default('rfc2833'),
  /** "T38 support" (T640 manual L2651-2654). */
  t38: z.boolean({ error: 'T.38 must be true or false' }).default(false),
  /**
   * Where the caller's number goes on outgoing calls: From only (the manual's
   * default "no"), P-Asserted-Identity (RFC 3325) or Remote-Party-ID (T640 manual L2655-2675).
   */
  callerIdHeader: z
    .enum(CALLER_ID_HEADERS, {
      error: 'caller ID header must be from, p-asserted-identity or remote-party-id',
    })
    .default('from'),
  /** "Trust remote party ID" for incoming calls, default no (T640 manual L2678-2686). */
  trustRemotePartyId: z.boolean({ error: 'trust remote party ID must be true or false' }).default(false),
  /** "CLIP – No Screening" (T300 manual L1872-1874): send any tenant number as caller ID. */
  clipNoScreening: z.boolean({ error: 'CLIP no screening must be true or false' }).default(false),
  destinationSource: z
    .enum(DESTINATION_SOURCES, { error: 'destination source must be request-uri or to-header' })
    .default('request-uri'),
  /** "Simultaneous calls"; the manual's 0 = unlimited is null here (T640 manual L2618-2621). */
  maxConcurrentCalls: z
    .number({ error: 'max concurrent calls must be a number' })
    .int({ error: 'max concurrent calls must be a whole number' })
    .min(1, { error: 'max concurrent calls must be at least 1' })
    .nullable()
    .default(null),
  codecs: z
    .array(z.enum(TRUNK_CODECS, { error: `codec must be one of ${TRUNK_CODECS.join(', ')}` }))
    .min(1, { error: 'at least one codec is required' })
    .default(['pcma', 'pcmu', 'telephone-event']),
  /** "Allowed IP subnet", default 0.0.0.0/0 (T640 manual L2697-2700). */
  allowedSubnets: z
    .array(ipv4CidrSchema)
    .min(1, { error: 'at least one subnet is required' })
    .default(['0.0.0.0/0']),
  /** Number formats of the provider (T640 manual L2378-2383: national / international prefix). */
  nationalPrefix: z
    .string()
    .regex(/^\d{0,3}$/, { error: 'national prefix must be up to 3 digits' })
    .default('0'),
  internationalPrefix: z
    .string()
    .regex(/^\d{0,4}$/, { error: 'international prefix must be up to 4 digits' })
    .default('00'),
};

function checkTrunk(
  trunk: { register?: boolean; secretRef?: string | null; transport?: string; port?: number },
  context: z.RefinementCtx,
): void {
  if (trunk.register && !trunk.secretRef) {
    context.addIssue({
      code: 'custom',
      path: ['secretRef'],
      message: 'secret reference is required when the trunk registers',
    });
  }
}

export const createTrunkInputSchema = inputObject(trunkInputShape).superRefine(checkTrunk);
export const updateTrunkInputSchema = updateSchema(trunkInputShape);
export const trunkSchema = z
  .object({ id: trunkIdSchema, ...trunkInputShape, ...tenantOwnedFields })
  .superRefine(checkTrunk);

export type Trunk = z.infer<typeof trunkSchema>;
export type CreateTrunkInput = z.input<typeof createTrunkInputSchema>;
export type UpdateTrunkInput = z.input<typeof updateTrunkInputSchema>;

/**
 * The API's view of a trunk. The provider password is write-only: a client
 * sends `password`, the API seals it into `secretRef` (an `enc:v1:` value),
 * and reads show only `hasPassword`. `secretRef` itself is never an input or
 * an output of the API, so neither a plaintext nor a sealed secret leaves it.
 */
export const trunkPasswordSchema = z
  .string({ error: 'password must be a string' })
  .min(1, { error: 'password must not be empty' })
  .max(128, { error: 'password must be at most 128 characters' });

const { secretRef: _secretRef, ...trunkPublicShape } = trunkInputShape;

function checkTrunkPassword(
  trunk: { register?: boolean; password?: string | null },
  context: z.RefinementCtx,
) {
  if (trunk.register && !trunk.password) {
    context.addIssue({
      code: 'custom',
      path: ['password'],
      message: 'password is required when the trunk registers',
    });
  }
}

export const createTrunkApiInputSchema = inputObject({
  ...trunkPublicShape,
  password: trunkPasswordSchema.optional(),
}).superRefine(checkTrunkPassword);
/** `password: null` removes the password (IP-authenticated trunks, `register: false`). */
export const updateTrunkApiInputSchema = updateSchema({
  ...trunkPublicShape,
  password: trunkPasswordSchema.nullable(),
});
export const trunkOutputSchema = z.object({
  id: trunkIdSchema,
  ...trunkPublicShape,
  /** Whether a password is stored; the password itself is never returned. */
  hasPassword: z.boolean(),
  ...tenantOwnedFields,
});

export type TrunkOutput = z.infer<typeof trunkOutputSchema>;
export type CreateTrunkApiInput = z.input<typeof createTrunkApiInputSchema>;
export type UpdateTrunkApiInput = z.input<typeof updateTrunkApiInputSchema>;

export function toTrunkOutput(trunk: Trunk): TrunkOutput {
  const { secretRef, ...output } = trunk;
  return { ...output, hasPassword: secretRef !== null };
}
