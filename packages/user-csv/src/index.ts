export * from './columns';
export * from './export';
export * from './limits';
export * from './parse';
export * from './row-input';
