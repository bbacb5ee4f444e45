import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLogger } from '@carillon/logger';
import { createDynamoClients, createStore } from '@carillon/store';
import { describeSipPorts, formatBanner } from './banner';
import { parseCliOptions, USAGE } from './cli-options';
import { loadDemoCredentials, saveDemoCredentials } from './demo-credentials-file';
import type { RunningService } from './dynamodb-local';
import { loadOrCreateSecrets } from './embedded-secrets';
import { stackEnvironment } from './environment';
import { EmbeddedStackError } from './errors';
import { ensurePortalBuild, startPortal } from './portal';
import { resolvePort } from './ports';
import { seedDemo } from './seed';
import { startServiceProcess } from './service-process';
import { startStorageStack, storageEndpoints } from './storage-stack';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const log = createLogger({ service: 'embedded' });

/**
 * The embedded default: every Carillon service as a local process on
 * loopback. Stops cleanly on Ctrl-C; data persists unless --in-memory.
 */
async function main() {
  const options = parseCliOptions(process.argv.slice(2), repoRoot);
  if (options.help) {
    process.stdout.write(USAGE);
    return;
  }
  const running: RunningService[] = [];
  const stopAll = async () => {
    for (const service of running.reverse()) await service.stop();
  };
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      process.stdout.write('\nstopping Carillon…\n');
      stopAll().then(() => process.exit(0));
    });
  }

  try {
    // Ports first, so the control-plane apps can start while DynamoDB Local's
    // JVM warms up: their liveness checks need no storage.
    const dynamodbPort = await resolvePort(options.dynamodbPort, 'DynamoDB Local', '--dynamodb-port');
    const s3Port = await resolvePort(options.s3Port, 'the S3 server', '--s3-port');
    const apiPort = await resolvePort(options.apiPort, 'the control-plane API', '--api-port');
    const callControlPort = await resolvePort(
      options.callControlPort,
      'the call-control app',
      '--call-control-port',
    );
    const sipPort = await resolvePort(options.sipPort, 'SIP over UDP/TCP', '--sip-port');
    const sipTlsPort = await resolvePort(options.sipTlsPort, 'SIP over TLS', '--sip-tls-port');
    const sipWsPort = await resolvePort(options.sipWsPort, 'SIP over WebSocket', '--sip-ws-port');
    const sipWssPort = await resolvePort(options.sipWssPort, 'SIP over secure WebSocket', '--sip-wss-port');
    const portalPort = options.portal
      ? await resolvePort(options.portalPort, 'the web portal', '--portal-port')
      : undefined;
    // The portal's production build (only when its sources changed) runs while the rest starts.
    const portalLine = (line: string) => process.stdout.write(`[portal] ${line}\n`);
    const portalBuild = options.portal ? ensurePortalBuild(repoRoot, portalLine) : undefined;
    portalBuild?.catch(() => undefined);
    const dataDir = options.inMemory ? undefined : options.dataDir;
    const storageOptions = { dynamodbPort, s3Port, ...(dataDir ? { dataDir } : {}) };
    const secrets = loadOrCreateSecrets(dataDir);
    const env = {
      ...stackEnvironment(storageEndpoints(storageOptions)),
      CARILLON_CURSOR_SECRET: secrets.cursorSecret,
      CARILLON_EDGE_TOKEN: secrets.edgeToken,
      CARILLON_CALL_STATE_KEYS: secrets.callStateKey,
      // Webhook endpoints may be http://127.0.0.1 here (a receiver on this machine); never in a deployment.
      CARILLON_WEBHOOK_ALLOW_LOOPBACK_HTTP: 'true',
      // Sessions, CSRF tokens and the TOTP seal key must outlive a restart (the API derives its keys from it).
      CARILLON_API_SECRET: secrets.cursorSecret,
      // Tenants created through the API get SIP domains under the same platform domain as the demo tenant.
      CARILLON_PLATFORM_DOMAIN: options.platformDomain,
      // Password-reset mail as .eml files in the data directory (no SMTP server on a developer machine).
      ...(dataDir ? { MAIL_OUTBOX_DIR: join(dataDir, 'mail-outbox') } : {}),
      // Password-reset mails link to the portal's /reset-password page.
      ...(portalPort === undefined ? {} : { CARILLON_PORTAL_URL: `http://localhost:${portalPort}` }),
    };
    const controlPlane = (name: string, entry: string, port: number) =>
      startServiceProcess({
        name,
        entry: resolve(repoRoot, entry),
        cwd: repoRoot,
        env: { ...env, PORT: String(port) },
        readyUrl: `http://127.0.0.1:${port}/health`,
        onLine: (line) => process.stdout.write(`[${name}] ${line}\n`),
      });
    const [storage, api, callControl] = await Promise.all([
      startStorageStack(storageOptions),
      controlPlane('api', 'functions/api/src/server.ts', apiPort),
      controlPlane('call-control', 'functions/call-control/src/server.ts', callControlPort),
    ]);
    running.push(
      { endpoint: storage.dynamodbEndpoint, pid: process.pid, stop: storage.stop },
      api,
      callControl,
    );
    const edge = await startServiceProcess({
      name: 'edge',
      entry: resolve(repoRoot, 'media/src/main.ts'),
      cwd: repoRoot,
      env: {
        ...env,
        SIP_BIND_ADDRESS: options.sipBind,
        SIP_PUBLIC_HOST: options.sipBind === '0.0.0.0' ? '127.0.0.1' : options.sipBind,
        SIP_UDP_PORT: String(sipPort),
        SIP_TCP_PORT: String(sipPort),
        SIP_TLS_PORT: String(sipTlsPort),
        SIP_WS_PORT: String(sipWsPort),
        SIP_WSS_PORT: String(sipWssPort),
        CONTROL_PLANE_URL: callControl.endpoint,
        EDGE_TOKEN: secrets.edgeToken,
        DIGEST_NONCE_SECRETS: secrets.nonceSecret,
        // MD5 challenges only, so any softphone a newcomer tries registers (Debian's
        // baresip, among others, gives up when a SHA-256 challenge is offered beside MD5).
        DIGEST_ALGORITHMS: 'MD5',
        ...(dataDir ? { SIP_TLS_GENERATED_DIR: join(dataDir, 'tls') } : {}),
      },
      readyLine: /"edge listening"/,
      onLine: (line) => process.stdout.write(`[edge] ${line}\n`),
    });
    running.push(edge);
    // Webhook delivery: polls the table's due-time index, the embedded default's durable queue.
    const webhookWorker = await startServiceProcess({
      name: 'webhooks',
      entry: resolve(repoRoot, 'functions/webhooks/src/worker.ts'),
      cwd: repoRoot,
      env,
      readyLine: /"webhook worker started"/,
      onLine: (line) => process.stdout.write(`[webhooks] ${line}\n`),
    });
    running.push(webhookWorker);
    let portalUrl: string | undefined;
    if (portalBuild !== undefined && portalPort !== undefined) {
      const build = await portalBuild;
      portalLine(build.built ? `built in ${(build.ms / 1000).toFixed(1)} s` : 'build is up to date');
      // The /phone page's softphone connects here: the edge's WSS port on the host its self-signed
      // certificate names (SIP_PUBLIC_HOST above). A value set by the operator wins.
      process.env.CARILLON_EDGE_WSS_URL ??= `wss://${options.sipBind === '0.0.0.0' ? '127.0.0.1' : options.sipBind}:${sipWssPort}`;
      // The devices page shows a new device's registrar with its credentials (web/src/lib/sip-edge.ts).
      process.env.CARILLON_SIP_REGISTRAR_HOST ??=
        options.sipBind === '0.0.0.0' ? '127.0.0.1' : options.sipBind;
      process.env.CARILLON_SIP_PORT ??= String(sipPort);
      process.env.CARILLON_SIPS_PORT ??= String(sipTlsPort);
      const portal = await startPortal({
        repoRoot,
        port: portalPort,
        apiUrl: api.endpoint,
        onLine: portalLine,
      });
      running.push(portal);
      // localhost: the name browsers treat as a secure context, so the API's `__Host-` cookies are kept.
      portalUrl = portal.endpoint.replace('127.0.0.1', 'localhost');
    }
    const { document } = createDynamoClients();
    const store = createStore({ tableName: storage.tableName, document, cursorSecret: secrets.cursorSecret });
    const seeded = await seedDemo(store, options.platformDomain);
    if (!options.inMemory) mkdirSync(options.dataDir, { recursive: true });
    if (seeded.credentials && !options.inMemory) saveDemoCredentials(options.dataDir, seeded.credentials);
    const credentials =
      seeded.credentials ?? (options.inMemory ? undefined : loadDemoCredentials(options.dataDir));
    process.stdout.write(
      formatBanner({
        services: [
          ...(portalUrl === undefined
            ? []
            : [['Web portal', `${portalUrl}  (log in with a portal login below)`] as const]),
          ['SIP edge', describeSipPorts(edge.readyOutput)],
          ['Control-plane API', `${api.endpoint}  (health: ${api.endpoint}/health)`],
          [
            'Call control',
            `${callControl.endpoint}  (edge API /edge/v1, bearer token in the data directory)`,
          ],
          ['Webhook delivery', 'worker polling the table (endpoints may be http://127.0.0.1 here)'],
          ['DynamoDB Local', `${storage.dynamodbEndpoint}  table ${storage.tableName}`],
          ['S3-API server', `${storage.s3Endpoint}  buckets ${storage.bucketPrefix}-*`],
        ],
        data: options.inMemory ? 'in memory (lost on stop)' : options.dataDir,
        credentials,
      }),
    );
  } catch (error) {
    await stopAll();
    if (error instanceof EmbeddedStackError) {
      process.stderr.write(`carillon: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

main().catch((error: unknown) => {
  log.fatal({ err: error }, 'embedded stack failed');
  process.exit(1);
});
