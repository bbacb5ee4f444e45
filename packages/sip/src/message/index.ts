export * from './header-store';
export * from './headers';
export * from './parse-error';
export * from './reason-phrases';
export type * from './types';
