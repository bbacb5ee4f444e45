import type { AccessScope } from '@carillon/domain';
import type { Logger } from '@carillon/logger';
import type { Principal } from './auth/principal';

/** Variables every request carries, set by the app's middleware in this order. */
export interface ApiEnv {
  Variables: {
    /** hono's request-id middleware; echoed in `x-request-id`. */
    requestId: string;
    /** Child logger with the request id (and, once known, the principal). */
    log: Logger;
    /** Set by `authenticate` on every `/v1` route that is not public. */
    principal: Principal;
    /** Set by `authorize`: whether the principal acts on every record in scope or only its own. */
    access: AccessScope;
  };
}
