import { type Reseller, resellerSchema } from '@carillon/domain';
import { attributesOf, type EntityDefinition, gsi, key, SERVICE } from './define';

/**
 * Resellers are platform-level items (`r#<id>`); the directory of all
 * resellers is one GSI partition (few, rarely written), and each reseller's
 * direct sub-resellers another (`parentKey`: the parent's id, `platform` for
 * top-level resellers).
 */
export const resellerEntity: EntityDefinition<Reseller> = {
  name: 'reseller',
  schema: resellerSchema,
  electro: {
    model: { entity: 'reseller', version: '1', service: SERVICE },
    attributes: {
      ...attributesOf(resellerSchema, ['id']),
      directory: { type: 'string', required: true },
      parentKey: { type: 'string', required: true },
    },
    indexes: {
      byId: { pk: key('pk', ['id'], 'r#${id}'), sk: key('sk', [], 'reseller') },
      all: gsi(
        1,
        { composite: ['directory'], template: 'dir#${directory}' },
        { composite: ['id'], template: '${id}' },
      ),
      byParent: gsi(
        2,
        { composite: ['parentKey'], template: 'r#${parentKey}#resellers' },
        { composite: ['id'], template: '${id}' },
      ),
    },
  },
  unique: [],
};
