import { randomBytes } from 'node:crypto';
import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { SecretBox } from '@carillon/auth';
import { createLogger, type Logger } from '@carillon/logger';
import {
  BlobStore,
  CursorCodec,
  createDynamoClients,
  createS3Client,
  createStore,
  EphemeralRecords,
  type Store,
  UserCredentialsRepository,
} from '@carillon/store';
import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { requestId } from 'hono/request-id';
import { authenticate } from './auth/authenticate';
import { clientAddress } from './auth/client-address';
import { RateLimiter, rateLimitsOf } from './auth/rate-limit';
import { deriveKey } from './auth/secrets';
import { SessionCodec } from './auth/session-token';
import { type ApiConfigInput, completeApiConfig } from './config';
import type { ApiDeps } from './deps';
import type { ApiEnv } from './env';
import { toProblem } from './http/error-mapper';
import { allowedMethods } from './http/method-not-allowed';
import { ApiError, problemResponse } from './http/problem';
import { REFERENCE_PAGE_CSP, referencePage } from './http/reference-page';
import { validationHook } from './http/validation-hook';
import { createMailer, type Mailer } from './mail/mailer';
import { ROUTE_MODULES } from './routes/index';

/** The largest JSON body any route takes; CSV imports will get their own limit. */
const MAX_BODY_BYTES = 1024 * 1024;
export const API_PREFIX = '/v1';
const DOCUMENT_PATH = '/openapi.json';

/** Routes reachable without a principal: the API's own description, logging in and out, password reset. */
const PUBLIC_ROUTES = new Set([
  `GET ${API_PREFIX}${DOCUMENT_PATH}`,
  `GET ${API_PREFIX}/docs`,
  `POST ${API_PREFIX}/session`,
  `DELETE ${API_PREFIX}/session`,
  `POST ${API_PREFIX}/password-reset`,
  `POST ${API_PREFIX}/password-reset/confirm`,
]);

export interface ApiAppOptions {
  readonly store?: Store;
  readonly logger?: Logger;
  readonly now?: () => Date;
  /** Instead of the one MAIL_SMTP_URL / MAIL_OUTBOX_DIR configure. */
  readonly mailer?: Mailer;
  /** Instead of the one CARILLON_BUCKET_PREFIX and the SDK's S3 endpoint configure. */
  readonly blobs?: BlobStore;
}

/** The control-plane API. Same app behind Lambda (`lambda.ts`) and Node (`server.ts`). */
export function createApiApp(input: ApiConfigInput, options: ApiAppOptions = {}) {
  const config = completeApiConfig(input);
  const log = options.logger ?? createLogger({ service: 'api', level: config.LOG_LEVEL });
  const now = options.now ?? (() => new Date());
  const { client, document } = createDynamoClients();
  const secret = config.CARILLON_API_SECRET ?? randomBytes(32).toString('base64url');
  if (config.CARILLON_API_SECRET === undefined) {
    log.warn('CARILLON_API_SECRET is not set: sessions and cursors last only as long as this process');
  }
  const ephemeral = new EphemeralRecords(document, config.CARILLON_TABLE_NAME, now);
  const totpKey =
    config.CARILLON_TOTP_KEY === undefined
      ? deriveKey(secret, 'totp')
      : Buffer.from(config.CARILLON_TOTP_KEY, 'base64url');
  const deps: ApiDeps = {
    config,
    store:
      options.store ??
      createStore({
        tableName: config.CARILLON_TABLE_NAME,
        document,
        cursorSecret: deriveKey(secret, 'cursor'),
        now,
      }),
    blobs:
      options.blobs ??
      new BlobStore({
        s3: createS3Client({ forcePathStyle: config.CARILLON_S3_FORCE_PATH_STYLE }),
        bucketPrefix: config.CARILLON_BUCKET_PREFIX,
        cursors: new CursorCodec(deriveKey(secret, 'cursor')),
      }),
    sessions: new SessionCodec(secret),
    ephemeral,
    credentials: new UserCredentialsRepository({ table: config.CARILLON_TABLE_NAME, document }),
    secretBox: new SecretBox(totpKey),
    trunkSecrets: new SecretBox(deriveKey(secret, 'trunk-secret')),
    mailer:
      options.mailer ??
      createMailer({
        from: config.MAIL_FROM,
        smtpUrl: config.MAIL_SMTP_URL,
        outboxDir: config.MAIL_OUTBOX_DIR,
        log: log.child({ module: 'mail' }),
      }),
    rateLimiter: new RateLimiter(ephemeral, now),
    limits: rateLimitsOf(config),
    log,
    now,
  };

  const app = new OpenAPIHono<ApiEnv>({ defaultHook: validationHook });
  app.use(requestId());
  app.use(async (c, next) => {
    const started = performance.now();
    c.set('log', log.child({ requestId: c.var.requestId }));
    await next();
    c.var.log.info(
      {
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round(performance.now() - started),
      },
      'request',
    );
  });

  /** Liveness: the process answers. */
  app.get('/health', (c) => c.json({ status: 'ok' }));

  /** Readiness: the table this deployment is configured with answers. */
  app.get('/health/ready', async (c) => {
    try {
      await client.send(new DescribeTableCommand({ TableName: config.CARILLON_TABLE_NAME }));
      return c.json({ status: 'ready' });
    } catch (error) {
      c.var.log.warn({ err: error }, 'readiness check failed');
      return c.json({ status: 'unavailable' }, 503);
    }
  });

  const v1 = new OpenAPIHono<ApiEnv>({ defaultHook: validationHook });
  v1.openAPIRegistry.registerComponent('securitySchemes', 'apiKey', {
    type: 'http',
    scheme: 'bearer',
    description: 'An API key (`ck_live_…`), created by a reseller or tenant admin',
  });
  v1.openAPIRegistry.registerComponent('securitySchemes', 'session', {
    type: 'apiKey',
    in: 'cookie',
    name: '__Host-carillon-session',
    description: 'Portal session from POST /session; unsafe methods also need X-CSRF-Token',
  });
  v1.use(
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => {
        throw new ApiError({
          status: 413,
          title: 'Content Too Large',
          code: 'body-too-large',
          detail: `body over ${MAX_BODY_BYTES} bytes`,
        });
      },
    }),
  );
  v1.use(async (c, next) => {
    // Per source address, before anything else is looked up (unknown only for in-process requests).
    const address = clientAddress(c, config.TRUSTED_PROXY_HOPS);
    if (address !== undefined) await deps.rateLimiter.enforce(deps.limits.address, address);
    if (PUBLIC_ROUTES.has(`${c.req.method} ${c.req.path}`)) return next();
    // Unknown routes answer 404/405 before authentication: the route list is public anyway.
    if (!allowedMethods(documentPaths(), API_PREFIX, c.req.path).includes(c.req.method)) return next();
    return authenticate(deps)(c, next);
  });
  for (const routes of ROUTE_MODULES) v1.route('/', routes(deps));

  const openApiConfig = {
    openapi: '3.1.0',
    info: {
      title: 'Carillon control-plane API',
      version: '1.0.0',
      description:
        'Resellers, tenants and their PBX configuration. Errors are RFC 9457 problem+json; lists are cursor-paged; writes take If-Match and Idempotency-Key.',
    },
    servers: [{ url: API_PREFIX }],
  };
  let paths: Record<string, Record<string, unknown>> | undefined;
  /** The document's paths, built once (routes do not change after start-up). */
  function documentPaths() {
    paths ??= v1.getOpenAPI31Document(openApiConfig).paths as Record<string, Record<string, unknown>>;
    return paths;
  }
  v1.doc31(DOCUMENT_PATH, openApiConfig);
  v1.get('/docs', (c) => {
    c.header('content-security-policy', REFERENCE_PAGE_CSP);
    return c.html(referencePage(`${API_PREFIX}${DOCUMENT_PATH}`));
  });
  app.route(API_PREFIX, v1);

  app.notFound((c) => {
    const allowed = allowedMethods(documentPaths(), API_PREFIX, c.req.path);
    if (allowed.length > 0) {
      return problemResponse(c, {
        status: 405,
        title: 'Method Not Allowed',
        code: 'method-not-allowed',
        detail: `${c.req.method} is not allowed here`,
        headers: { allow: allowed.join(', ') },
      });
    }
    return problemResponse(c, {
      status: 404,
      title: 'Not Found',
      code: 'no-route',
      detail: `no route ${c.req.path}`,
    });
  });
  app.onError((error, c) => {
    const problem = toProblem(error);
    const line = { err: error, status: problem.status, code: problem.code };
    if (problem.status >= 500) (c.var.log ?? log).error(line, 'request failed');
    else (c.var.log ?? log).debug(line, 'request refused');
    return problemResponse(c, problem);
  });
  return app;
}
