import { expect, test } from 'vitest';
import { ACTION_TYPES } from './actions';
import { EVENT_TYPES } from './events';
import { protocolJsonSchema } from './json-schema';
import { MAX_ACTIONS_PER_REPLY } from './limits';

/** Every `const` in a JSON Schema document, wherever it sits. */
function constants(node: unknown, found = new Set<unknown>()): Set<unknown> {
  if (Array.isArray(node)) {
    for (const item of node) constants(item, found);
  } else if (typeof node === 'object' && node !== null) {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'const') found.add(value);
      constants(value, found);
    }
  }
  return found;
}

test('the JSON Schema is generated, is plain JSON, and names every action and event type', () => {
  const schema = protocolJsonSchema();
  const roundTripped = JSON.parse(JSON.stringify(schema)) as typeof schema;
  expect(roundTripped).toEqual(schema);

  const replyConstants = constants(schema.reply);
  const missingActions = ACTION_TYPES.filter((type) => !replyConstants.has(type));
  expect(missingActions).toEqual([]);

  const eventConstants = constants(schema.event);
  expect(EVENT_TYPES.filter((type) => !eventConstants.has(type))).toEqual([]);
});

test('limits reach the JSON Schema, so docs show them', () => {
  const reply = protocolJsonSchema().reply as { properties: { actions: { maxItems: number } } };
  expect(reply.properties.actions.maxItems).toBe(MAX_ACTIONS_PER_REPLY);
});
