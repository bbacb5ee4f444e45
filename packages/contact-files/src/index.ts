export * from './csv';
export * from './records';
export * from './vcard';
