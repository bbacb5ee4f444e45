export * from './dialog';
export * from './dialog-error';
export * from './dialog-id';
export * from './dialog-responses';
export * from './dialog-table';
export * from './forking';
export * from './in-dialog-request';
export * from './route-set';
