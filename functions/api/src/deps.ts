import type { SecretBox } from '@carillon/auth';
import type { Logger } from '@carillon/logger';
import type { BlobStore, EphemeralRecords, Store, UserCredentialsRepository } from '@carillon/store';
import type { RateLimiter, RateLimits } from './auth/rate-limit';
import type { SessionCodec } from './auth/session-token';
import type { ApiConfig } from './config';
import type { Mailer } from './mail/mailer';

/** What route files get from the app: built once per process, shared by every request. */
export interface ApiDeps {
  readonly config: ApiConfig;
  readonly store: Store;
  /** Audio files and other blobs, reached by clients through presigned URLs. */
  readonly blobs: BlobStore;
  readonly sessions: SessionCodec;
  readonly ephemeral: EphemeralRecords;
  /** TOTP enrolment and session revocation per user (never part of the user record). */
  readonly credentials: UserCredentialsRepository;
  /** Seals TOTP seeds at rest. */
  readonly secretBox: SecretBox;
  /** Seals trunk passwords at rest (`enc:v1:` secret references), bound to tenant and trunk. */
  readonly trunkSecrets: SecretBox;
  readonly mailer: Mailer;
  readonly rateLimiter: RateLimiter;
  readonly limits: RateLimits;
  readonly log: Logger;
  readonly now: () => Date;
}
