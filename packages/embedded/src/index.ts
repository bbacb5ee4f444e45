export * from './bootstrap';
export * from './dynamodb-local';
export * from './environment';
export * from './errors';
export * from './portal';
export * from './ports';
export * from './s3-server';
export * from './storage-stack';
