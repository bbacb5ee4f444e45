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
    "/me/softphone": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create or re-key the caller's browser softphone and return its SIP credentials once
         * @description Portal sessions only; needs X-CSRF-Token. Finds the WebRTC device of the session user or creates one (`Browser softphone`), sets a new generated SIP password and returns it in this response only (`Cache-Control: no-store`). The previous password of that device stops working. No request body.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The device existed and was re-keyed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SoftphoneCredentials"];
                    };
                };
                /** @description The device was created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SoftphoneCredentials"];
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
    "/tenants/{tenantId}/trunks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the trunks of a tenant
         * @description SIP trunks to providers with registration, transport, caller-ID handling, codecs and allowed subnets (T640 manual L2389-2730). `password` is write-only; reads show `hasPassword`.
         */
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
                /** @description One page of trunks */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TrunkPage"];
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
         * Create a trunk
         * @description `password` is sealed (AES-256-GCM, bound to tenant and trunk) and never returned; the response says `hasPassword`.
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
                        name: string;
                        registrar: string;
                        /** @default null */
                        proxy?: string | null;
                        username: string;
                        /** @default null */
                        authUsername?: string | null;
                        /** @default true */
                        register?: boolean;
                        /** @default true */
                        allowOutbound?: boolean;
                        /** @default true */
                        allowInbound?: boolean;
                        /**
                         * @default udp
                         * @enum {string}
                         */
                        transport?: "udp" | "tcp" | "tls";
                        /** @default 5060 */
                        port?: number;
                        /** @default null */
                        fromUser?: string | null;
                        /** @default null */
                        fromDomain?: string | null;
                        /**
                         * @default rfc2833
                         * @enum {string}
                         */
                        dtmfMode?: "rfc2833" | "inband" | "info";
                        /** @default false */
                        t38?: boolean;
                        /**
                         * @default from
                         * @enum {string}
                         */
                        callerIdHeader?: "from" | "p-asserted-identity" | "remote-party-id";
                        /** @default false */
                        trustRemotePartyId?: boolean;
                        /** @default false */
                        clipNoScreening?: boolean;
                        /**
                         * @default request-uri
                         * @enum {string}
                         */
                        destinationSource?: "request-uri" | "to-header";
                        /** @default null */
                        maxConcurrentCalls?: number | null;
                        /**
                         * @default [
                         *       "pcma",
                         *       "pcmu",
                         *       "telephone-event"
                         *     ]
                         */
                        codecs?: ("pcma" | "pcmu" | "g722" | "g729" | "opus" | "telephone-event")[];
                        /**
                         * @default [
                         *       "0.0.0.0/0"
                         *     ]
                         */
                        allowedSubnets?: string[];
                        /** @default 0 */
                        nationalPrefix?: string;
                        /** @default 00 */
                        internationalPrefix?: string;
                        password?: string;
                    };
                };
            };
            responses: {
                /** @description The new trunk */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Trunk"];
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
    "/tenants/{tenantId}/trunks/{trunkId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a trunk */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                    trunkId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The trunk; ETag carries its version */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Trunk"];
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
        /** Delete a trunk */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description ETag from the last read (required; `*` for any version) */
                    "if-match"?: string;
                };
                path: {
                    tenantId: string;
                    trunkId: string;
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
         * Change a trunk
         * @description Send If-Match with the ETag you read; 412 when someone changed the trunk since.
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
                    trunkId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        registrar?: string;
                        proxy?: string | null;
                        username?: string;
                        authUsername?: string | null;
                        register?: boolean;
                        allowOutbound?: boolean;
                        allowInbound?: boolean;
                        /** @enum {string} */
                        transport?: "udp" | "tcp" | "tls";
                        port?: number;
                        fromUser?: string | null;
                        fromDomain?: string | null;
                        /** @enum {string} */
                        dtmfMode?: "rfc2833" | "inband" | "info";
                        t38?: boolean;
                        /** @enum {string} */
                        callerIdHeader?: "from" | "p-asserted-identity" | "remote-party-id";
                        trustRemotePartyId?: boolean;
                        clipNoScreening?: boolean;
                        /** @enum {string} */
                        destinationSource?: "request-uri" | "to-header";
                        maxConcurrentCalls?: number | null;
                        codecs?: ("pcma" | "pcmu" | "g722" | "g729" | "opus" | "telephone-event")[];
                        allowedSubnets?: string[];
                        nationalPrefix?: string;
                        internationalPrefix?: string;
                        password?: string | null;
                    };
                };
            };
            responses: {
                /** @description The changed trunk */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Trunk"];
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
    "/tenants/{tenantId}/voicemail-boxes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the voicemail boxes of a tenant
         * @description Voicemail boxes of users and groups with their own extension, PIN, greeting and e-mail notification (T640 manual L843-855). A user reads and changes their own box's PIN, greeting and notification.
         */
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
                /** @description One page of voicemail boxes */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VoicemailBoxPage"];
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
         * Create a voicemail box
         * @description The PIN is hashed with argon2id; it is never returned.
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
                        name: string;
                        extensionNumber: string;
                        /** @default null */
                        ownerUserId?: string | null;
                        /** @default null */
                        ownerGroupId?: string | null;
                        /** @default null */
                        greetingAudioFileId?: string | null;
                        /** @default false */
                        greetingOnly?: boolean;
                        /** @default 1800 */
                        maxMessageSeconds?: number;
                        /** @default null */
                        notifyEmail?: string | null;
                        /** @default true */
                        attachAudio?: boolean;
                        /** @default false */
                        deleteAfterEmail?: boolean;
                        /** @default null */
                        language?: string | null;
                        pin: string;
                    };
                };
            };
            responses: {
                /** @description The new voicemail box */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VoicemailBox"];
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
    "/tenants/{tenantId}/voicemail-boxes/{voicemailBoxId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a voicemail box */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                    voicemailBoxId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The voicemail box; ETag carries its version */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VoicemailBox"];
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
        /** Delete a voicemail box */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description ETag from the last read (required; `*` for any version) */
                    "if-match"?: string;
                };
                path: {
                    tenantId: string;
                    voicemailBoxId: string;
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
         * Change a voicemail box
         * @description Send If-Match with the ETag you read; 412 when someone changed the voicemail box since.
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
                    voicemailBoxId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        extensionNumber?: string;
                        ownerUserId?: string | null;
                        ownerGroupId?: string | null;
                        greetingAudioFileId?: string | null;
                        greetingOnly?: boolean;
                        maxMessageSeconds?: number;
                        notifyEmail?: string | null;
                        attachAudio?: boolean;
                        deleteAfterEmail?: boolean;
                        language?: string | null;
                        pin?: string;
                    };
                };
            };
            responses: {
                /** @description The changed voicemail box */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VoicemailBox"];
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
    "/tenants/{tenantId}/contacts/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import contacts from a vCard or CSV file
         * @description Send the file as the body: `text/vcard` (vCard 3.0 or 4.0, any number of cards) or `text/csv` (the T640 columns: First name, Last name, Company, Office, Office-Quickdial, Mobile, Mobile-Quickdial, Home, Home-Quickdial, E-mail). At most 1000 contacts and 1 MiB per file. Each record is created or refused on its own; the report names each refused record by position and line with the invalid fields.
         */
        post: {
            parameters: {
                query?: {
                    /** @description Directory to import into; default global (personal for a user importing their own) */
                    scope?: "global" | "personal";
                    /** @description Owner of imported personal contacts; a user importing their own may leave it out */
                    ownerUserId?: string;
                };
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
                    "text/csv": string;
                    "text/vcard": string;
                };
            };
            responses: {
                /** @description What became of each record */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ContactImportResult"];
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
    "/tenants/{tenantId}/contacts/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export contacts as CSV
         * @description The T640 CSV (import header, UTF-8, CRLF), which imports again unchanged; a user gets their personal contacts. At most 10000 contacts; a larger directory is read through the paged list.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The contacts */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
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
    "/tenants/{tenantId}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the contacts of a tenant
         * @description Global and personal directory contacts (T640 manual L1458-1595). A user sees and changes only their personal contacts; a personal contact names its owner in `ownerUserId`.
         */
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
                /** @description One page of contacts */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ContactPage"];
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
        /** Create a contact */
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
                        /** @enum {string} */
                        scope: "global" | "personal";
                        /** @default null */
                        ownerUserId?: string | null;
                        firstName?: string;
                        lastName?: string;
                        company?: string;
                        /** @default [] */
                        numbers?: {
                            /** @enum {string} */
                            type: "office" | "mobile" | "home" | "fax" | "other";
                            number: string;
                            /** @default null */
                            quickDial?: string | null;
                        }[];
                        /** @default [] */
                        emails?: string[];
                    };
                };
            };
            responses: {
                /** @description The new contact */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Contact"];
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
    "/tenants/{tenantId}/contacts/{contactId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a contact */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                    contactId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The contact; ETag carries its version */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Contact"];
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
        /** Delete a contact */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description ETag from the last read (required; `*` for any version) */
                    "if-match"?: string;
                };
                path: {
                    tenantId: string;
                    contactId: string;
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
         * Change a contact
         * @description Send If-Match with the ETag you read; 412 when someone changed the contact since.
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
                    contactId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        firstName?: string;
                        lastName?: string;
                        company?: string;
                        numbers?: {
                            /** @enum {string} */
                            type: "office" | "mobile" | "home" | "fax" | "other";
                            number: string;
                            /** @default null */
                            quickDial?: string | null;
                        }[];
                        emails?: string[];
                    };
                };
            };
            responses: {
                /** @description The changed contact */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Contact"];
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
    "/tenants/{tenantId}/sites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the sites of a tenant
         * @description Locations of a tenant with their postal address, time zone and emergency call-back number (the address the emergency service is given).
         */
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
                /** @description One page of sites */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SitePage"];
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
        /** Create a site */
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
                        name: string;
                        address: {
                            street: string;
                            postalCode: string;
                            city: string;
                            region?: string;
                            country: string;
                        };
                        timeZone?: string;
                        /** @default null */
                        emergencyCallbackNumber?: string | null;
                        emergencyLocationNote?: string;
                    };
                };
            };
            responses: {
                /** @description The new site */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Site"];
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
    "/tenants/{tenantId}/sites/{siteId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a site */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                    siteId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The site; ETag carries its version */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Site"];
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
        /** Delete a site */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description ETag from the last read (required; `*` for any version) */
                    "if-match"?: string;
                };
                path: {
                    tenantId: string;
                    siteId: string;
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
         * Change a site
         * @description Send If-Match with the ETag you read; 412 when someone changed the site since.
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
                    siteId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        address?: {
                            street: string;
                            postalCode: string;
                            city: string;
                            region?: string;
                            country: string;
                        };
                        timeZone?: string;
                        emergencyCallbackNumber?: string | null;
                        emergencyLocationNote?: string;
                    };
                };
            };
            responses: {
                /** @description The changed site */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Site"];
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
    "/tenants/{tenantId}/schedules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the schedules of a tenant
         * @description Business hours: weekly time ranges in a time zone, and the holidays on which the schedule is closed (T640 manual L3040-3170).
         */
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
                /** @description One page of schedules */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SchedulePage"];
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
        /** Create a schedule */
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
                        name: string;
                        /** @default null */
                        timeZone?: string | null;
                        /** @default [] */
                        ranges?: {
                            /** @enum {string} */
                            weekday: "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";
                            from: string;
                            to: string;
                        }[];
                        /** @default [] */
                        holidayIds?: string[];
                    };
                };
            };
            responses: {
                /** @description The new schedule */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Schedule"];
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
    "/tenants/{tenantId}/schedules/{scheduleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a schedule */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                    scheduleId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The schedule; ETag carries its version */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Schedule"];
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
        /** Delete a schedule */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description ETag from the last read (required; `*` for any version) */
                    "if-match"?: string;
                };
                path: {
                    tenantId: string;
                    scheduleId: string;
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
         * Change a schedule
         * @description Send If-Match with the ETag you read; 412 when someone changed the schedule since.
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
                    scheduleId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        timeZone?: string | null;
                        ranges?: {
                            /** @enum {string} */
                            weekday: "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";
                            from: string;
                            to: string;
                        }[];
                        holidayIds?: string[];
                    };
                };
            };
            responses: {
                /** @description The changed schedule */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Schedule"];
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
    "/tenants/{tenantId}/queues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the queues of a tenant
         * @description Call queues (ACD) with agents, strategy and announcements, T640 manual L1613-1745.
         */
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
                /** @description One page of queues */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["QueuePage"];
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
        /** Create a queue */
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
                        name: string;
                        extensionNumber: string;
                        /**
                         * @default ring-all
                         * @enum {string}
                         */
                        strategy?: "round-robin" | "least-recent" | "random" | "fewest-calls" | "ring-all";
                        /** @default null */
                        holdMusicClass?: string | null;
                        /** @default false */
                        ringInsteadOfMusic?: boolean;
                        /** @default null */
                        greetingAudioFileId?: string | null;
                        /**
                         * @default never
                         * @enum {string}
                         */
                        announceHoldTime?: "always" | "once" | "never";
                        /** @default null */
                        highLoadAudioFileId?: string | null;
                        /** @default null */
                        highLoadThreshold?: number | null;
                        /** @default 0 */
                        wrapUpSeconds?: number;
                        /** @default 0 */
                        weight?: number;
                        /** @default 20 */
                        ringTimePerAgentSeconds?: number;
                        /** @default 10 */
                        maxCallers?: number | null;
                        /**
                         * @default agents-logged-on
                         * @enum {string}
                         */
                        joinWhen?: "agents-available" | "agents-logged-on" | "always";
                        /**
                         * @default all-agents-logged-off
                         * @enum {string}
                         */
                        leaveWhen?: "all-agents-logged-off" | "no-agent-available" | "never";
                        /** @default [] */
                        agents?: {
                            userId: string;
                            /** @default false */
                            static?: boolean;
                            /** @default 0 */
                            penalty?: number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description The new queue */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Queue"];
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
    "/tenants/{tenantId}/queues/{queueId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a queue */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                    queueId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The queue; ETag carries its version */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Queue"];
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
        /** Delete a queue */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description ETag from the last read (required; `*` for any version) */
                    "if-match"?: string;
                };
                path: {
                    tenantId: string;
                    queueId: string;
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
         * Change a queue
         * @description Send If-Match with the ETag you read; 412 when someone changed the queue since.
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
                    queueId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        extensionNumber?: string;
                        /** @enum {string} */
                        strategy?: "round-robin" | "least-recent" | "random" | "fewest-calls" | "ring-all";
                        holdMusicClass?: string | null;
                        ringInsteadOfMusic?: boolean;
                        greetingAudioFileId?: string | null;
                        /** @enum {string} */
                        announceHoldTime?: "always" | "once" | "never";
                        highLoadAudioFileId?: string | null;
                        highLoadThreshold?: number | null;
                        wrapUpSeconds?: number;
                        weight?: number;
                        ringTimePerAgentSeconds?: number;
                        maxCallers?: number | null;
                        /** @enum {string} */
                        joinWhen?: "agents-available" | "agents-logged-on" | "always";
                        /** @enum {string} */
                        leaveWhen?: "all-agents-logged-off" | "no-agent-available" | "never";
                        agents?: {
                            userId: string;
                            /** @default false */
                            static?: boolean;
                            /** @default 0 */
                            penalty?: number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description The changed queue */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Queue"];
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
    "/tenants/{tenantId}/outbound-routes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the outbound routes of a tenant
         * @description Outbound routing rules: number pattern, weekdays and time, authorisation groups and trunks in order, T640 manual L3176-3280.
         */
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
                /** @description One page of outbound routes */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OutboundRoutePage"];
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
        /** Create an outbound route */
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
                        name: string;
                        pattern: string;
                        /**
                         * @default [
                         *       "mon",
                         *       "tue",
                         *       "wed",
                         *       "thu",
                         *       "fri",
                         *       "sat",
                         *       "sun"
                         *     ]
                         */
                        weekdays?: ("mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun")[];
                        /**
                         * @default {
                         *       "from": "00:00",
                         *       "to": "24:00"
                         *     }
                         */
                        time?: {
                            from: string;
                            to: string;
                        };
                        /** @default [] */
                        authorisationGroupIds?: string[];
                        trunkIds: string[];
                        /** @default 0 */
                        stripDigits?: number;
                        /** @default  */
                        addPrefix?: string;
                        /** @default true */
                        active?: boolean;
                        /** @default 100 */
                        priority?: number;
                    };
                };
            };
            responses: {
                /** @description The new outbound route */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OutboundRoute"];
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
    "/tenants/{tenantId}/outbound-routes/{outboundRouteId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an outbound route */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                    outboundRouteId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The outbound route; ETag carries its version */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OutboundRoute"];
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
        /** Delete an outbound route */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description ETag from the last read (required; `*` for any version) */
                    "if-match"?: string;
                };
                path: {
                    tenantId: string;
                    outboundRouteId: string;
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
         * Change an outbound route
         * @description Send If-Match with the ETag you read; 412 when someone changed the outbound route since.
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
                    outboundRouteId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        pattern?: string;
                        weekdays?: ("mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun")[];
                        time?: {
                            from: string;
                            to: string;
                        };
                        authorisationGroupIds?: string[];
                        trunkIds?: string[];
                        stripDigits?: number;
                        addPrefix?: string;
                        active?: boolean;
                        priority?: number;
                    };
                };
            };
            responses: {
                /** @description The changed outbound route */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OutboundRoute"];
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
    "/tenants/{tenantId}/ivrs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the IVRs of a tenant
         * @description IVR menus: an announcement, an action per key and rules for no or invalid input, T640 manual L1747-1835.
         */
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
                /** @description One page of IVRs */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IvrPage"];
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
        /** Create an IVR */
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
                        name: string;
                        extensionNumber: string;
                        /** @default null */
                        announcementAudioFileId?: string | null;
                        /** @default {} */
                        keys?: {
                            0?: {
                                /** @enum {string} */
                                type: "none";
                            } | {
                                /** @enum {string} */
                                type: "hang-up";
                            } | {
                                /** @enum {string} */
                                type: "go-to";
                                destination: string;
                            } | {
                                /** @enum {string} */
                                type: "play";
                                audioFileId: string;
                            } | {
                                /** @enum {string} */
                                type: "repeat";
                            };
                            1?: {
                                /** @enum {string} */
                                type: "none";
                            } | {
                                /** @enum {string} */
                                type: "hang-up";
                            } | {
                                /** @enum {string} */
                                type: "go-to";
                                destination: string;
                            } | {
                                /** @enum {string} */
                                type: "play";
                                audioFileId: string;
                            } | {
                                /** @enum {string} */
                                type: "repeat";
                            };
                            2?: {
                                /** @enum {string} */
                                type: "none";
                            } | {
                                /** @enum {string} */
                                type: "hang-up";
                            } | {
                                /** @enum {string} */
                                type: "go-to";
                                destination: string;
                            } | {
                                /** @enum {string} */
                                type: "play";
                                audioFileId: string;
                            } | {
                                /** @enum {string} */
                                type: "repeat";
                            };
                            3?: {
                                /** @enum {string} */
                                type: "none";
                            } | {
                                /** @enum {string} */
                                type: "hang-up";
                            } | {
                                /** @enum {string} */
                                type: "go-to";
                                destination: string;
                            } | {
                                /** @enum {string} */
                                type: "play";
                                audioFileId: string;
                            } | {
                                /** @enum {string} */
                                type: "repeat";
                            };
                            4?: {
                                /** @enum {string} */
                                type: "none";
                            } | {
                                /** @enum {string} */
                                type: "hang-up";
                            } | {
                                /** @enum {string} */
                                type: "go-to";
                                destination: string;
                            } | {
                                /** @enum {string} */
                                type: "play";
                                audioFileId: string;
                            } | {
                                /** @enum {string} */
                                type: "repeat";
                            };
                            5?: {
                                /** @enum {string} */
                                type: "none";
                            } | {
                                /** @enum {string} */
                                type: "hang-up";
                            } | {
                                /** @enum {string} */
                                type: "go-to";
                                destination: string;
                            } | {
                                /** @enum {string} */
                                type: "play";
                                audioFileId: string;
                            } | {
                                /** @enum {string} */
                                type: "repeat";
                            };
                            6?: {
                                /** @enum {string} */
                                type: "none";
                            } | {
                                /** @enum {string} */
                                type: "hang-up";
                            } | {
                                /** @enum {string} */
                                type: "go-to";
                                destination: string;
                            } | {
                                /** @enum {string} */
                                type: "play";
                                audioFileId: string;
                            } | {
                                /** @enum {string} */
                                type: "repeat";
                            };
                            7?: {
                                /** @enum {string} */
                                type: "none";
                            } | {
                                /** @enum {string} */
                                type: "hang-up";
                            } | {
                                /** @enum {string} */
                                type: "go-to";
                                destination: string;
                            } | {
                                /** @enum {string} */
                                type: "play";
                                audioFileId: string;
                            } | {
                                /** @enum {string} */
                                type: "repeat";
                            };
                            8?: {
                                /** @enum {string} */
                                type: "none";
                            } | {
                                /** @enum {string} */
                                type: "hang-up";
                            } | {
                                /** @enum {string} */
                                type: "go-to";
                                destination: string;
                            } | {
                                /** @enum {string} */
                                type: "play";
                                audioFileId: string;
                            } | {
                                /** @enum {string} */
                                type: "repeat";
                            };
                            9?: {
                                /** @enum {string} */
                                type: "none";
                            } | {
                                /** @enum {string} */
                                type: "hang-up";
                            } | {
                                /** @enum {string} */
                                type: "go-to";
                                destination: string;
                            } | {
                                /** @enum {string} */
                                type: "play";
                                audioFileId: string;
                            } | {
                                /** @enum {string} */
                                type: "repeat";
                            };
                            "*"?: {
                                /** @enum {string} */
                                type: "none";
                            } | {
                                /** @enum {string} */
                                type: "hang-up";
                            } | {
                                /** @enum {string} */
                                type: "go-to";
                                destination: string;
                            } | {
                                /** @enum {string} */
                                type: "play";
                                audioFileId: string;
                            } | {
                                /** @enum {string} */
                                type: "repeat";
                            };
                            "#"?: {
                                /** @enum {string} */
                                type: "none";
                            } | {
                                /** @enum {string} */
                                type: "hang-up";
                            } | {
                                /** @enum {string} */
                                type: "go-to";
                                destination: string;
                            } | {
                                /** @enum {string} */
                                type: "play";
                                audioFileId: string;
                            } | {
                                /** @enum {string} */
                                type: "repeat";
                            };
                        };
                        /** @default 5 */
                        inputTimeoutSeconds?: number;
                        /** @default 2 */
                        repetitions?: number;
                        /** @default false */
                        allowDirectDial?: boolean;
                        /**
                         * @default {
                         *       "type": "hang-up"
                         *     }
                         */
                        onNoInput?: {
                            /** @enum {string} */
                            type: "none";
                        } | {
                            /** @enum {string} */
                            type: "hang-up";
                        } | {
                            /** @enum {string} */
                            type: "go-to";
                            destination: string;
                        } | {
                            /** @enum {string} */
                            type: "play";
                            audioFileId: string;
                        } | {
                            /** @enum {string} */
                            type: "repeat";
                        };
                        /**
                         * @default {
                         *       "type": "repeat"
                         *     }
                         */
                        onInvalidInput?: {
                            /** @enum {string} */
                            type: "none";
                        } | {
                            /** @enum {string} */
                            type: "hang-up";
                        } | {
                            /** @enum {string} */
                            type: "go-to";
                            destination: string;
                        } | {
                            /** @enum {string} */
                            type: "play";
                            audioFileId: string;
                        } | {
                            /** @enum {string} */
                            type: "repeat";
                        };
                    };
                };
            };
            responses: {
                /** @description The new IVR */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ivr"];
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
    "/tenants/{tenantId}/ivrs/{ivrId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an IVR */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                    ivrId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The IVR; ETag carries its version */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ivr"];
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
        /** Delete an IVR */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description ETag from the last read (required; `*` for any version) */
                    "if-match"?: string;
                };
                path: {
                    tenantId: string;
                    ivrId: string;
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
         * Change an IVR
         * @description Send If-Match with the ETag you read; 412 when someone changed the IVR since.
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
                    ivrId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        extensionNumber?: string;
                        announcementAudioFileId?: string | null;
                        keys?: {
                            0?: {
                                /** @enum {string} */
                                type: "none";
                            } | {
                                /** @enum {string} */
                                type: "hang-up";
                            } | {
                                /** @enum {string} */
                                type: "go-to";
                                destination: string;
                            } | {
                                /** @enum {string} */
                                type: "play";
                                audioFileId: string;
                            } | {
                                /** @enum {string} */
                                type: "repeat";
                            };
                            1?: {
                                /** @enum {string} */
                                type: "none";
                            } | {
                                /** @enum {string} */
                                type: "hang-up";
                            } | {
                                /** @enum {string} */
                                type: "go-to";
                                destination: string;
                            } | {
                                /** @enum {string} */
                                type: "play";
                                audioFileId: string;
                            } | {
                                /** @enum {string} */
                                type: "repeat";
                            };
                            2?: {
                                /** @enum {string} */
                                type: "none";
                            } | {
                                /** @enum {string} */
                                type: "hang-up";
                            } | {
                                /** @enum {string} */
                                type: "go-to";
                                destination: string;
                            } | {
                                /** @enum {string} */
                                type: "play";
                                audioFileId: string;
                            } | {
                                /** @enum {string} */
                                type: "repeat";
                            };
                            3?: {
                                /** @enum {string} */
                                type: "none";
                            } | {
                                /** @enum {string} */
                                type: "hang-up";
                            } | {
                                /** @enum {string} */
                                type: "go-to";
                                destination: string;
                            } | {
                                /** @enum {string} */
                                type: "play";
                                audioFileId: string;
                            } | {
                                /** @enum {string} */
                                type: "repeat";
                            };
                            4?: {
                                /** @enum {string} */
                                type: "none";
                            } | {
                                /** @enum {string} */
                                type: "hang-up";
                            } | {
                                /** @enum {string} */
                                type: "go-to";
                                destination: string;
                            } | {
                                /** @enum {string} */
                                type: "play";
                                audioFileId: string;
                            } | {
                                /** @enum {string} */
                                type: "repeat";
                            };
                            5?: {
                                /** @enum {string} */
                                type: "none";
                            } | {
                                /** @enum {string} */
                                type: "hang-up";
                            } | {
                                /** @enum {string} */
                                type: "go-to";
                                destination: string;
                            } | {
                                /** @enum {string} */
                                type: "play";
                                audioFileId: string;
                            } | {
                                /** @enum {string} */
                                type: "repeat";
                            };
                            6?: {
                                /** @enum {string} */
                                type: "none";
                            } | {
                                /** @enum {string} */
                                type: "hang-up";
                            } | {
                                /** @enum {string} */
                                type: "go-to";
                                destination: string;
                            } | {
                                /** @enum {string} */
                                type: "play";
                                audioFileId: string;
                            } | {
                                /** @enum {string} */
                                type: "repeat";
                            };
                            7?: {
                                /** @enum {string} */
                                type: "none";
                            } | {
                                /** @enum {string} */
                                type: "hang-up";
                            } | {
                                /** @enum {string} */
                                type: "go-to";
                                destination: string;
                            } | {
                                /** @enum {string} */
                                type: "play";
                                audioFileId: string;
                            } | {
                                /** @enum {string} */
                                type: "repeat";
                            };
                            8?: {
                                /** @enum {string} */
                                type: "none";
                            } | {
                                /** @enum {string} */
                                type: "hang-up";
                            } | {
                                /** @enum {string} */
                                type: "go-to";
                                destination: string;
                            } | {
                                /** @enum {string} */
                                type: "play";
                                audioFileId: string;
                            } | {
                                /** @enum {string} */
                                type: "repeat";
                            };
                            9?: {
                                /** @enum {string} */
                                type: "none";
                            } | {
                                /** @enum {string} */
                                type: "hang-up";
                            } | {
                                /** @enum {string} */
                                type: "go-to";
                                destination: string;
                            } | {
                                /** @enum {string} */
                                type: "play";
                                audioFileId: string;
                            } | {
                                /** @enum {string} */
                                type: "repeat";
                            };
                            "*"?: {
                                /** @enum {string} */
                                type: "none";
                            } | {
                                /** @enum {string} */
                                type: "hang-up";
                            } | {
                                /** @enum {string} */
                                type: "go-to";
                                destination: string;
                            } | {
                                /** @enum {string} */
                                type: "play";
                                audioFileId: string;
                            } | {
                                /** @enum {string} */
                                type: "repeat";
                            };
                            "#"?: {
                                /** @enum {string} */
                                type: "none";
                            } | {
                                /** @enum {string} */
                                type: "hang-up";
                            } | {
                                /** @enum {string} */
                                type: "go-to";
                                destination: string;
                            } | {
                                /** @enum {string} */
                                type: "play";
                                audioFileId: string;
                            } | {
                                /** @enum {string} */
                                type: "repeat";
                            };
                        };
                        inputTimeoutSeconds?: number;
                        repetitions?: number;
                        allowDirectDial?: boolean;
                        onNoInput?: {
                            /** @enum {string} */
                            type: "none";
                        } | {
                            /** @enum {string} */
                            type: "hang-up";
                        } | {
                            /** @enum {string} */
                            type: "go-to";
                            destination: string;
                        } | {
                            /** @enum {string} */
                            type: "play";
                            audioFileId: string;
                        } | {
                            /** @enum {string} */
                            type: "repeat";
                        };
                        onInvalidInput?: {
                            /** @enum {string} */
                            type: "none";
                        } | {
                            /** @enum {string} */
                            type: "hang-up";
                        } | {
                            /** @enum {string} */
                            type: "go-to";
                            destination: string;
                        } | {
                            /** @enum {string} */
                            type: "play";
                            audioFileId: string;
                        } | {
                            /** @enum {string} */
                            type: "repeat";
                        };
                    };
                };
            };
            responses: {
                /** @description The changed IVR */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ivr"];
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
    "/tenants/{tenantId}/holidays": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the holidays of a tenant
         * @description Public holidays and company closures, single days or ranges, optionally every year; schedules refer to them.
         */
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
                /** @description One page of holidays */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HolidayPage"];
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
        /** Create a holiday */
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
                        name: string;
                        /** Format: date */
                        startDate: string;
                        /**
                         * Format: date
                         * @default null
                         */
                        endDate?: string | null;
                        /** @default false */
                        recurringYearly?: boolean;
                    };
                };
            };
            responses: {
                /** @description The new holiday */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Holiday"];
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
    "/tenants/{tenantId}/holidays/{holidayId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a holiday */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                    holidayId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The holiday; ETag carries its version */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Holiday"];
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
        /** Delete a holiday */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description ETag from the last read (required; `*` for any version) */
                    "if-match"?: string;
                };
                path: {
                    tenantId: string;
                    holidayId: string;
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
         * Change a holiday
         * @description Send If-Match with the ETag you read; 412 when someone changed the holiday since.
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
                    holidayId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /** Format: date */
                        startDate?: string;
                        /** Format: date */
                        endDate?: string | null;
                        recurringYearly?: boolean;
                    };
                };
            };
            responses: {
                /** @description The changed holiday */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Holiday"];
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
    "/tenants/{tenantId}/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the groups of a tenant
         * @description Hunt groups (parallel, linear) and call pickup groups, T640 manual L999-1140.
         */
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
                /** @description One page of groups */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["GroupPage"];
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
        /** Create a group */
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
                        /** @enum {string} */
                        kind: "parallel" | "linear" | "pickup";
                        name: string;
                        /** @default null */
                        extensionNumber?: string | null;
                        /** @default  */
                        displayPrefix?: string;
                        /** @default false */
                        groupBusy?: boolean;
                        /** @default false */
                        doorStation?: boolean;
                        /** @default [] */
                        members?: {
                            userId: string;
                            /** @default 5 */
                            timeoutSeconds?: number;
                            /** @default true */
                            loggedOn?: boolean;
                        }[];
                    };
                };
            };
            responses: {
                /** @description The new group */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Group"];
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
    "/tenants/{tenantId}/groups/{groupId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a group */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                    groupId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The group; ETag carries its version */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Group"];
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
        /** Delete a group */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description ETag from the last read (required; `*` for any version) */
                    "if-match"?: string;
                };
                path: {
                    tenantId: string;
                    groupId: string;
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
         * Change a group
         * @description Send If-Match with the ETag you read; 412 when someone changed the group since.
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
                    groupId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind?: "parallel" | "linear" | "pickup";
                        name?: string;
                        extensionNumber?: string | null;
                        displayPrefix?: string;
                        groupBusy?: boolean;
                        doorStation?: boolean;
                        members?: {
                            userId: string;
                            /** @default 5 */
                            timeoutSeconds?: number;
                            /** @default true */
                            loggedOn?: boolean;
                        }[];
                    };
                };
            };
            responses: {
                /** @description The changed group */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Group"];
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
    "/tenants/{tenantId}/extensions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the extensions of a tenant
         * @description The internal numbering plan: number → user, group, queue, IVR or voicemail box. A number is unique per tenant across all of them (T640 manual L829-830); a taken one is 409 naming `number`.
         */
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
                /** @description One page of extensions */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ExtensionPage"];
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
        /** Create an extension */
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
                        number: string;
                        owner: {
                            /** @enum {string} */
                            kind: "user";
                            id: string;
                        } | {
                            /** @enum {string} */
                            kind: "group";
                            id: string;
                        } | {
                            /** @enum {string} */
                            kind: "queue";
                            id: string;
                        } | {
                            /** @enum {string} */
                            kind: "ivr";
                            id: string;
                        } | {
                            /** @enum {string} */
                            kind: "voicemail-box";
                            id: string;
                        };
                        displayName: string;
                    };
                };
            };
            responses: {
                /** @description The new extension */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Extension"];
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
    "/tenants/{tenantId}/extensions/{extensionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an extension */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                    extensionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The extension; ETag carries its version */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Extension"];
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
        /** Delete an extension */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description ETag from the last read (required; `*` for any version) */
                    "if-match"?: string;
                };
                path: {
                    tenantId: string;
                    extensionId: string;
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
         * Change an extension
         * @description Send If-Match with the ETag you read; 412 when someone changed the extension since.
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
                    extensionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        number?: string;
                        owner?: {
                            /** @enum {string} */
                            kind: "user";
                            id: string;
                        } | {
                            /** @enum {string} */
                            kind: "group";
                            id: string;
                        } | {
                            /** @enum {string} */
                            kind: "queue";
                            id: string;
                        } | {
                            /** @enum {string} */
                            kind: "ivr";
                            id: string;
                        } | {
                            /** @enum {string} */
                            kind: "voicemail-box";
                            id: string;
                        };
                        displayName?: string;
                    };
                };
            };
            responses: {
                /** @description The changed extension */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Extension"];
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
    "/tenants/{tenantId}/authorisation-groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the authorisation groups of a tenant
         * @description Groups of users that outbound routes apply to, T640 manual L1142-1250 and L1307-1310.
         */
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
                /** @description One page of authorisation groups */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AuthorisationGroupPage"];
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
        /** Create an authorisation group */
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
                        name: string;
                        /** @default [] */
                        memberUserIds?: string[];
                    };
                };
            };
            responses: {
                /** @description The new authorisation group */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AuthorisationGroup"];
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
    "/tenants/{tenantId}/authorisation-groups/{authorisationGroupId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an authorisation group */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                    authorisationGroupId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The authorisation group; ETag carries its version */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AuthorisationGroup"];
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
        /** Delete an authorisation group */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description ETag from the last read (required; `*` for any version) */
                    "if-match"?: string;
                };
                path: {
                    tenantId: string;
                    authorisationGroupId: string;
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
         * Change an authorisation group
         * @description Send If-Match with the ETag you read; 412 when someone changed the authorisation group since.
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
                    authorisationGroupId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        memberUserIds?: string[];
                    };
                };
            };
            responses: {
                /** @description The changed authorisation group */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AuthorisationGroup"];
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
    "/tenants/{tenantId}/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the webhook endpoints of a tenant */
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
                /** @description One page of endpoints */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookEndpointPage"];
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
         * Register a webhook endpoint of a tenant
         * @description The URL must be https and reach a public address: loopback, private, link-local (incl. 169.254.169.254), carrier-grade NAT, multicast and reserved addresses are refused when saved and again on every delivery (SSRF guard). The embedded default also accepts http://127.0.0.1. At most 20 endpoints per owner. The response carries the signing secret, once.
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
                        url: string;
                        /** @default  */
                        description?: string;
                        eventTypes: ("call.ended" | "voicemail.created" | "device.registered" | "device.unregistered")[];
                        /** @default true */
                        enabled?: boolean;
                    };
                };
            };
            responses: {
                /** @description The new endpoint, with its secret (shown only here) */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookEndpointCreated"];
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
    "/tenants/{tenantId}/webhooks/{webhookId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a webhook endpoint
         * @description The secret is never shown again; `state` and `health` say how delivery goes.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                    webhookId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The endpoint; ETag carries its version */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookEndpoint"];
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
         * Delete a webhook endpoint
         * @description Messages still queued for it are skipped.
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
                    webhookId: string;
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
         * Change a webhook endpoint
         * @description URL, description, event types, or `enabled` (pause/resume). Send If-Match.
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
                    webhookId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        url?: string;
                        description?: string;
                        eventTypes?: ("call.ended" | "voicemail.created" | "device.registered" | "device.unregistered")[];
                        enabled?: boolean;
                    };
                };
            };
            responses: {
                /** @description The changed endpoint */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookEndpoint"];
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
    "/tenants/{tenantId}/webhooks/{webhookId}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Re-enable a webhook endpoint
         * @description Turns an endpoint back on after it was disabled for persistent failure (or paused): clears its failure counters and sets `enabled`. Messages skipped while it was off are not resent.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                    webhookId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The endpoint, active again */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookEndpoint"];
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
    "/tenants/{tenantId}/webhooks/{webhookId}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a test message
         * @description Queues one `webhook.test` event for this endpoint, signed and retried like any other; watch its delivery log. 409 when the endpoint is paused or disabled.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                    webhookId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Queued */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookTestAccepted"];
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
    "/tenants/{tenantId}/webhooks/{webhookId}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The delivery log of an endpoint
         * @description Messages newest first, each with its attempts (time, HTTP status, latency, error), status and next attempt. Kept 30 days.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path: {
                    tenantId: string;
                    webhookId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description One page of the log */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookDeliveryPage"];
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
    "/resellers/{resellerId}/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the webhook endpoints of a reseller */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path: {
                    resellerId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description One page of endpoints */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookEndpointPage"];
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
         * Register a webhook endpoint of a reseller
         * @description The URL must be https and reach a public address: loopback, private, link-local (incl. 169.254.169.254), carrier-grade NAT, multicast and reserved addresses are refused when saved and again on every delivery (SSRF guard). The embedded default also accepts http://127.0.0.1. At most 20 endpoints per owner. The response carries the signing secret, once.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Repeat a POST safely: the same key returns the first result */
                    "idempotency-key"?: string;
                };
                path: {
                    resellerId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        url: string;
                        /** @default  */
                        description?: string;
                        eventTypes: ("call.ended" | "voicemail.created" | "device.registered" | "device.unregistered")[];
                        /** @default true */
                        enabled?: boolean;
                    };
                };
            };
            responses: {
                /** @description The new endpoint, with its secret (shown only here) */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookEndpointCreated"];
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
    "/resellers/{resellerId}/webhooks/{webhookId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a webhook endpoint
         * @description The secret is never shown again; `state` and `health` say how delivery goes.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    resellerId: string;
                    webhookId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The endpoint; ETag carries its version */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookEndpoint"];
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
         * Delete a webhook endpoint
         * @description Messages still queued for it are skipped.
         */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description ETag from the last read (required; `*` for any version) */
                    "if-match"?: string;
                };
                path: {
                    resellerId: string;
                    webhookId: string;
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
         * Change a webhook endpoint
         * @description URL, description, event types, or `enabled` (pause/resume). Send If-Match.
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description ETag from the last read (required; `*` for any version) */
                    "if-match"?: string;
                };
                path: {
                    resellerId: string;
                    webhookId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        url?: string;
                        description?: string;
                        eventTypes?: ("call.ended" | "voicemail.created" | "device.registered" | "device.unregistered")[];
                        enabled?: boolean;
                    };
                };
            };
            responses: {
                /** @description The changed endpoint */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookEndpoint"];
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
    "/resellers/{resellerId}/webhooks/{webhookId}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Re-enable a webhook endpoint
         * @description Turns an endpoint back on after it was disabled for persistent failure (or paused): clears its failure counters and sets `enabled`. Messages skipped while it was off are not resent.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    resellerId: string;
                    webhookId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The endpoint, active again */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookEndpoint"];
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
    "/resellers/{resellerId}/webhooks/{webhookId}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a test message
         * @description Queues one `webhook.test` event for this endpoint, signed and retried like any other; watch its delivery log. 409 when the endpoint is paused or disabled.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    resellerId: string;
                    webhookId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Queued */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookTestAccepted"];
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
    "/resellers/{resellerId}/webhooks/{webhookId}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The delivery log of an endpoint
         * @description Messages newest first, each with its attempts (time, HTTP status, latency, error), status and next attempt. Kept 30 days.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path: {
                    resellerId: string;
                    webhookId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description One page of the log */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookDeliveryPage"];
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
    "/tenants/{tenantId}/user-imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import users from a CSV file
         * @description Body: the CSV (text/csv, UTF-8, comma-separated) with the columns of the Gigaset T300 user template: login, firstname, lastname, external, internal, mail, password and the …_perm permission columns, plus language. Limits: 256 KiB (413 above), 200 users (422 above). Whole-file problems (unknown or missing columns, semicolons, unreadable CSV) are a 422 naming the column; row problems are in the report (200), and the valid rows are imported unless dryRun=true.
         */
        post: {
            parameters: {
                query?: {
                    /** @description `true`: check every row and report, create nothing (the manual’s overview before Import) */
                    dryRun?: "true" | "false";
                };
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
                    "text/csv": string;
                };
            };
            responses: {
                /** @description What became of each row */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UserImportReport"];
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
                /** @description Body over 262144 bytes */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": Record<string, never>;
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
    "/tenants/{tenantId}/user-export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export users as CSV
         * @description The import columns (Gigaset T300 template plus language), one user per line, every permission explicit; no passwords. Import the file elsewhere to copy the users.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The CSV */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
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
    "/tenants/{tenantId}/cdrs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List call detail records, newest first
         * @description Calls that started in [from, to), filtered by user, number, disposition and direction. A user (CDR access `own`) sees only calls they were on — as caller or callee, on any leg; a `userId` of someone else gives an empty list.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Inclusive start, ISO 8601 UTC; default `to` minus 30 days */
                    from?: string;
                    /** @description Exclusive end, ISO 8601 UTC; default now. At most 365 days after `from` */
                    to?: string;
                    /** @description The caller's or the callee's number, exactly as signalled (e.g. `201`, `+4930…`) */
                    number?: string;
                    disposition?: "answered" | "no-answer" | "busy" | "failed";
                    direction?: "inbound" | "outbound" | "internal";
                    /** @description A user on any leg of the call, caller or callee */
                    userId?: string;
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
                /** @description One page of calls (without legs) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CdrPage"];
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
    "/tenants/{tenantId}/cdrs/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export call detail records as CSV
         * @description Same filters as the list; newest first; at most 10000 calls (more: 422 `export-too-large`, narrow the range). Columns: id, startedAt, answeredAt, endedAt, direction, callerNumber, callerName, calleeNumber, calleeName, disposition, durationSeconds, billableSeconds, hangupCause, hangupSide, private, users, devices, codecs, worstMos, callId. RFC 4180 CSV, UTF-8, CRLF, one header row. Private calls (`*2`) show the outside number with its last three digits as `x` and no name. Cells that a spreadsheet would run as a formula start with `'`. A user (CDR access `own`) sees only calls they were on — as caller or callee, on any leg; a `userId` of someone else gives an empty list.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Inclusive start, ISO 8601 UTC; default `to` minus 30 days */
                    from?: string;
                    /** @description Exclusive end, ISO 8601 UTC; default now. At most 365 days after `from` */
                    to?: string;
                    /** @description The caller's or the callee's number, exactly as signalled (e.g. `201`, `+4930…`) */
                    number?: string;
                    disposition?: "answered" | "no-answer" | "busy" | "failed";
                    direction?: "inbound" | "outbound" | "internal";
                    /** @description A user on any leg of the call, caller or callee */
                    userId?: string;
                };
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The CSV */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
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
                /** @description Invalid fields (each named in errors) */
                422: {
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
    "/tenants/{tenantId}/cdrs/{cdrId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one call detail record with its legs
         * @description Legs carry the device, user, trunk, codec and RTP quality (packets, loss, jitter, MOS). A user (CDR access `own`) sees only calls they were on — as caller or callee, on any leg; a `userId` of someone else gives an empty list.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                    cdrId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The call with its legs */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Cdr"];
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
    "/me/calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's own calls, newest first
         * @description Calls the signed-in user was on (caller or callee, any leg), whatever their role; portal sessions only (an API key has no user: 403 `session-required`).
         */
        get: {
            parameters: {
                query?: {
                    /** @description Inclusive start, ISO 8601 UTC; default `to` minus 30 days */
                    from?: string;
                    /** @description Exclusive end, ISO 8601 UTC; default now. At most 365 days after `from` */
                    to?: string;
                    /** @description The caller's or the callee's number, exactly as signalled (e.g. `201`, `+4930…`) */
                    number?: string;
                    disposition?: "answered" | "no-answer" | "busy" | "failed";
                    direction?: "inbound" | "outbound" | "internal";
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description One page of calls (without legs) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CdrPage"];
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
    "/tenants/{tenantId}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a tenant's audit trail, newest first
         * @description Changes made in [from, to), filtered by actor, target type and target; `before`/`after` hold the output form of the record (never a secret).
         */
        get: {
            parameters: {
                query?: {
                    /** @description Inclusive start, ISO 8601 UTC; default `to` minus 30 days */
                    from?: string;
                    /** @description Exclusive end, ISO 8601 UTC; default now. At most 365 days after `from` */
                    to?: string;
                    /** @description Who made the change: a user id, API key id or operator identity (`actor.id`) */
                    actorId?: string;
                    /** @description The kind of record changed, e.g. `user`, `trunk` */
                    targetType?: string;
                    /** @description The record changed, e.g. a user id */
                    targetId?: string;
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
                /** @description One page of entries */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AuditEntryPage"];
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
    "/resellers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List resellers
         * @description The operator sees every reseller; a reseller admin sees its own reseller (its sub-resellers are under `/resellers/{resellerId}/resellers`).
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description One page of resellers */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ResellerPage"];
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
        /** Create a top-level reseller (operator only) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Repeat a POST safely: the same key returns the first result */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        contactEmail: string;
                        /**
                         * @default {
                         *       "maxTenants": null,
                         *       "maxUsers": null,
                         *       "maxSubResellerDepth": 1
                         *     }
                         */
                        limits?: {
                            /** @default null */
                            maxTenants?: number | null;
                            /** @default null */
                            maxUsers?: number | null;
                            /** @default 1 */
                            maxSubResellerDepth?: number;
                        };
                    };
                };
            };
            responses: {
                /** @description The new reseller */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Reseller"];
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
    "/resellers/{resellerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a reseller */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    resellerId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The reseller; ETag carries its version */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Reseller"];
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
         * Delete a reseller
         * @description Only a reseller without tenants and without sub-resellers (409 otherwise), by its parent’s admins or the operator.
         */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description ETag from the last read (required; `*` for any version) */
                    "if-match"?: string;
                };
                path: {
                    resellerId: string;
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
         * Change a reseller
         * @description Status `suspended` refuses the reseller’s own keys (403 account-suspended) until it is set back to `active`. A reseller’s admins may change its name and contact but not its own status or limits.
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description ETag from the last read (required; `*` for any version) */
                    "if-match"?: string;
                };
                path: {
                    resellerId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        contactEmail?: string;
                        /** @enum {string} */
                        status?: "active" | "suspended";
                        limits?: {
                            /** @default null */
                            maxTenants?: number | null;
                            /** @default null */
                            maxUsers?: number | null;
                            /** @default 1 */
                            maxSubResellerDepth?: number;
                        };
                    };
                };
            };
            responses: {
                /** @description The changed reseller */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Reseller"];
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
    "/resellers/{resellerId}/resellers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the sub-resellers directly below a reseller */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path: {
                    resellerId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description One page of sub-resellers */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ResellerPage"];
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
         * Create a sub-reseller
         * @description Allowed while every reseller above stays within its `limits.maxSubResellerDepth` (422 naming `parentResellerId` otherwise).
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Repeat a POST safely: the same key returns the first result */
                    "idempotency-key"?: string;
                };
                path: {
                    resellerId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        contactEmail: string;
                        /**
                         * @default {
                         *       "maxTenants": null,
                         *       "maxUsers": null,
                         *       "maxSubResellerDepth": 1
                         *     }
                         */
                        limits?: {
                            /** @default null */
                            maxTenants?: number | null;
                            /** @default null */
                            maxUsers?: number | null;
                            /** @default 1 */
                            maxSubResellerDepth?: number;
                        };
                    };
                };
            };
            responses: {
                /** @description The new sub-reseller */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Reseller"];
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
    "/resellers/{resellerId}/tenants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the tenants of a reseller
         * @description Only the reseller’s own tenants, not those of its sub-resellers.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path: {
                    resellerId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description One page of tenants */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TenantPage"];
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
         * Create a tenant
         * @description The slug names the SIP domain (`<slug>.<platform domain>`) and is unique across the platform (409 naming `slug`); it cannot change later. 409 `limit-reached` when the reseller has as many tenants as its `limits.maxTenants`.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Repeat a POST safely: the same key returns the first result */
                    "idempotency-key"?: string;
                };
                path: {
                    resellerId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        slug: string;
                        country: string;
                        /** @default  */
                        areaCode?: string;
                        /** @default 0 */
                        outsideLinePrefix?: string;
                        /**
                         * @default {
                         *       "from": "100",
                         *       "to": "899"
                         *     }
                         */
                        internalNumberRange?: {
                            from: string;
                            to: string;
                        };
                        /**
                         * @default [
                         *       "112"
                         *     ]
                         */
                        emergencyNumbers?: string[];
                        timeZone: string;
                        /** @default en */
                        language?: string;
                        /** @default null */
                        email?: string | null;
                        /**
                         * @default {
                         *       "maxUsers": 25,
                         *       "maxConcurrentCalls": 10,
                         *       "maxOutboundCallsPerMinute": 20,
                         *       "allowInternational": false,
                         *       "dailySpendLimit": null
                         *     }
                         */
                        limits?: {
                            /** @default 25 */
                            maxUsers?: number | null;
                            /** @default 10 */
                            maxConcurrentCalls?: number | null;
                            /** @default 20 */
                            maxOutboundCallsPerMinute?: number | null;
                            /** @default false */
                            allowInternational?: boolean;
                            /** @default null */
                            dailySpendLimit?: {
                                amountMinor: number;
                                currency: string;
                            } | null;
                        };
                    };
                };
            };
            responses: {
                /** @description The new tenant */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Tenant"];
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
    "/tenants/{tenantId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a tenant */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The tenant; ETag carries its version */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Tenant"];
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
         * Delete a tenant (after a grace period)
         * @description Sets the status `deleted-pending` and `deletionScheduledAt` to now + TENANT_DELETION_GRACE_DAYS (default 30). From then on its users and keys are refused; `POST /tenants/{tenantId}/restore` brings it back until that date, after which the purge removes its data.
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
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deletion scheduled; the tenant as it is now */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Tenant"];
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
        options?: never;
        head?: never;
        /**
         * Change a tenant
         * @description Name, country, area code, outside-line prefix, numbering range, emergency numbers, time zone, language, e-mail and limits. A tenant admin changes the settings but not the limits (403 naming limits). The status changes through suspend/resume/DELETE/restore.
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
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        country?: string;
                        areaCode?: string;
                        outsideLinePrefix?: string;
                        internalNumberRange?: {
                            from: string;
                            to: string;
                        };
                        emergencyNumbers?: string[];
                        timeZone?: string;
                        language?: string;
                        email?: string | null;
                        limits?: {
                            /** @default 25 */
                            maxUsers?: number | null;
                            /** @default 10 */
                            maxConcurrentCalls?: number | null;
                            /** @default 20 */
                            maxOutboundCallsPerMinute?: number | null;
                            /** @default false */
                            allowInternational?: boolean;
                            /** @default null */
                            dailySpendLimit?: {
                                amountMinor: number;
                                currency: string;
                            } | null;
                        };
                    };
                };
            };
            responses: {
                /** @description The changed tenant */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Tenant"];
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
    "/tenants/{tenantId}/suspend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Suspend a tenant
         * @description The tenant’s users and API keys are refused (403 account-suspended) from the next request on; its reseller and the operator still reach it. Send If-Match.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description ETag from the last read (required; `*` for any version) */
                    "if-match"?: string;
                };
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The tenant in its new status */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Tenant"];
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
    "/tenants/{tenantId}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resume a suspended tenant
         * @description Its users and keys work again. Send If-Match.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description ETag from the last read (required; `*` for any version) */
                    "if-match"?: string;
                };
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The tenant in its new status */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Tenant"];
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
    "/tenants/{tenantId}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore a tenant deleted within its grace period
         * @description Before `deletionScheduledAt` only; afterwards the purge removes it. Send If-Match.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description ETag from the last read (required; `*` for any version) */
                    "if-match"?: string;
                };
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The tenant in its new status */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Tenant"];
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
    "/tenants/{tenantId}/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Usage of a tenant against its limits
         * @description Users, devices and numbers counted (at most 10000 each) beside the tenant's limits.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Counts and limits */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TenantUsage"];
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
    "/resellers/{resellerId}/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the API keys of a reseller
         * @description Revoked keys stay listed with `revokedAt`; the secret is never shown again.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path: {
                    resellerId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description One page of API keys */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiKeyPage"];
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
         * Create an API key of a reseller
         * @description The response shows the key once (a replay with the same Idempotency-Key omits it). Scopes: see API_KEY_SCOPES; only scopes the caller holds (403 naming `scopes` otherwise). `expiresAt` must lie in the future.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Repeat a POST safely: the same key returns the first result */
                    "idempotency-key"?: string;
                };
                path: {
                    resellerId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        scopes: ("tenants:read" | "tenants:write" | "numbers:read" | "numbers:write" | "users:read" | "users:write" | "devices:read" | "devices:write" | "routing:read" | "routing:write" | "cdrs:read" | "audit:read" | "webhooks:read" | "webhooks:write")[];
                        /**
                         * Format: date-time
                         * @default null
                         */
                        expiresAt?: string | null;
                    };
                };
            };
            responses: {
                /** @description The new key, with the secret shown once */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CreatedApiKey"];
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
    "/resellers/{resellerId}/api-keys/{apiKeyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an API key of a reseller */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    resellerId: string;
                    apiKeyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The key without its secret */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiKey"];
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
         * Revoke an API key of a reseller
         * @description Effective on the next request made with the key (401). The record stays, with `revokedAt`, for the audit trail; revoking a revoked key changes nothing.
         */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description ETag from the last read (required; `*` for any version) */
                    "if-match"?: string;
                };
                path: {
                    resellerId: string;
                    apiKeyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Revoked */
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
        patch?: never;
        trace?: never;
    };
    "/tenants/{tenantId}/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the API keys of a tenant
         * @description Revoked keys stay listed with `revokedAt`; the secret is never shown again.
         */
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
                /** @description One page of API keys */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiKeyPage"];
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
         * Create an API key of a tenant
         * @description The response shows the key once (a replay with the same Idempotency-Key omits it). Scopes: see API_KEY_SCOPES; only scopes the caller holds (403 naming `scopes` otherwise). `expiresAt` must lie in the future.
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
                        name: string;
                        scopes: ("tenants:read" | "tenants:write" | "numbers:read" | "numbers:write" | "users:read" | "users:write" | "devices:read" | "devices:write" | "routing:read" | "routing:write" | "cdrs:read" | "audit:read" | "webhooks:read" | "webhooks:write")[];
                        /**
                         * Format: date-time
                         * @default null
                         */
                        expiresAt?: string | null;
                    };
                };
            };
            responses: {
                /** @description The new key, with the secret shown once */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CreatedApiKey"];
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
    "/tenants/{tenantId}/api-keys/{apiKeyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an API key of a tenant */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                    apiKeyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The key without its secret */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiKey"];
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
         * Revoke an API key of a tenant
         * @description Effective on the next request made with the key (401). The record stays, with `revokedAt`, for the audit trail; revoking a revoked key changes nothing.
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
                    apiKeyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Revoked */
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
        patch?: never;
        trace?: never;
    };
    "/tenants/{tenantId}/devices/{deviceId}/rotate-credentials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate a new SIP password for a device and return it once
         * @description The old password stops working once the credential caches of the edges expire (CREDENTIAL_CACHE_TTL_SECONDS, default 30 s). `If-Match` is optional here; when sent it must match. No Idempotency-Key: a retry simply generates another password. `Cache-Control: no-store`.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description ETag from the last read (required; `*` for any version) */
                    "if-match"?: string;
                };
                path: {
                    tenantId: string;
                    deviceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The new credentials (password shown only here) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DeviceCredentials"];
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
    "/tenants/{tenantId}/devices/{deviceId}/registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Live registrations (bindings) of a device
         * @description What the registrar holds for the device now (RFC 3261 §10): contact, transport, source address, user agent and expiry of each live binding. Expired bindings are not shown. Users see those of their own devices.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                    deviceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The live bindings */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DeviceRegistrations"];
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
    "/tenants/{tenantId}/devices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the devices of a tenant
         * @description SIP devices of the tenant (T640 manual L820-900): desk phones (MAC address), softphones, WebRTC clients and gateway ports. SIP credentials are generated; reads never show the password or its hashes. Users see their own devices.
         */
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
                /** @description One page of devices */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DevicePage"];
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
         * Create a device
         * @description The SIP username (unique in the SIP domain) and a random 24-character password are generated. `sipPassword` is in this response only (not in an Idempotency-Key replay); the platform keeps HA1 (MD5 and SHA-256) of it. A lost password is replaced with `POST …/rotate-credentials`.
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
                        /** @enum {string} */
                        kind: "desk-phone" | "softphone" | "webrtc" | "gateway-port";
                        displayName: string;
                        /** @default null */
                        macAddress?: string | null;
                        /** @default null */
                        model?: string | null;
                        /** @default null */
                        userId?: string | null;
                        /** @default null */
                        siteId?: string | null;
                        /** @default null */
                        gatewayPort?: {
                            /** @enum {string} */
                            type: "fxs" | "fxo" | "bri";
                            index: number;
                            applianceDeviceId: string;
                        } | null;
                        /**
                         * @default rfc2833
                         * @enum {string}
                         */
                        dtmfMode?: "rfc2833" | "inband" | "info";
                        /** @default false */
                        isFax?: boolean;
                    };
                };
            };
            responses: {
                /** @description The new device */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DeviceCreated"];
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
    "/tenants/{tenantId}/devices/{deviceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a device */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                    deviceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The device; ETag carries its version */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Device"];
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
        /** Delete a device */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description ETag from the last read (required; `*` for any version) */
                    "if-match"?: string;
                };
                path: {
                    tenantId: string;
                    deviceId: string;
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
         * Change a device
         * @description Send If-Match with the ETag you read; 412 when someone changed the device since.
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
                    deviceId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        displayName?: string;
                        macAddress?: string | null;
                        model?: string | null;
                        userId?: string | null;
                        siteId?: string | null;
                        /** @enum {string} */
                        dtmfMode?: "rfc2833" | "inband" | "info";
                        isFax?: boolean;
                    };
                };
            };
            responses: {
                /** @description The changed device */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Device"];
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
    "/tenants/{tenantId}/numbers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the numbers of a tenant
         * @description Public numbers (DIDs) in E.164, unique across the platform. Reseller admins add and release them; tenant admins assign them (`target`: user, extension, group, queue, IVR or voicemail box) and unassign them (`target: null`) — `status` follows the target unless given. Tenant admins may change only `target`, `label` and `status` (assigned/unassigned).
         */
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
                /** @description One page of numbers */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PhoneNumberPage"];
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
         * Create a number
         * @description Reseller admins and operators only. 409 `already-in-use` naming `e164` when the number belongs to any tenant already.
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
                        e164: string;
                        /** @default null */
                        trunkId?: string | null;
                        /** @default null */
                        target?: {
                            /** @enum {string} */
                            kind: "user";
                            id: string;
                        } | {
                            /** @enum {string} */
                            kind: "group";
                            id: string;
                        } | {
                            /** @enum {string} */
                            kind: "queue";
                            id: string;
                        } | {
                            /** @enum {string} */
                            kind: "ivr";
                            id: string;
                        } | {
                            /** @enum {string} */
                            kind: "voicemail-box";
                            id: string;
                        } | {
                            /** @enum {string} */
                            kind: "extension";
                            id: string;
                        } | null;
                        /**
                         * @default unassigned
                         * @enum {string}
                         */
                        status?: "unassigned" | "assigned" | "porting-in" | "suspended";
                        /** @default  */
                        label?: string;
                    };
                };
            };
            responses: {
                /** @description The new number */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PhoneNumber"];
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
    "/tenants/{tenantId}/numbers/{numberId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a number */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                    numberId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The number; ETag carries its version */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PhoneNumber"];
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
        /** Delete a number */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description ETag from the last read (required; `*` for any version) */
                    "if-match"?: string;
                };
                path: {
                    tenantId: string;
                    numberId: string;
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
         * Change a number
         * @description Send If-Match with the ETag you read; 412 when someone changed the number since.
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
                    numberId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        trunkId?: string | null;
                        target?: {
                            /** @enum {string} */
                            kind: "user";
                            id: string;
                        } | {
                            /** @enum {string} */
                            kind: "group";
                            id: string;
                        } | {
                            /** @enum {string} */
                            kind: "queue";
                            id: string;
                        } | {
                            /** @enum {string} */
                            kind: "ivr";
                            id: string;
                        } | {
                            /** @enum {string} */
                            kind: "voicemail-box";
                            id: string;
                        } | {
                            /** @enum {string} */
                            kind: "extension";
                            id: string;
                        } | null;
                        /** @enum {string} */
                        status?: "unassigned" | "assigned" | "porting-in" | "suspended";
                        label?: string;
                    };
                };
            };
            responses: {
                /** @description The changed number */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PhoneNumber"];
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
    "/tenants/{tenantId}/audio-files/{audioFileId}/upload-url": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A new presigned upload URL for an audio file
         * @description For the declared content type and size; uploading again replaces the bytes. `Cache-Control: no-store`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                    audioFileId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The upload */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AudioUpload"];
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
    "/tenants/{tenantId}/audio-files/{audioFileId}/download-url": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A presigned download URL for an audio file
         * @description 409 `not-uploaded` while the bytes have not arrived, `upload-mismatch` when they are not the declared type and size. `Cache-Control: no-store`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                    audioFileId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The download */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AudioDownload"];
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
    "/tenants/{tenantId}/audio-files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the audio files of a tenant
         * @description Prompts, music on hold and greetings (T640 manual L1843-1880). Create the record with the content type (audio/wav, audio/mpeg) and size (at most 20971520 bytes), then PUT the bytes to the presigned `upload.url`; read them through `GET …/download-url`.
         */
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
                /** @description One page of audio files */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AudioFilePage"];
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
         * Create an audio file
         * @description The response carries `upload`: a presigned PUT URL for exactly `sizeBytes` bytes of `contentType`, shown only here (a replay leaves it out; `POST …/upload-url` gives a new one).
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
                        name: string;
                        /** @enum {string} */
                        purpose: "prompt" | "moh" | "greeting";
                        /** @default null */
                        mohClass?: string | null;
                        /** @enum {string} */
                        contentType: "audio/wav" | "audio/mpeg";
                        sizeBytes: number;
                    };
                };
            };
            responses: {
                /** @description The new audio file */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AudioFileCreated"];
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
    "/tenants/{tenantId}/audio-files/{audioFileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an audio file */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                    audioFileId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The audio file; ETag carries its version */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AudioFile"];
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
        /** Delete an audio file */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description ETag from the last read (required; `*` for any version) */
                    "if-match"?: string;
                };
                path: {
                    tenantId: string;
                    audioFileId: string;
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
         * Change an audio file
         * @description Send If-Match with the ETag you read; 412 when someone changed the audio file since.
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
                    audioFileId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /** @enum {string} */
                        purpose?: "prompt" | "moh" | "greeting";
                        mohClass?: string | null;
                    };
                };
            };
            responses: {
                /** @description The changed audio file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AudioFile"];
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
        SoftphoneCredentials: {
            deviceId: string;
            sipUsername: string;
            /** @description The new SIP password. Returned by this call only; the platform keeps only its digest hashes (HA1). Any earlier password of this device stops working now. */
            sipPassword: string;
            /**
             * @description The tenant SIP domain: the digest realm and the host of the account URI
             * @example acme.pbx.example
             */
            sipDomain: string;
            /** @description True when this call created the device */
            created: boolean;
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
        TrunkPage: {
            items: components["schemas"]["Trunk"][];
            /** @description Pass as `cursor` to get the next page; absent on the last page */
            nextCursor?: string;
        };
        Trunk: {
            id: string;
            name: string;
            registrar: string;
            /** @default null */
            proxy: string | null;
            username: string;
            /** @default null */
            authUsername: string | null;
            /** @default true */
            register: boolean;
            /** @default true */
            allowOutbound: boolean;
            /** @default true */
            allowInbound: boolean;
            /**
             * @default udp
             * @enum {string}
             */
            transport: "udp" | "tcp" | "tls";
            /** @default 5060 */
            port: number;
            /** @default null */
            fromUser: string | null;
            /** @default null */
            fromDomain: string | null;
            /**
             * @default rfc2833
             * @enum {string}
             */
            dtmfMode: "rfc2833" | "inband" | "info";
            /** @default false */
            t38: boolean;
            /**
             * @default from
             * @enum {string}
             */
            callerIdHeader: "from" | "p-asserted-identity" | "remote-party-id";
            /** @default false */
            trustRemotePartyId: boolean;
            /** @default false */
            clipNoScreening: boolean;
            /**
             * @default request-uri
             * @enum {string}
             */
            destinationSource: "request-uri" | "to-header";
            /** @default null */
            maxConcurrentCalls: number | null;
            /**
             * @default [
             *       "pcma",
             *       "pcmu",
             *       "telephone-event"
             *     ]
             */
            codecs: ("pcma" | "pcmu" | "g722" | "g729" | "opus" | "telephone-event")[];
            /**
             * @default [
             *       "0.0.0.0/0"
             *     ]
             */
            allowedSubnets: string[];
            /** @default 0 */
            nationalPrefix: string;
            /** @default 00 */
            internationalPrefix: string;
            hasPassword: boolean;
            tenantId: string;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        VoicemailBoxPage: {
            items: components["schemas"]["VoicemailBox"][];
            /** @description Pass as `cursor` to get the next page; absent on the last page */
            nextCursor?: string;
        };
        VoicemailBox: {
            id: string;
            name: string;
            extensionNumber: string;
            /** @default null */
            ownerUserId: string | null;
            /** @default null */
            ownerGroupId: string | null;
            /** @default null */
            greetingAudioFileId: string | null;
            /** @default false */
            greetingOnly: boolean;
            /** @default 1800 */
            maxMessageSeconds: number;
            /** @default null */
            notifyEmail: string | null;
            /** @default true */
            attachAudio: boolean;
            /** @default false */
            deleteAfterEmail: boolean;
            /** @default null */
            language: string | null;
            tenantId: string;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ContactImportResult: {
            /** @description Contacts created */
            created: number;
            /** @description Records refused; each is in `results` with its errors */
            failed: number;
            results: {
                /** @description Position of the record in the file, from 1 */
                record: number;
                /** @description Line of the file where the record starts */
                line: number;
                /** @enum {string} */
                status: "created" | "failed";
                /** @description The new contact (status created) */
                id?: string;
                /** @description Why the record was refused (status failed); `file` when it could not be read */
                errors?: {
                    field: string;
                    message: string;
                }[];
            }[];
        };
        ContactPage: {
            items: components["schemas"]["Contact"][];
            /** @description Pass as `cursor` to get the next page; absent on the last page */
            nextCursor?: string;
        };
        Contact: {
            id: string;
            /** @enum {string} */
            scope: "global" | "personal";
            /** @default null */
            ownerUserId: string | null;
            firstName?: string;
            lastName?: string;
            company?: string;
            /** @default [] */
            numbers: {
                /** @enum {string} */
                type: "office" | "mobile" | "home" | "fax" | "other";
                number: string;
                /** @default null */
                quickDial: string | null;
            }[];
            /** @default [] */
            emails: string[];
            tenantId: string;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        SitePage: {
            items: components["schemas"]["Site"][];
            /** @description Pass as `cursor` to get the next page; absent on the last page */
            nextCursor?: string;
        };
        Site: {
            id: string;
            name: string;
            address: {
                street: string;
                postalCode: string;
                city: string;
                region?: string;
                country: string;
            };
            timeZone?: string;
            /** @default null */
            emergencyCallbackNumber: string | null;
            emergencyLocationNote?: string;
            tenantId: string;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        SchedulePage: {
            items: components["schemas"]["Schedule"][];
            /** @description Pass as `cursor` to get the next page; absent on the last page */
            nextCursor?: string;
        };
        Schedule: {
            id: string;
            name: string;
            /** @default null */
            timeZone: string | null;
            /** @default [] */
            ranges: {
                /** @enum {string} */
                weekday: "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";
                from: string;
                to: string;
            }[];
            /** @default [] */
            holidayIds: string[];
            tenantId: string;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        QueuePage: {
            items: components["schemas"]["Queue"][];
            /** @description Pass as `cursor` to get the next page; absent on the last page */
            nextCursor?: string;
        };
        Queue: {
            id: string;
            name: string;
            extensionNumber: string;
            /**
             * @default ring-all
             * @enum {string}
             */
            strategy: "round-robin" | "least-recent" | "random" | "fewest-calls" | "ring-all";
            /** @default null */
            holdMusicClass: string | null;
            /** @default false */
            ringInsteadOfMusic: boolean;
            /** @default null */
            greetingAudioFileId: string | null;
            /**
             * @default never
             * @enum {string}
             */
            announceHoldTime: "always" | "once" | "never";
            /** @default null */
            highLoadAudioFileId: string | null;
            /** @default null */
            highLoadThreshold: number | null;
            /** @default 0 */
            wrapUpSeconds: number;
            /** @default 0 */
            weight: number;
            /** @default 20 */
            ringTimePerAgentSeconds: number;
            /** @default 10 */
            maxCallers: number | null;
            /**
             * @default agents-logged-on
             * @enum {string}
             */
            joinWhen: "agents-available" | "agents-logged-on" | "always";
            /**
             * @default all-agents-logged-off
             * @enum {string}
             */
            leaveWhen: "all-agents-logged-off" | "no-agent-available" | "never";
            /** @default [] */
            agents: {
                userId: string;
                /** @default false */
                static: boolean;
                /** @default 0 */
                penalty: number;
            }[];
            tenantId: string;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        OutboundRoutePage: {
            items: components["schemas"]["OutboundRoute"][];
            /** @description Pass as `cursor` to get the next page; absent on the last page */
            nextCursor?: string;
        };
        OutboundRoute: {
            id: string;
            name: string;
            pattern: string;
            /**
             * @default [
             *       "mon",
             *       "tue",
             *       "wed",
             *       "thu",
             *       "fri",
             *       "sat",
             *       "sun"
             *     ]
             */
            weekdays: ("mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun")[];
            /**
             * @default {
             *       "from": "00:00",
             *       "to": "24:00"
             *     }
             */
            time: {
                from: string;
                to: string;
            };
            /** @default [] */
            authorisationGroupIds: string[];
            trunkIds: string[];
            /** @default 0 */
            stripDigits: number;
            /** @default  */
            addPrefix: string;
            /** @default true */
            active: boolean;
            /** @default 100 */
            priority: number;
            tenantId: string;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        IvrPage: {
            items: components["schemas"]["Ivr"][];
            /** @description Pass as `cursor` to get the next page; absent on the last page */
            nextCursor?: string;
        };
        Ivr: {
            id: string;
            name: string;
            extensionNumber: string;
            /** @default null */
            announcementAudioFileId: string | null;
            /** @default {} */
            keys: {
                0?: {
                    /** @enum {string} */
                    type: "none";
                } | {
                    /** @enum {string} */
                    type: "hang-up";
                } | {
                    /** @enum {string} */
                    type: "go-to";
                    destination: string;
                } | {
                    /** @enum {string} */
                    type: "play";
                    audioFileId: string;
                } | {
                    /** @enum {string} */
                    type: "repeat";
                };
                1?: {
                    /** @enum {string} */
                    type: "none";
                } | {
                    /** @enum {string} */
                    type: "hang-up";
                } | {
                    /** @enum {string} */
                    type: "go-to";
                    destination: string;
                } | {
                    /** @enum {string} */
                    type: "play";
                    audioFileId: string;
                } | {
                    /** @enum {string} */
                    type: "repeat";
                };
                2?: {
                    /** @enum {string} */
                    type: "none";
                } | {
                    /** @enum {string} */
                    type: "hang-up";
                } | {
                    /** @enum {string} */
                    type: "go-to";
                    destination: string;
                } | {
                    /** @enum {string} */
                    type: "play";
                    audioFileId: string;
                } | {
                    /** @enum {string} */
                    type: "repeat";
                };
                3?: {
                    /** @enum {string} */
                    type: "none";
                } | {
                    /** @enum {string} */
                    type: "hang-up";
                } | {
                    /** @enum {string} */
                    type: "go-to";
                    destination: string;
                } | {
                    /** @enum {string} */
                    type: "play";
                    audioFileId: string;
                } | {
                    /** @enum {string} */
                    type: "repeat";
                };
                4?: {
                    /** @enum {string} */
                    type: "none";
                } | {
                    /** @enum {string} */
                    type: "hang-up";
                } | {
                    /** @enum {string} */
                    type: "go-to";
                    destination: string;
                } | {
                    /** @enum {string} */
                    type: "play";
                    audioFileId: string;
                } | {
                    /** @enum {string} */
                    type: "repeat";
                };
                5?: {
                    /** @enum {string} */
                    type: "none";
                } | {
                    /** @enum {string} */
                    type: "hang-up";
                } | {
                    /** @enum {string} */
                    type: "go-to";
                    destination: string;
                } | {
                    /** @enum {string} */
                    type: "play";
                    audioFileId: string;
                } | {
                    /** @enum {string} */
                    type: "repeat";
                };
                6?: {
                    /** @enum {string} */
                    type: "none";
                } | {
                    /** @enum {string} */
                    type: "hang-up";
                } | {
                    /** @enum {string} */
                    type: "go-to";
                    destination: string;
                } | {
                    /** @enum {string} */
                    type: "play";
                    audioFileId: string;
                } | {
                    /** @enum {string} */
                    type: "repeat";
                };
                7?: {
                    /** @enum {string} */
                    type: "none";
                } | {
                    /** @enum {string} */
                    type: "hang-up";
                } | {
                    /** @enum {string} */
                    type: "go-to";
                    destination: string;
                } | {
                    /** @enum {string} */
                    type: "play";
                    audioFileId: string;
                } | {
                    /** @enum {string} */
                    type: "repeat";
                };
                8?: {
                    /** @enum {string} */
                    type: "none";
                } | {
                    /** @enum {string} */
                    type: "hang-up";
                } | {
                    /** @enum {string} */
                    type: "go-to";
                    destination: string;
                } | {
                    /** @enum {string} */
                    type: "play";
                    audioFileId: string;
                } | {
                    /** @enum {string} */
                    type: "repeat";
                };
                9?: {
                    /** @enum {string} */
                    type: "none";
                } | {
                    /** @enum {string} */
                    type: "hang-up";
                } | {
                    /** @enum {string} */
                    type: "go-to";
                    destination: string;
                } | {
                    /** @enum {string} */
                    type: "play";
                    audioFileId: string;
                } | {
                    /** @enum {string} */
                    type: "repeat";
                };
                "*"?: {
                    /** @enum {string} */
                    type: "none";
                } | {
                    /** @enum {string} */
                    type: "hang-up";
                } | {
                    /** @enum {string} */
                    type: "go-to";
                    destination: string;
                } | {
                    /** @enum {string} */
                    type: "play";
                    audioFileId: string;
                } | {
                    /** @enum {string} */
                    type: "repeat";
                };
                "#"?: {
                    /** @enum {string} */
                    type: "none";
                } | {
                    /** @enum {string} */
                    type: "hang-up";
                } | {
                    /** @enum {string} */
                    type: "go-to";
                    destination: string;
                } | {
                    /** @enum {string} */
                    type: "play";
                    audioFileId: string;
                } | {
                    /** @enum {string} */
                    type: "repeat";
                };
            };
            /** @default 5 */
            inputTimeoutSeconds: number;
            /** @default 2 */
            repetitions: number;
            /** @default false */
            allowDirectDial: boolean;
            /**
             * @default {
             *       "type": "hang-up"
             *     }
             */
            onNoInput: {
                /** @enum {string} */
                type: "none";
            } | {
                /** @enum {string} */
                type: "hang-up";
            } | {
                /** @enum {string} */
                type: "go-to";
                destination: string;
            } | {
                /** @enum {string} */
                type: "play";
                audioFileId: string;
            } | {
                /** @enum {string} */
                type: "repeat";
            };
            /**
             * @default {
             *       "type": "repeat"
             *     }
             */
            onInvalidInput: {
                /** @enum {string} */
                type: "none";
            } | {
                /** @enum {string} */
                type: "hang-up";
            } | {
                /** @enum {string} */
                type: "go-to";
                destination: string;
            } | {
                /** @enum {string} */
                type: "play";
                audioFileId: string;
            } | {
                /** @enum {string} */
                type: "repeat";
            };
            tenantId: string;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        HolidayPage: {
            items: components["schemas"]["Holiday"][];
            /** @description Pass as `cursor` to get the next page; absent on the last page */
            nextCursor?: string;
        };
        Holiday: {
            id: string;
            name: string;
            /** Format: date */
            startDate: string;
            /**
             * Format: date
             * @default null
             */
            endDate: string | null;
            /** @default false */
            recurringYearly: boolean;
            tenantId: string;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        GroupPage: {
            items: components["schemas"]["Group"][];
            /** @description Pass as `cursor` to get the next page; absent on the last page */
            nextCursor?: string;
        };
        Group: {
            id: string;
            /** @enum {string} */
            kind: "parallel" | "linear" | "pickup";
            name: string;
            /** @default null */
            extensionNumber: string | null;
            /** @default  */
            displayPrefix: string;
            /** @default false */
            groupBusy: boolean;
            /** @default false */
            doorStation: boolean;
            /** @default [] */
            members: {
                userId: string;
                /** @default 5 */
                timeoutSeconds: number;
                /** @default true */
                loggedOn: boolean;
            }[];
            tenantId: string;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ExtensionPage: {
            items: components["schemas"]["Extension"][];
            /** @description Pass as `cursor` to get the next page; absent on the last page */
            nextCursor?: string;
        };
        Extension: {
            id: string;
            number: string;
            owner: {
                /** @enum {string} */
                kind: "user";
                id: string;
            } | {
                /** @enum {string} */
                kind: "group";
                id: string;
            } | {
                /** @enum {string} */
                kind: "queue";
                id: string;
            } | {
                /** @enum {string} */
                kind: "ivr";
                id: string;
            } | {
                /** @enum {string} */
                kind: "voicemail-box";
                id: string;
            };
            displayName: string;
            tenantId: string;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        AuthorisationGroupPage: {
            items: components["schemas"]["AuthorisationGroup"][];
            /** @description Pass as `cursor` to get the next page; absent on the last page */
            nextCursor?: string;
        };
        AuthorisationGroup: {
            id: string;
            name: string;
            /** @default [] */
            memberUserIds: string[];
            tenantId: string;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        WebhookEndpointPage: {
            items: components["schemas"]["WebhookEndpoint"][];
            /** @description Pass as `cursor` to get the next page; absent on the last page */
            nextCursor?: string;
        };
        WebhookEndpoint: {
            id: string;
            owner: {
                /** @enum {string} */
                kind: "reseller";
                id: string;
            } | {
                /** @enum {string} */
                kind: "tenant";
                id: string;
            };
            tenantId: string | null;
            url: string;
            /** @default  */
            description: string;
            eventTypes: ("call.ended" | "voicemail.created" | "device.registered" | "device.unregistered")[];
            /** @default true */
            enabled: boolean;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @enum {string} */
            state: "active" | "paused" | "disabled";
            health: {
                consecutiveFailures: number;
                /** Format: date-time */
                failingSince: string | null;
                /** Format: date-time */
                lastSuccessAt: string | null;
                /** Format: date-time */
                lastFailureAt: string | null;
                /** Format: date-time */
                disabledAt: string | null;
                disabledReason: string | null;
            };
        };
        WebhookEndpointCreated: {
            id: string;
            owner: {
                /** @enum {string} */
                kind: "reseller";
                id: string;
            } | {
                /** @enum {string} */
                kind: "tenant";
                id: string;
            };
            tenantId: string | null;
            url: string;
            /** @default  */
            description: string;
            eventTypes: ("call.ended" | "voicemail.created" | "device.registered" | "device.unregistered")[];
            /** @default true */
            enabled: boolean;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @enum {string} */
            state: "active" | "paused" | "disabled";
            health: {
                consecutiveFailures: number;
                /** Format: date-time */
                failingSince: string | null;
                /** Format: date-time */
                lastSuccessAt: string | null;
                /** Format: date-time */
                lastFailureAt: string | null;
                /** Format: date-time */
                disabledAt: string | null;
                disabledReason: string | null;
            };
            /**
             * @description The signing secret (`whsec_…`). Shown only in this response: store it now.
             * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
             */
            secret: string;
        };
        WebhookTestAccepted: {
            /** @description The `webhook-id` of the test message */
            messageId: string;
            eventId: string;
        };
        WebhookDeliveryPage: {
            items: components["schemas"]["WebhookDelivery"][];
            /** @description Pass as `cursor` to get the next page; absent on the last page */
            nextCursor?: string;
        };
        WebhookDelivery: {
            id: string;
            endpointId: string;
            eventId: string;
            eventType: string;
            tenantId: string | null;
            /** @enum {string} */
            status: "pending" | "succeeded" | "failed" | "skipped";
            attemptCount: number;
            attempts: {
                /** Format: date-time */
                at: string;
                status: number | null;
                latencyMs: number;
                error: string | null;
            }[];
            /** Format: date-time */
            nextAttemptAt: string | null;
            lastError: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        UserImportReport: {
            dryRun: boolean;
            total: number;
            created: number;
            /** @description Rows without problems (created, or creatable in a dry run) */
            valid: number;
            failed: number;
            rows: components["schemas"]["UserImportRow"][];
        };
        UserImportRow: {
            /** @description 1 for the first user after the header line */
            row: number;
            /** @description Line of the file where the row starts (header = 1) */
            line: number;
            login: string;
            /**
             * @description `valid`: would be created (dry run); `failed`: not imported, see errors
             * @enum {string}
             */
            status: "created" | "valid" | "failed";
            userId?: string;
            /** @description Each problem of the row, by CSV column */
            errors?: {
                column: string;
                message: string;
            }[];
        };
        CdrPage: {
            items: components["schemas"]["CdrSummary"][];
            /** @description Pass as `cursor` to get the next page; absent on the last page */
            nextCursor?: string;
        };
        CdrSummary: {
            id: string;
            tenantId: string;
            callId: string;
            /** @enum {string} */
            direction: "inbound" | "outbound" | "internal";
            caller: {
                number: string;
                name: string | null;
            };
            callee: {
                number: string;
                name: string | null;
            };
            /** Format: date-time */
            startedAt: string;
            /** Format: date-time */
            answeredAt: string | null;
            /** Format: date-time */
            endedAt: string;
            durationSeconds: number;
            billableSeconds: number;
            /** @enum {string} */
            disposition: "answered" | "no-answer" | "busy" | "failed";
            hangupCause: number;
            /** @enum {string} */
            hangupSide: "caller" | "callee" | "system";
            /** @default false */
            private: boolean;
            /** Format: date-time */
            createdAt: string;
            legCount: number;
        };
        Cdr: {
            id: string;
            tenantId: string;
            callId: string;
            /** @enum {string} */
            direction: "inbound" | "outbound" | "internal";
            caller: {
                number: string;
                name: string | null;
            };
            callee: {
                number: string;
                name: string | null;
            };
            /** Format: date-time */
            startedAt: string;
            /** Format: date-time */
            answeredAt: string | null;
            /** Format: date-time */
            endedAt: string;
            durationSeconds: number;
            billableSeconds: number;
            /** @enum {string} */
            disposition: "answered" | "no-answer" | "busy" | "failed";
            hangupCause: number;
            /** @enum {string} */
            hangupSide: "caller" | "callee" | "system";
            /** @default false */
            private: boolean;
            legs: {
                legId: string;
                /** @enum {string} */
                kind: "extension" | "trunk" | "gateway" | "webrtc" | "application";
                caller: {
                    number: string;
                    name: string | null;
                };
                callee: {
                    number: string;
                    name: string | null;
                };
                deviceId: string | null;
                userId: string | null;
                trunkId: string | null;
                /** Format: date-time */
                startedAt: string;
                /** Format: date-time */
                answeredAt: string | null;
                /** Format: date-time */
                endedAt: string;
                /** @enum {string} */
                disposition: "answered" | "no-answer" | "busy" | "failed";
                hangupCause: number;
                /** @enum {string} */
                hangupSide: "caller" | "callee" | "system";
                codec: string | null;
                rtp: {
                    packetsSent: number;
                    packetsReceived: number;
                    packetsLost: number;
                    jitterMs: number;
                    mos: number | null;
                } | null;
            }[];
            /** Format: date-time */
            createdAt: string;
        };
        AuditEntryPage: {
            items: components["schemas"]["AuditEntry"][];
            /** @description Pass as `cursor` to get the next page; absent on the last page */
            nextCursor?: string;
        };
        AuditEntry: {
            id: string;
            tenantId: string | null;
            resellerId: string | null;
            actor: {
                /** @enum {string} */
                kind: "user" | "api-key" | "operator" | "system";
                id: string;
                /** @default  */
                label: string;
            };
            action: string;
            targetType: string;
            targetId: string;
            before: {
                [key: string]: unknown;
            } | null;
            after: {
                [key: string]: unknown;
            } | null;
            requestId: string | null;
            /** Format: date-time */
            at: string;
        };
        ResellerPage: {
            items: components["schemas"]["Reseller"][];
            /** @description Pass as `cursor` to get the next page; absent on the last page */
            nextCursor?: string;
        };
        Reseller: {
            id: string;
            name: string;
            /** @default null */
            parentResellerId: string | null;
            contactEmail: string;
            /**
             * @default active
             * @enum {string}
             */
            status: "active" | "suspended";
            /**
             * @default {
             *       "maxTenants": null,
             *       "maxUsers": null,
             *       "maxSubResellerDepth": 1
             *     }
             */
            limits: {
                /** @default null */
                maxTenants: number | null;
                /** @default null */
                maxUsers: number | null;
                /** @default 1 */
                maxSubResellerDepth: number;
            };
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        TenantPage: {
            items: components["schemas"]["Tenant"][];
            /** @description Pass as `cursor` to get the next page; absent on the last page */
            nextCursor?: string;
        };
        Tenant: {
            id: string;
            resellerId: string;
            name: string;
            slug: string;
            country: string;
            /** @default  */
            areaCode: string;
            /** @default 0 */
            outsideLinePrefix: string;
            /**
             * @default {
             *       "from": "100",
             *       "to": "899"
             *     }
             */
            internalNumberRange: {
                from: string;
                to: string;
            };
            /**
             * @default [
             *       "112"
             *     ]
             */
            emergencyNumbers: string[];
            timeZone: string;
            /** @default en */
            language: string;
            /** @default null */
            email: string | null;
            /**
             * @default {
             *       "maxUsers": 25,
             *       "maxConcurrentCalls": 10,
             *       "maxOutboundCallsPerMinute": 20,
             *       "allowInternational": false,
             *       "dailySpendLimit": null
             *     }
             */
            limits: {
                /** @default 25 */
                maxUsers: number | null;
                /** @default 10 */
                maxConcurrentCalls: number | null;
                /** @default 20 */
                maxOutboundCallsPerMinute: number | null;
                /** @default false */
                allowInternational: boolean;
                /** @default null */
                dailySpendLimit: {
                    amountMinor: number;
                    currency: string;
                } | null;
            };
            sipDomain: string;
            /** @enum {string} */
            status: "active" | "suspended" | "deleted-pending";
            /** Format: date-time */
            deletionScheduledAt: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        TenantUsage: {
            tenantId: string;
            users: {
                count: number;
                limit: number | null;
            };
            devices: {
                count: number;
                limit: number | null;
            };
            numbers: {
                count: number;
                limit: number | null;
            };
            concurrentCalls: {
                limit: number | null;
            };
        };
        ApiKeyPage: {
            items: components["schemas"]["ApiKey"][];
            /** @description Pass as `cursor` to get the next page; absent on the last page */
            nextCursor?: string;
        };
        ApiKey: {
            id: string;
            owner: {
                /** @enum {string} */
                kind: "reseller";
                id: string;
            } | {
                /** @enum {string} */
                kind: "tenant";
                id: string;
            };
            tenantId: string | null;
            name: string;
            scopes: ("tenants:read" | "tenants:write" | "numbers:read" | "numbers:write" | "users:read" | "users:write" | "devices:read" | "devices:write" | "routing:read" | "routing:write" | "cdrs:read" | "audit:read" | "webhooks:read" | "webhooks:write")[];
            /**
             * Format: date-time
             * @default null
             */
            expiresAt: string | null;
            displayPrefix: string;
            /**
             * Format: date-time
             * @default null
             */
            lastUsedAt: string | null;
            /**
             * Format: date-time
             * @default null
             */
            revokedAt: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        CreatedApiKey: {
            id: string;
            owner: {
                /** @enum {string} */
                kind: "reseller";
                id: string;
            } | {
                /** @enum {string} */
                kind: "tenant";
                id: string;
            };
            tenantId: string | null;
            name: string;
            scopes: ("tenants:read" | "tenants:write" | "numbers:read" | "numbers:write" | "users:read" | "users:write" | "devices:read" | "devices:write" | "routing:read" | "routing:write" | "cdrs:read" | "audit:read" | "webhooks:read" | "webhooks:write")[];
            /**
             * Format: date-time
             * @default null
             */
            expiresAt: string | null;
            displayPrefix: string;
            /**
             * Format: date-time
             * @default null
             */
            lastUsedAt: string | null;
            /**
             * Format: date-time
             * @default null
             */
            revokedAt: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description The whole key (`ck_live_…`): shown in this response only, stored as SHA-256. */
            key: string;
        };
        DeviceCredentials: {
            deviceId: string;
            sipUsername: string;
            /**
             * @description The generated SIP password, shown in this response only. The platform keeps only its digest hashes (HA1, MD5 and SHA-256); the realm is the tenant SIP domain.
             * @example q7RmT2kXw9ZbN4cVh8JpY3sD
             */
            sipPassword: string;
            /** @description The tenant SIP domain: digest realm and host of the account URI */
            sipDomain: string;
            credentialsRotatedAt: string;
        };
        DeviceRegistrations: {
            /** @description True while at least one binding is live */
            registered: boolean;
            /** @example sip:201-3f9a1c@acme.pbx.example */
            aor: string;
            items: components["schemas"]["DeviceRegistration"][];
        };
        DeviceRegistration: {
            /** @example sip:201-3f9a1c@192.0.2.10:5062;transport=tcp */
            contactUri: string;
            /** @enum {string} */
            transport: "udp" | "tcp" | "tls" | "ws" | "wss";
            /** @description Where the REGISTER came from (after NAT): ip:port */
            sourceAddress: string;
            userAgent: string | null;
            registeredAt: string;
            expiresAt: string;
            expiresInSeconds: number;
        };
        DevicePage: {
            items: components["schemas"]["Device"][];
            /** @description Pass as `cursor` to get the next page; absent on the last page */
            nextCursor?: string;
        };
        Device: {
            id: string;
            /** @enum {string} */
            kind: "desk-phone" | "softphone" | "webrtc" | "gateway-port";
            displayName: string;
            /** @default null */
            macAddress: string | null;
            /** @default null */
            model: string | null;
            /** @default null */
            userId: string | null;
            /** @default null */
            siteId: string | null;
            /** @default null */
            gatewayPort: {
                /** @enum {string} */
                type: "fxs" | "fxo" | "bri";
                index: number;
                applianceDeviceId: string;
            } | null;
            /**
             * @default rfc2833
             * @enum {string}
             */
            dtmfMode: "rfc2833" | "inband" | "info";
            /** @default false */
            isFax: boolean;
            sipUsername: string;
            /** Format: date-time */
            credentialsRotatedAt: string;
            tenantId: string;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        DeviceCreated: {
            id: string;
            /** @enum {string} */
            kind: "desk-phone" | "softphone" | "webrtc" | "gateway-port";
            displayName: string;
            /** @default null */
            macAddress: string | null;
            /** @default null */
            model: string | null;
            /** @default null */
            userId: string | null;
            /** @default null */
            siteId: string | null;
            /** @default null */
            gatewayPort: {
                /** @enum {string} */
                type: "fxs" | "fxo" | "bri";
                index: number;
                applianceDeviceId: string;
            } | null;
            /**
             * @default rfc2833
             * @enum {string}
             */
            dtmfMode: "rfc2833" | "inband" | "info";
            /** @default false */
            isFax: boolean;
            sipUsername: string;
            /** Format: date-time */
            credentialsRotatedAt: string;
            tenantId: string;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /**
             * @description The generated SIP password, shown in this response only. The platform keeps only its digest hashes (HA1, MD5 and SHA-256); the realm is the tenant SIP domain.
             * @example q7RmT2kXw9ZbN4cVh8JpY3sD
             */
            sipPassword: string;
        };
        PhoneNumberPage: {
            items: components["schemas"]["PhoneNumber"][];
            /** @description Pass as `cursor` to get the next page; absent on the last page */
            nextCursor?: string;
        };
        PhoneNumber: {
            id: string;
            e164: string;
            /** @default null */
            trunkId: string | null;
            /** @default null */
            target: {
                /** @enum {string} */
                kind: "user";
                id: string;
            } | {
                /** @enum {string} */
                kind: "group";
                id: string;
            } | {
                /** @enum {string} */
                kind: "queue";
                id: string;
            } | {
                /** @enum {string} */
                kind: "ivr";
                id: string;
            } | {
                /** @enum {string} */
                kind: "voicemail-box";
                id: string;
            } | {
                /** @enum {string} */
                kind: "extension";
                id: string;
            } | null;
            /**
             * @default unassigned
             * @enum {string}
             */
            status: "unassigned" | "assigned" | "porting-in" | "suspended";
            /** @default  */
            label: string;
            tenantId: string;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        AudioUpload: {
            /** @enum {string} */
            method: "PUT";
            /** @description Presigned S3 URL; send the file as the request body */
            url: string;
            /** @description Send exactly these: both are signed, so another type or size is refused by the object store (403) */
            headers: {
                "content-type": string;
                "content-length": string;
            };
            /** @description The URL stops working then */
            expiresAt: string;
        };
        AudioDownload: {
            /** @description Presigned S3 URL for GET */
            url: string;
            contentType: string;
            sizeBytes: number;
            expiresAt: string;
        };
        AudioFilePage: {
            items: components["schemas"]["AudioFile"][];
            /** @description Pass as `cursor` to get the next page; absent on the last page */
            nextCursor?: string;
        };
        AudioFile: {
            id: string;
            name: string;
            /** @enum {string} */
            purpose: "prompt" | "moh" | "greeting";
            /** @default null */
            mohClass: string | null;
            /** @enum {string} */
            format: "aif" | "aiff" | "wav" | "au" | "alaw" | "ulaw" | "gsm" | "mp3" | "ogg";
            contentType: string;
            sizeBytes: number;
            durationMs: number | null;
            tenantId: string;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        AudioFileCreated: {
            id: string;
            name: string;
            /** @enum {string} */
            purpose: "prompt" | "moh" | "greeting";
            /** @default null */
            mohClass: string | null;
            /** @enum {string} */
            format: "aif" | "aiff" | "wav" | "au" | "alaw" | "ulaw" | "gsm" | "mp3" | "ogg";
            contentType: string;
            sizeBytes: number;
            durationMs: number | null;
            tenantId: string;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            upload: components["schemas"]["AudioUpload"];
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
