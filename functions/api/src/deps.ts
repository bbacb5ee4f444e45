import type { Logger } from '@carillon/logger';
import type { Store } from '@carillon/store';
import type { SessionCodec } from './auth/session-token';
import type { EphemeralRecords } from './storage/ephemeral-records';

/** What route files get from the app: built once per process, shared by every request. */
export interface ApiDeps {
  readonly store: Store;
  readonly sessions: SessionCodec;
  readonly ephemeral: EphemeralRecords;
  readonly log: Logger;
  readonly now: () => Date;
}
