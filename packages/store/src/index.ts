export * from './blob-store';
export * from './bucket-definitions';
export * from './client';
export type { StoreContext, TenantScope, WriteCondition } from './context';
export { CursorCodec, MAX_PAGE_LIMIT, MIN_PAGE_LIMIT, type Page, type PageRequest } from './cursor';
export { MAX_INDEXED_CDR_USERS } from './entities/cdr';
export { webhookOwnerKey } from './entities/webhook';
export * from './errors';
export { ApiKeyRepository, apiKeyOwnerKey } from './repositories/api-keys';
export type { AuditFilter } from './repositories/audit-log';
export type { CdrFilter, NewCdr } from './repositories/cdrs';
export { EphemeralRecords } from './repositories/ephemeral-records';
export { OwnedTenantRepository } from './repositories/owned-tenant-repository';
export { BATCH_WRITE_LIMIT, bindingKey, type RegistrationWrite } from './repositories/registrations';
export { type TenantOwnedItem, TenantRepository } from './repositories/tenant-repository';
export { MAX_RANGE_DAYS, type TimeRange } from './repositories/time-series';
export {
  type UserCredentials,
  type UserCredentialsPatch,
  UserCredentialsRepository,
  userCredentialsSchema,
} from './repositories/user-credentials';
export type { ItemPatch, NewItem } from './repositories/versioned-items';
export {
  type AttemptOutcome,
  type DeliveryRef,
  type NewDelivery,
  type QueuedDelivery,
  WEBHOOK_LOG_RETENTION_DAYS,
} from './repositories/webhook-deliveries';
export { MAX_WEBHOOK_ENDPOINTS_PER_OWNER } from './repositories/webhook-endpoints';
export * from './store';
export * from './table-definition';
export { epochSeconds, expiresAtFromNow, isExpired } from './ttl';
