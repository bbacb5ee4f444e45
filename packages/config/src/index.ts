export * from './load-config';
export * from './secret-environment';
