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
         * @description Sets an httpOnly session cookie. After 5 failed attempts an address is locked for 30 s, doubling per further failure up to 900 s (429 with Retry-After).
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
                /** @description Too many failed attempts; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
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
        /** Log out */
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
