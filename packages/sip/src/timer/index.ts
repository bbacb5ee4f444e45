export type * from './clock';
export * from './virtual-clock';
