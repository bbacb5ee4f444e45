/**
 * GENERATED from the control-plane API's OpenAPI document by openapi-typescript.
 * Do not edit: run `pnpm generate:api-client` after changing a route.
 */

export interface paths {
    "/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in to the portal
         * @description Sets an httpOnly session cookie and returns the CSRF token.
         *
         *     A user with TOTP enrolled sends `totpCode` (or one `recoveryCode`) with e-mail and password; without it the answer is 401 `second-factor-required` (the password was right: ask for the code and send all three again).
         *
         *     After 5 failed attempts (wrong password or wrong code) an address is locked for 30 s, doubling per further failure up to 900 s; failures are forgotten 60 minutes after the last one (429 `login-locked` with Retry-After).
         *
         *     Logins are also limited per source address (RATE_LIMIT_LOGIN_PER_ADDRESS per window, 429 `rate-limited`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["LoginInput"];
                };
            };
            responses: {
                /** @description Logged in */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Session"];
                    };
                };
                /** @description Malformed request (JSON, query, cursor) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `invalid-credentials` (e-mail or password), `second-factor-required` or `invalid-second-factor` */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `account-suspended`: the tenant of the user is suspended */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource in reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A unique value is taken, or a request with this Idempotency-Key is running */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description If-Match does not match the current version */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid fields (each named in errors) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description If-Match is required */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed attempts or requests; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Server error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /**
         * Log out
         * @description Clears the session cookies. Public: it needs no valid session, so an expired one can be cleared too.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Logged out; cookies cleared */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask for a password-reset link by e-mail
         * @description Always 202 with the same body, whether the address has an account or not. The mail links to the portal's `/reset-password#token=…`; the token works once, for 30 minutes. Limited per source address (429 with Retry-After) and to a few mails per address and hour (beyond: still 202, no mail).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PasswordResetRequest"];
                };
            };
            responses: {
                /** @description Accepted */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PasswordResetAccepted"];
                    };
                };
                /** @description Malformed JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description e-mail missing or not an address */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests from this address; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a new password with the token of a reset link
         * @description Spends the token, sets the new password and ends every session of the user (log in again). A second factor stays enrolled and is still asked at login.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PasswordResetConfirm"];
                };
            };
            responses: {
                /** @description Password changed */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `invalid-reset-token`: unknown, used or expired token (field `token`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The new password breaks the policy (field `password`) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many attempts from this address; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller: role, tenant and, for a portal session, the user */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The caller */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Me"];
                    };
                };
                /** @description Malformed request (JSON, query, cursor) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role or API key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource in reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Server error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/totp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether the caller has a second factor
         * @description Portal sessions only (an API key has no user: 403 `session-required`); unsafe methods need X-CSRF-Token.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The status */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TotpStatus"];
                    };
                };
                /** @description Malformed request (JSON, query, cursor) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role or API key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource in reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Server error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Start TOTP enrolment
         * @description Needs the password again (a stolen session must not bind its own authenticator). Returns the otpauth URI once; the factor is `pending` until POST /me/totp/confirm. Starting again while pending replaces the secret; while active → 409. Portal sessions only (an API key has no user: 403 `session-required`); unsafe methods need X-CSRF-Token.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TotpEnrolInput"];
                };
            };
            responses: {
                /** @description Enrolment started */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TotpEnrolment"];
                    };
                };
                /** @description Malformed request (JSON, query, cursor) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role or API key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource in reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A unique value is taken, or a request with this Idempotency-Key is running */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description If-Match does not match the current version */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid fields (each named in errors) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description If-Match is required */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Server error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/totp/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm TOTP enrolment with the first code
         * @description Activates the second factor and returns the recovery codes, once. Portal sessions only (an API key has no user: 403 `session-required`); unsafe methods need X-CSRF-Token.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TotpConfirmInput"];
                };
            };
            responses: {
                /** @description Active */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TotpRecoveryCodes"];
                    };
                };
                /** @description Malformed request (JSON, query, cursor) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role or API key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource in reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A unique value is taken, or a request with this Idempotency-Key is running */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description If-Match does not match the current version */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid fields (each named in errors) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description If-Match is required */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Server error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/totp/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Turn the second factor off
         * @description Needs the password and a code (TOTP or recovery). Portal sessions only (an API key has no user: 403 `session-required`); unsafe methods need X-CSRF-Token.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TotpProofInput"];
                };
            };
            responses: {
                /** @description Off */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Malformed request (JSON, query, cursor) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role or API key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource in reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A unique value is taken, or a request with this Idempotency-Key is running */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description If-Match does not match the current version */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid fields (each named in errors) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description If-Match is required */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Server error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/totp/recovery-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replace the recovery codes
         * @description Needs the password and a code; the old recovery codes stop working. Portal sessions only (an API key has no user: 403 `session-required`); unsafe methods need X-CSRF-Token.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TotpProofInput"];
                };
            };
            responses: {
                /** @description New codes */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TotpRecoveryCodes"];
                    };
                };
                /** @description Malformed request (JSON, query, cursor) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role or API key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource in reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A unique value is taken, or a request with this Idempotency-Key is running */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description If-Match does not match the current version */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid fields (each named in errors) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description If-Match is required */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Server error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenants/{tenantId}/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the users of a tenant */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description One page of users */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UserPage"];
                    };
                };
                /** @description Malformed request (JSON, query, cursor) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role or API key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource in reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Server error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a user
         * @description The password, if given, is hashed with argon2id; no hash is ever returned.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Repeat a POST safely: the same key returns the first result */
                    "idempotency-key"?: string;
                };
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        login: string;
                        email: string;
                        firstName: string;
                        lastName: string;
                        /** @default en */
                        language?: string;
                        /**
                         * @default user
                         * @enum {string}
                         */
                        role?: "tenant-admin" | "user";
                        /**
                         * @default {
                         *       "functionKeys": true,
                         *       "busyLampField": true,
                         *       "showActiveCallPartner": false,
                         *       "fax": true,
                         *       "callForwarding": true,
                         *       "overrideCallForward": false,
                         *       "preferences": true,
                         *       "ifmcUse": true,
                         *       "ifmcEdit": true,
                         *       "callLists": true,
                         *       "directory": true,
                         *       "editGlobalContacts": false,
                         *       "voicemail": true,
                         *       "voicemailConfiguration": true,
                         *       "hotDesking": true,
                         *       "conference": true,
                         *       "callManager": true,
                         *       "callWaiting": true,
                         *       "callRecording": false,
                         *       "manageOwnRecordings": false,
                         *       "allowClip": true,
                         *       "allowClir": true,
                         *       "allowDnd": true,
                         *       "groupPickup": true,
                         *       "directPickup": false,
                         *       "intercom": false,
                         *       "setNightService": false,
                         *       "queueLogon": true,
                         *       "monitorQueues": false,
                         *       "impersonate": false
                         *     }
                         */
                        rights?: {
                            /** @default true */
                            functionKeys?: boolean;
                            /** @default true */
                            busyLampField?: boolean;
                            /** @default false */
                            showActiveCallPartner?: boolean;
                            /** @default true */
                            fax?: boolean;
                            /** @default true */
                            callForwarding?: boolean;
                            /** @default false */
                            overrideCallForward?: boolean;
                            /** @default true */
                            preferences?: boolean;
                            /** @default true */
                            ifmcUse?: boolean;
                            /** @default true */
                            ifmcEdit?: boolean;
                            /** @default true */
                            callLists?: boolean;
                            /** @default true */
                            directory?: boolean;
                            /** @default false */
                            editGlobalContacts?: boolean;
                            /** @default true */
                            voicemail?: boolean;
                            /** @default true */
                            voicemailConfiguration?: boolean;
                            /** @default true */
                            hotDesking?: boolean;
                            /** @default true */
                            conference?: boolean;
                            /** @default true */
                            callManager?: boolean;
                            /** @default true */
                            callWaiting?: boolean;
                            /** @default false */
                            callRecording?: boolean;
                            /** @default false */
                            manageOwnRecordings?: boolean;
                            /** @default true */
                            allowClip?: boolean;
                            /** @default true */
                            allowClir?: boolean;
                            /** @default true */
                            allowDnd?: boolean;
                            /** @default true */
                            groupPickup?: boolean;
                            /** @default false */
                            directPickup?: boolean;
                            /** @default false */
                            intercom?: boolean;
                            /** @default false */
                            setNightService?: boolean;
                            /** @default true */
                            queueLogon?: boolean;
                            /** @default false */
                            monitorQueues?: boolean;
                            /** @default false */
                            impersonate?: boolean;
                        };
                        extensionNumber: string;
                        /** @default null */
                        siteId?: string | null;
                        /** @default false */
                        hideFromDirectory?: boolean;
                        /** @default null */
                        operatorExtension?: string | null;
                        /** @default null */
                        outboundCallerId?: string | null;
                        note?: string;
                        password?: string;
                        pin?: string;
                    };
                };
            };
            responses: {
                /** @description The new user */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description Malformed request (JSON, query, cursor) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role or API key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource in reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A unique value is taken, or a request with this Idempotency-Key is running */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description If-Match does not match the current version */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid fields (each named in errors) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description If-Match is required */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Server error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenants/{tenantId}/users/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a user */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The user; ETag carries its version */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description Malformed request (JSON, query, cursor) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role or API key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource in reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Server error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Delete a user
         * @description Releases the extension number, login and e-mail address.
         */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description ETag from the last read (required; `*` for any version) */
                    "if-match"?: string;
                };
                path: {
                    tenantId: string;
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Malformed request (JSON, query, cursor) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role or API key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource in reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A unique value is taken, or a request with this Idempotency-Key is running */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description If-Match does not match the current version */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid fields (each named in errors) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description If-Match is required */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Server error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Change a user
         * @description Send If-Match with the ETag you read; 412 when someone changed the user since.
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description ETag from the last read (required; `*` for any version) */
                    "if-match"?: string;
                };
                path: {
                    tenantId: string;
                    userId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        login?: string;
                        email?: string;
                        firstName?: string;
                        lastName?: string;
                        language?: string;
                        /** @enum {string} */
                        role?: "tenant-admin" | "user";
                        rights?: {
                            /** @default true */
                            functionKeys?: boolean;
                            /** @default true */
                            busyLampField?: boolean;
                            /** @default false */
                            showActiveCallPartner?: boolean;
                            /** @default true */
                            fax?: boolean;
                            /** @default true */
                            callForwarding?: boolean;
                            /** @default false */
                            overrideCallForward?: boolean;
                            /** @default true */
                            preferences?: boolean;
                            /** @default true */
                            ifmcUse?: boolean;
                            /** @default true */
                            ifmcEdit?: boolean;
                            /** @default true */
                            callLists?: boolean;
                            /** @default true */
                            directory?: boolean;
                            /** @default false */
                            editGlobalContacts?: boolean;
                            /** @default true */
                            voicemail?: boolean;
                            /** @default true */
                            voicemailConfiguration?: boolean;
                            /** @default true */
                            hotDesking?: boolean;
                            /** @default true */
                            conference?: boolean;
                            /** @default true */
                            callManager?: boolean;
                            /** @default true */
                            callWaiting?: boolean;
                            /** @default false */
                            callRecording?: boolean;
                            /** @default false */
                            manageOwnRecordings?: boolean;
                            /** @default true */
                            allowClip?: boolean;
                            /** @default true */
                            allowClir?: boolean;
                            /** @default true */
                            allowDnd?: boolean;
                            /** @default true */
                            groupPickup?: boolean;
                            /** @default false */
                            directPickup?: boolean;
                            /** @default false */
                            intercom?: boolean;
                            /** @default false */
                            setNightService?: boolean;
                            /** @default true */
                            queueLogon?: boolean;
                            /** @default false */
                            monitorQueues?: boolean;
                            /** @default false */
                            impersonate?: boolean;
                        };
                        extensionNumber?: string;
                        siteId?: string | null;
                        hideFromDirectory?: boolean;
                        operatorExtension?: string | null;
                        outboundCallerId?: string | null;
                        note?: string;
                        pin?: string;
                    };
                };
            };
            responses: {
                /** @description The changed user */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description Malformed request (JSON, query, cursor) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not authenticated */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role or API key scope does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource in reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A unique value is taken, or a request with this Idempotency-Key is running */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description If-Match does not match the current version */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid fields (each named in errors) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description If-Match is required */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Server error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Session: {
            user: {
                id: string;
                login: string;
                email: string;
                firstName: string;
                lastName: string;
                /** @default en */
                language: string;
                /**
                 * @default user
                 * @enum {string}
                 */
                role: "tenant-admin" | "user";
                /**
                 * @default {
                 *       "functionKeys": true,
                 *       "busyLampField": true,
                 *       "showActiveCallPartner": false,
                 *       "fax": true,
                 *       "callForwarding": true,
                 *       "overrideCallForward": false,
                 *       "preferences": true,
                 *       "ifmcUse": true,
                 *       "ifmcEdit": true,
                 *       "callLists": true,
                 *       "directory": true,
                 *       "editGlobalContacts": false,
                 *       "voicemail": true,
                 *       "voicemailConfiguration": true,
                 *       "hotDesking": true,
                 *       "conference": true,
                 *       "callManager": true,
                 *       "callWaiting": true,
                 *       "callRecording": false,
                 *       "manageOwnRecordings": false,
                 *       "allowClip": true,
                 *       "allowClir": true,
                 *       "allowDnd": true,
                 *       "groupPickup": true,
                 *       "directPickup": false,
                 *       "intercom": false,
                 *       "setNightService": false,
                 *       "queueLogon": true,
                 *       "monitorQueues": false,
                 *       "impersonate": false
                 *     }
                 */
                rights: {
                    /** @default true */
                    functionKeys: boolean;
                    /** @default true */
                    busyLampField: boolean;
                    /** @default false */
                    showActiveCallPartner: boolean;
                    /** @default true */
                    fax: boolean;
                    /** @default true */
                    callForwarding: boolean;
                    /** @default false */
                    overrideCallForward: boolean;
                    /** @default true */
                    preferences: boolean;
                    /** @default true */
                    ifmcUse: boolean;
                    /** @default true */
                    ifmcEdit: boolean;
                    /** @default true */
                    callLists: boolean;
                    /** @default true */
                    directory: boolean;
                    /** @default false */
                    editGlobalContacts: boolean;
                    /** @default true */
                    voicemail: boolean;
                    /** @default true */
                    voicemailConfiguration: boolean;
                    /** @default true */
                    hotDesking: boolean;
                    /** @default true */
                    conference: boolean;
                    /** @default true */
                    callManager: boolean;
                    /** @default true */
                    callWaiting: boolean;
                    /** @default false */
                    callRecording: boolean;
                    /** @default false */
                    manageOwnRecordings: boolean;
                    /** @default true */
                    allowClip: boolean;
                    /** @default true */
                    allowClir: boolean;
                    /** @default true */
                    allowDnd: boolean;
                    /** @default true */
                    groupPickup: boolean;
                    /** @default false */
                    directPickup: boolean;
                    /** @default false */
                    intercom: boolean;
                    /** @default false */
                    setNightService: boolean;
                    /** @default true */
                    queueLogon: boolean;
                    /** @default false */
                    monitorQueues: boolean;
                    /** @default false */
                    impersonate: boolean;
                };
                extensionNumber: string;
                /** @default null */
                siteId: string | null;
                /** @default false */
                hideFromDirectory: boolean;
                /** @default null */
                operatorExtension: string | null;
                /** @default null */
                outboundCallerId: string | null;
                note?: string;
                /**
                 * Format: date-time
                 * @default null
                 */
                lastLoginAt: string | null;
                tenantId: string;
                version: number;
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                updatedAt: string;
            };
            /** @description Send in x-csrf-token on every unsafe request */
            csrfToken: string;
            expiresAt: string;
        };
        /** @description RFC 9457 problem details */
        Problem: {
            /** @example about:blank */
            type: string;
            /** @example Unprocessable Content */
            title: string;
            /** @example 422 */
            status: number;
            /** @example validation-failed */
            code: string;
            detail?: string;
            instance?: string;
            requestId?: string;
            /** @description Each invalid field, by dotted path */
            errors?: {
                field: string;
                message: string;
            }[];
        };
        LoginInput: {
            email: string;
            password: string;
            /** @description The 6-digit code of the authenticator app, once TOTP is enrolled */
            totpCode?: string;
            /** @description Instead of totpCode: one of the recovery codes (each works once) */
            recoveryCode?: string;
        };
        PasswordResetAccepted: {
            /** @enum {string} */
            status: "accepted";
            detail: string;
        };
        PasswordResetRequest: {
            email: string;
        };
        PasswordResetConfirm: {
            /** @description The `token` of the link's fragment (`/reset-password#token=…`) */
            token: string;
            /** @description The new portal password (at least 12 characters, not the login or e-mail name) */
            password: string;
        };
        Me: {
            /**
             * @description How the caller authenticated
             * @enum {string}
             */
            via: "session" | "api-key";
            /** @enum {string} */
            role: "operator" | "reseller-admin" | "tenant-admin" | "user";
            /** @description The tenant the caller belongs to, if any */
            tenantId: string | null;
            /** @description The reseller the caller belongs to, if any */
            resellerId: string | null;
            /** @description The user behind a portal session; null for an API key */
            user: {
                id: string;
                login: string;
                email: string;
                firstName: string;
                lastName: string;
                /** @default en */
                language: string;
                /**
                 * @default user
                 * @enum {string}
                 */
                role: "tenant-admin" | "user";
                /**
                 * @default {
                 *       "functionKeys": true,
                 *       "busyLampField": true,
                 *       "showActiveCallPartner": false,
                 *       "fax": true,
                 *       "callForwarding": true,
                 *       "overrideCallForward": false,
                 *       "preferences": true,
                 *       "ifmcUse": true,
                 *       "ifmcEdit": true,
                 *       "callLists": true,
                 *       "directory": true,
                 *       "editGlobalContacts": false,
                 *       "voicemail": true,
                 *       "voicemailConfiguration": true,
                 *       "hotDesking": true,
                 *       "conference": true,
                 *       "callManager": true,
                 *       "callWaiting": true,
                 *       "callRecording": false,
                 *       "manageOwnRecordings": false,
                 *       "allowClip": true,
                 *       "allowClir": true,
                 *       "allowDnd": true,
                 *       "groupPickup": true,
                 *       "directPickup": false,
                 *       "intercom": false,
                 *       "setNightService": false,
                 *       "queueLogon": true,
                 *       "monitorQueues": false,
                 *       "impersonate": false
                 *     }
                 */
                rights: {
                    /** @default true */
                    functionKeys: boolean;
                    /** @default true */
                    busyLampField: boolean;
                    /** @default false */
                    showActiveCallPartner: boolean;
                    /** @default true */
                    fax: boolean;
                    /** @default true */
                    callForwarding: boolean;
                    /** @default false */
                    overrideCallForward: boolean;
                    /** @default true */
                    preferences: boolean;
                    /** @default true */
                    ifmcUse: boolean;
                    /** @default true */
                    ifmcEdit: boolean;
                    /** @default true */
                    callLists: boolean;
                    /** @default true */
                    directory: boolean;
                    /** @default false */
                    editGlobalContacts: boolean;
                    /** @default true */
                    voicemail: boolean;
                    /** @default true */
                    voicemailConfiguration: boolean;
                    /** @default true */
                    hotDesking: boolean;
                    /** @default true */
                    conference: boolean;
                    /** @default true */
                    callManager: boolean;
                    /** @default true */
                    callWaiting: boolean;
                    /** @default false */
                    callRecording: boolean;
                    /** @default false */
                    manageOwnRecordings: boolean;
                    /** @default true */
                    allowClip: boolean;
                    /** @default true */
                    allowClir: boolean;
                    /** @default true */
                    allowDnd: boolean;
                    /** @default true */
                    groupPickup: boolean;
                    /** @default false */
                    directPickup: boolean;
                    /** @default false */
                    intercom: boolean;
                    /** @default false */
                    setNightService: boolean;
                    /** @default true */
                    queueLogon: boolean;
                    /** @default false */
                    monitorQueues: boolean;
                    /** @default false */
                    impersonate: boolean;
                };
                extensionNumber: string;
                /** @default null */
                siteId: string | null;
                /** @default false */
                hideFromDirectory: boolean;
                /** @default null */
                operatorExtension: string | null;
                /** @default null */
                outboundCallerId: string | null;
                note?: string;
                /**
                 * Format: date-time
                 * @default null
                 */
                lastLoginAt: string | null;
                tenantId: string;
                version: number;
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                updatedAt: string;
            } | null;
        };
        TotpStatus: {
            /**
             * @description `pending`: enrolled but not confirmed by a first code; only `active` is asked for at login
             * @enum {string}
             */
            status: "off" | "pending" | "active";
            /** @description Unused recovery codes; null when off */
            recoveryCodesLeft: number | null;
        };
        TotpEnrolment: {
            /**
             * @description otpauth://totp/… URI with the secret, for a QR code. Shown this once; the secret is never returned again.
             * @example otpauth://totp/Carillon:ada%40example.test?issuer=Carillon&secret=…&algorithm=SHA1&digits=6&period=30
             */
            otpauthUri: string;
            /** @enum {string} */
            status: "pending";
        };
        TotpEnrolInput: {
            password: string;
        };
        TotpRecoveryCodes: {
            /** @enum {string} */
            status: "active";
            /** @description Single-use codes for a lost authenticator; shown this once, stored only hashed */
            recoveryCodes: string[];
        };
        TotpConfirmInput: {
            /** @description The current code of the authenticator app, or (to prove possession) a recovery code */
            code: string;
        };
        /** @description The password and a current TOTP code or an unused recovery code */
        TotpProofInput: {
            password: string;
            /** @description The current code of the authenticator app, or (to prove possession) a recovery code */
            code: string;
        };
        UserPage: {
            items: components["schemas"]["User"][];
            /** @description Pass as `cursor` to get the next page; absent on the last page */
            nextCursor?: string;
        };
        User: {
            id: string;
            login: string;
            email: string;
            firstName: string;
            lastName: string;
            /** @default en */
            language: string;
            /**
             * @default user
             * @enum {string}
             */
            role: "tenant-admin" | "user";
            /**
             * @default {
             *       "functionKeys": true,
             *       "busyLampField": true,
             *       "showActiveCallPartner": false,
             *       "fax": true,
             *       "callForwarding": true,
             *       "overrideCallForward": false,
             *       "preferences": true,
             *       "ifmcUse": true,
             *       "ifmcEdit": true,
             *       "callLists": true,
             *       "directory": true,
             *       "editGlobalContacts": false,
             *       "voicemail": true,
             *       "voicemailConfiguration": true,
             *       "hotDesking": true,
             *       "conference": true,
             *       "callManager": true,
             *       "callWaiting": true,
             *       "callRecording": false,
             *       "manageOwnRecordings": false,
             *       "allowClip": true,
             *       "allowClir": true,
             *       "allowDnd": true,
             *       "groupPickup": true,
             *       "directPickup": false,
             *       "intercom": false,
             *       "setNightService": false,
             *       "queueLogon": true,
             *       "monitorQueues": false,
             *       "impersonate": false
             *     }
             */
            rights: {
                /** @default true */
                functionKeys: boolean;
                /** @default true */
                busyLampField: boolean;
                /** @default false */
                showActiveCallPartner: boolean;
                /** @default true */
                fax: boolean;
                /** @default true */
                callForwarding: boolean;
                /** @default false */
                overrideCallForward: boolean;
                /** @default true */
                preferences: boolean;
                /** @default true */
                ifmcUse: boolean;
                /** @default true */
                ifmcEdit: boolean;
                /** @default true */
                callLists: boolean;
                /** @default true */
                directory: boolean;
                /** @default false */
                editGlobalContacts: boolean;
                /** @default true */
                voicemail: boolean;
                /** @default true */
                voicemailConfiguration: boolean;
                /** @default true */
                hotDesking: boolean;
                /** @default true */
                conference: boolean;
                /** @default true */
                callManager: boolean;
                /** @default true */
                callWaiting: boolean;
                /** @default false */
                callRecording: boolean;
                /** @default false */
                manageOwnRecordings: boolean;
                /** @default true */
                allowClip: boolean;
                /** @default true */
                allowClir: boolean;
                /** @default true */
                allowDnd: boolean;
                /** @default true */
                groupPickup: boolean;
                /** @default false */
                directPickup: boolean;
                /** @default false */
                intercom: boolean;
                /** @default false */
                setNightService: boolean;
                /** @default true */
                queueLogon: boolean;
                /** @default false */
                monitorQueues: boolean;
                /** @default false */
                impersonate: boolean;
            };
            extensionNumber: string;
            /** @default null */
            siteId: string | null;
            /** @default false */
            hideFromDirectory: boolean;
            /** @default null */
            operatorExtension: string | null;
            /** @default null */
            outboundCallerId: string | null;
            note?: string;
            /**
             * Format: date-time
             * @default null
             */
            lastLoginAt: string | null;
            tenantId: string;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
