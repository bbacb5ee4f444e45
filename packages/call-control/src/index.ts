export * from './action-result';
export * from './actions';
export * from './call-info';
export * from './errors';
export * from './event-builder';
export * from './events';
export * from './fallback';
export {
  actionTagSchema,
  callIdSchema,
  countrySchema,
  DTMF_PATTERN,
  legIdSchema,
  numberSchema,
  objectKeySchema,
  protocolVersionSchema,
  uriSchema,
} from './fields';
export * from './idempotency';
export * from './json-schema';
export * from './leg-report';
export * from './limits';
export * from './parse';
export * from './reply';
export * from './state';
