export * from './bucket-definitions';
export * from './table-definition';
