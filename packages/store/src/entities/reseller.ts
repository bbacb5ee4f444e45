import { type Reseller, resellerSchema } from '@carillon/domain';
import { attributesOf, type EntityDefinition, gsi, key, SERVICE } from './define';

/** Resellers are platform-level items (`r#<id>`); the directory of all resellers is one GSI partition (few, rarely written). */
export const resellerEntity: EntityDefinition<Reseller> = {
  name: 'reseller',
  schema: resellerSchema,
  electro: {
    model: { entity: 'reseller', version: '1', service: SERVICE },
    attributes: { ...attributesOf(resellerSchema, ['id']), directory: { type: 'string', required: true } },
    indexes: {
      byId: { pk: key('pk', ['id'], 'r#${id}'), sk: key('sk', [], 'reseller') },
      all: gsi(
        1,
        { composite: ['directory'], template: 'dir#${directory}' },
        { composite: ['id'], template: '${id}' },
      ),
    },
  },
  unique: [],
};
