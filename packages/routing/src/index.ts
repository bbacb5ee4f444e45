export * from './call-state';
export * from './dial-plan';
export * from './extension-call';
export * from './treatments';
