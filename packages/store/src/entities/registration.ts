import { registrationSchema } from '@carillon/domain';
import { TABLE_TTL_ATTRIBUTE } from '../table-definition';
import { attributesOf, type ElectroSchema, key, SERVICE } from './define';

/**
 * Registrar bindings (RFC 3261 §10) by address-of-record. One item per
 * binding, keyed by `bindingKey` (RFC 5626 instance + reg-id when the device
 * sends them, else the contact URI — §10.3 step 8 matches bindings by contact),
 * so a refresh replaces its binding and other devices on the same AOR stay.
 *
 * The domain's `expiresAtEpoch` is stored in the table's TTL attribute
 * (`expiresAt`, a number); the domain's ISO `expiresAt` moves to `expiresAtIso`.
 */
export const registrationEntitySchema: ElectroSchema = {
  model: { entity: 'registration', version: '1', service: SERVICE },
  attributes: {
    ...attributesOf(registrationSchema, ['tenantId', 'id', 'aor']),
    bindingKey: { type: 'string', required: true },
    expiresAt: { type: 'string', required: true, field: 'expiresAtIso' },
    expiresAtEpoch: { type: 'number', required: true, field: TABLE_TTL_ATTRIBUTE },
  },
  indexes: {
    byAor: {
      pk: key('pk', ['tenantId', 'aor'], 't#${tenantId}#reg#${aor}'),
      sk: key('sk', ['bindingKey'], '${bindingKey}'),
    },
  },
};
