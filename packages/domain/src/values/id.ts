import { randomBytes } from 'node:crypto';
import { z } from 'zod';

/**
 * Prefix of every Carillon id, by entity. Ids read like `usr_0k3q…` so that a
 * log line or a support ticket says what an id points to without a lookup.
 */
export const ID_PREFIXES = {
  reseller: 'rsl',
  tenant: 'tnt',
  site: 'sit',
  user: 'usr',
  extension: 'ext',
  device: 'dev',
  group: 'grp',
  queue: 'que',
  ivr: 'ivr',
  trunk: 'trk',
  number: 'num',
  outboundRoute: 'obr',
  authorisationGroup: 'agr',
  schedule: 'sch',
  holiday: 'hol',
  voicemailBox: 'vmb',
  audioFile: 'aud',
  contact: 'con',
  apiKey: 'key',
  auditEntry: 'adt',
  cdr: 'cdr',
  registration: 'reg',
  webhookEndpoint: 'whk',
  webhookEvent: 'evt',
  webhookMessage: 'msg',
} as const;

export type IdEntity = keyof typeof ID_PREFIXES;
export type IdPrefix = (typeof ID_PREFIXES)[IdEntity];

/** Crockford base32 (no I, L, O, U), lower-case: URL-safe and unambiguous when read aloud. */
const CROCKFORD = '0123456789abcdefghjkmnpqrstvwxyz';
/** 16 random bytes = 128 bits = 26 base32 characters, as much entropy as a UUIDv4 and more. */
export const ID_BODY_LENGTH = 26;
const ID_BODY = new RegExp(`^[${CROCKFORD}]{${ID_BODY_LENGTH}}$`);

export type RandomSource = (size: number) => Uint8Array;

const cryptoRandom: RandomSource = (size) => randomBytes(size);

export function base32Encode(bytes: Uint8Array): string {
  let output = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      output += CROCKFORD[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) output += CROCKFORD[(buffer << (5 - bits)) & 31];
  return output;
}

/** A new prefixed id, e.g. `newId('usr')` → `usr_5x0…`. `random` is injectable for deterministic tests. */
export function newId(prefix: IdPrefix, random: RandomSource = cryptoRandom): string {
  return `${prefix}_${base32Encode(random(16))}`;
}

export function isId(prefix: IdPrefix, value: string): boolean {
  const [head, body, ...rest] = value.split('_');
  return head === prefix && rest.length === 0 && body !== undefined && ID_BODY.test(body);
}

/** Schema for an id of one entity; the message names the field's expected kind. */
export function idSchema(prefix: IdPrefix, label = 'id') {
  return z
    .string({ error: `${label} must be a string` })
    .regex(new RegExp(`^${prefix}_[${CROCKFORD}]{${ID_BODY_LENGTH}}$`), {
      error: `${label} must be an id starting with "${prefix}_" followed by ${ID_BODY_LENGTH} base32 characters`,
    });
}

export const resellerIdSchema = idSchema(ID_PREFIXES.reseller, 'reseller id');
export const tenantIdSchema = idSchema(ID_PREFIXES.tenant, 'tenant id');
export const siteIdSchema = idSchema(ID_PREFIXES.site, 'site id');
export const userIdSchema = idSchema(ID_PREFIXES.user, 'user id');
export const extensionIdSchema = idSchema(ID_PREFIXES.extension, 'extension id');
export const deviceIdSchema = idSchema(ID_PREFIXES.device, 'device id');
export const groupIdSchema = idSchema(ID_PREFIXES.group, 'group id');
export const queueIdSchema = idSchema(ID_PREFIXES.queue, 'queue id');
export const ivrIdSchema = idSchema(ID_PREFIXES.ivr, 'IVR id');
export const trunkIdSchema = idSchema(ID_PREFIXES.trunk, 'trunk id');
export const numberIdSchema = idSchema(ID_PREFIXES.number, 'number id');
export const outboundRouteIdSchema = idSchema(ID_PREFIXES.outboundRoute, 'outbound route id');
export const authorisationGroupIdSchema = idSchema(ID_PREFIXES.authorisationGroup, 'authorisation group id');
export const scheduleIdSchema = idSchema(ID_PREFIXES.schedule, 'schedule id');
export const holidayIdSchema = idSchema(ID_PREFIXES.holiday, 'holiday id');
export const voicemailBoxIdSchema = idSchema(ID_PREFIXES.voicemailBox, 'voicemail box id');
export const audioFileIdSchema = idSchema(ID_PREFIXES.audioFile, 'audio file id');
export const contactIdSchema = idSchema(ID_PREFIXES.contact, 'contact id');
export const apiKeyIdSchema = idSchema(ID_PREFIXES.apiKey, 'API key id');
export const auditEntryIdSchema = idSchema(ID_PREFIXES.auditEntry, 'audit entry id');
export const cdrIdSchema = idSchema(ID_PREFIXES.cdr, 'CDR id');
export const registrationIdSchema = idSchema(ID_PREFIXES.registration, 'registration id');
