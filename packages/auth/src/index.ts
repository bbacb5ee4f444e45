export * from './one-time-codes';
export * from './password-hash';
export * from './secret-box';
export * from './totp';
