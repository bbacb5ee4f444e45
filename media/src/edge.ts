import { fallbackPolicySchema, hangupActionSchema, TEMPORARY_FAILURE } from '@carillon/call-control';
import type { ControlPlaneClient } from '@carillon/edge-api';
import { createLogger, type Logger } from '@carillon/logger';
import { DigestAuthenticator, InMemoryNonceCountStore, type TimerSettings } from '@carillon/sip';
import { B2bua } from './b2bua/b2bua';
import { CdrReporterAdapter } from './b2bua/cdr-reporter-adapter';
import { MediaEngineAdapter } from './b2bua/engine-adapter';
import { RtpRelayPort } from './b2bua/relay-adapter';
import { ControlPlaneGateway } from './call-control/control-plane-gateway';
import { type CdrReporting, startCdrReporting } from './cdr/cdr-reporting';
import type { EdgeConfig } from './config';
import { MediaEngine } from './media-engine/media-engine';
import { PromptLibrary } from './media-engine/prompt-library';
import { pooledRandomBytes } from './random-pool';
import { realClock } from './real-clock';
import { CredentialCache } from './registrar/credential-cache';
import type { CredentialSource } from './registrar/credential-source';
import { type BindingStore, LocationService } from './registrar/location-service';
import { Registrar } from './registrar/registrar';
import { RegistrationNotices } from './registrar/registration-notices';
import { RequestAuthenticator } from './registrar/request-authenticator';
import { RtpRelay } from './rtp-relay/rtp-relay';
import { AuthFailureBan } from './security/auth-failure-ban';
import { CallLimits } from './security/call-limits';
import { type MonotonicClock, systemMonotonicClock } from './security/monotonic-clock';
import { RateLimiter } from './security/rate-limiter';
import { SipStack } from './sip-stack';
import { selfSignedCertificate, tlsMaterialFromFiles } from './tls-certificate';
import { ConnectionTable } from './transport/connection-table';
import type { TransportName } from './transport/flow';
import { StreamTransport, type TlsMaterial } from './transport/stream-transport';
import { TransportHub } from './transport/transport-hub';
import { UdpTransport } from './transport/udp-transport';
import { WsTransport } from './transport/ws-transport';
import { carveWebRtcPorts } from './webrtc/port-range';
import { WebRtcGateway } from './webrtc/webrtc-gateway';

export interface EdgeDependencies {
  readonly credentials: CredentialSource;
  readonly bindings: BindingStore;
  readonly logger?: Logger;
  /** Clock of the security rules and caches (tests pass a controllable one). */
  readonly clock?: MonotonicClock;
  readonly timers?: Partial<TimerSettings>;
  /**
   * The control plane: call decisions (`call.new`, ARCHITECTURE §3) and CDR reports. Without it every
   * call gets the CALL_CONTROL_FALLBACK at once and no CDR is written.
   */
  readonly controlPlane?: ControlPlaneClient;
  /**
   * WebRTC legs answer ICE connectivity checks only from addresses this accepts (default: all).
   * Tests keep to loopback with it: a browser also checks from the machine's other interfaces.
   */
  readonly acceptIceFrom?: (address: string) => boolean;
}

/** A running edge: what feature modules (the B2BUA, media) and tests build on. */
export interface Edge {
  readonly config: EdgeConfig;
  readonly logger: Logger;
  /** Bound port per enabled transport. */
  readonly ports: Partial<Record<TransportName, number>>;
  readonly stack: SipStack;
  readonly location: LocationService;
  readonly authenticator: RequestAuthenticator;
  readonly callLimits: CallLimits;
  readonly bans: AuthFailureBan;
  readonly relay: RtpRelay;
  readonly media: MediaEngine;
  readonly b2bua: B2bua;
  /** The CDR journal, outbox and sender; absent without a control plane. */
  readonly cdr: CdrReporting | undefined;
  /**
   * Graceful stop (SIGTERM): stop accepting, let calls and open transactions finish within the
   * grace period, hang up what is left, close the relay and the CDR path.
   */
  stop(graceMs?: number): Promise<void>;
}

/**
 * Assemble and start the edge: security → SIP stack → registrar → relay, media engine, CDR path and
 * B2BUA → transports.
 */
export async function startEdge(config: EdgeConfig, deps: EdgeDependencies): Promise<Edge> {
  const logger = deps.logger ?? createLogger({ service: 'edge', level: config.LOG_LEVEL });
  const clock = deps.clock ?? systemMonotonicClock;

  const bans = new AuthFailureBan({
    maxFailures: config.AUTH_BAN_MAX_FAILURES,
    windowMs: config.AUTH_BAN_WINDOW_SECONDS * 1000,
    banMs: config.AUTH_BAN_DURATION_SECONDS * 1000,
    clock,
    onBan: (source, failures, untilMs) =>
      logger.warn(
        { source, failures, banSeconds: Math.round((untilMs - clock.now()) / 1000) },
        'source banned after repeated authentication failures',
      ),
  });
  const rateLimiter = new RateLimiter({
    ratePerSecond: config.RATE_LIMIT_REQUESTS_PER_SECOND,
    burst: config.RATE_LIMIT_BURST,
    clock,
  });
  const connections = new ConnectionTable();
  const hub = new TransportHub(connections, logger);
  const stack = new SipStack({
    hub,
    logger,
    clock: realClock,
    publicHost: config.SIP_PUBLIC_HOST,
    gate: { isBanned: (a) => bans.isBanned(a), admitRequest: (a) => rateLimiter.tryConsume(a) },
    ...(deps.timers ? { timers: deps.timers } : {}),
  });

  const digest = new DigestAuthenticator({
    secrets: config.DIGEST_NONCE_SECRETS,
    clock: { now: () => Date.now() },
    randomBytes: pooledRandomBytes,
    lifetimeSeconds: config.DIGEST_NONCE_LIFETIME_SECONDS,
    nonceCounts: new InMemoryNonceCountStore({ maxEntries: 200_000 }),
    // MD5 first: RFC 8760 §2.4 prefers SHA-256 first, but many deployed phones (and sipp) answer
    // only the first challenge they see and know MD5 alone; both are offered either way.
    algorithms: config.DIGEST_ALGORITHMS,
  });
  const credentials = new CredentialCache({
    source: deps.credentials,
    clock,
    ttlMs: config.CREDENTIAL_CACHE_TTL_SECONDS * 1000,
  });
  const authenticator = new RequestAuthenticator({
    digest,
    credentials,
    bans,
    logger,
    newTag: () => stack.transactions.newTag(),
  });
  const location = new LocationService(deps.bindings, config.EDGE_NODE_ID, undefined, {
    commitLingerMs: config.LOCATION_COMMIT_LINGER_MS,
    commitMaxInFlight: config.LOCATION_COMMIT_MAX_IN_FLIGHT,
    commitMaxPending: config.LOCATION_COMMIT_MAX_PENDING,
    cacheMaxAors: config.LOCATION_CACHE_MAX_AORS,
  });
  const controlPlane = deps.controlPlane;
  const notices = controlPlane
    ? new RegistrationNotices({ send: (event) => controlPlane.postRegistrationEvent(event), logger })
    : undefined;
  // Lapsed bindings leave the location view here (reads only hide them), and are told as
  // device.unregistered when there is a control plane to tell.
  const sweep = setInterval(() => {
    const now = new Date();
    for (const binding of location.takeExpired()) notices?.unregistered(binding, now);
  }, config.REGISTRATION_SWEEP_SECONDS * 1000).unref();
  new Registrar({
    stack,
    authenticator,
    location,
    ...(notices ? { notices } : {}),
    expires: {
      min: config.REGISTER_MIN_EXPIRES,
      max: config.REGISTER_MAX_EXPIRES,
      default: config.REGISTER_DEFAULT_EXPIRES,
    },
  });
  const callLimits = new CallLimits({
    maxPerDevice: config.MAX_CALLS_PER_DEVICE,
    maxPerTenant: config.MAX_CALLS_PER_TENANT,
  });

  const mediaPorts = config.WEBRTC_ENABLED
    ? carveWebRtcPorts(config.RTP_PORT_MIN, config.RTP_PORT_MAX, config.WEBRTC_PORT_SHARE_PERCENT)
    : undefined;
  const relay = new RtpRelay({
    portMin: config.RTP_PORT_MIN,
    portMax: mediaPorts?.relay.max ?? config.RTP_PORT_MAX,
    bindAddress: config.SIP_BIND_ADDRESS,
    publicAddress: config.SIP_PUBLIC_HOST,
    inactivityTimeoutMs: config.RTP_INACTIVITY_SECONDS * 1000,
  });
  const media = new MediaEngine({
    prompts: new PromptLibrary(config.PROMPTS_DIR),
    onWarning: (message, error) => logger.warn({ err: error }, message),
  });
  const cdr = deps.controlPlane
    ? startCdrReporting({
        dataDir: config.CDR_DATA_DIR,
        edgeNodeId: config.EDGE_NODE_ID,
        sink: deps.controlPlane,
        log: logger,
      })
    : undefined;
  if (!cdr) logger.warn('no control plane configured: calls get the fallback and no CDR is written');
  const webrtc = mediaPorts
    ? new WebRtcGateway({
        publicAddress: config.SIP_PUBLIC_HOST,
        bindAddress: config.SIP_BIND_ADDRESS,
        ports: mediaPorts.webrtc,
        ...(deps.acceptIceFrom ? { acceptIceFrom: deps.acceptIceFrom } : {}),
        logger,
      })
    : undefined;
  const b2bua = new B2bua({
    stack,
    authenticator,
    location,
    callLimits,
    relay: new RtpRelayPort(relay),
    ...(webrtc ? { legMedia: webrtc } : {}),
    engine: new MediaEngineAdapter(media),
    gateway: new ControlPlaneGateway({
      client: deps.controlPlane,
      deadlineMs: config.CALL_CONTROL_DEADLINE_MS,
      logger,
    }),
    fallback: fallbackPolicySchema.parse({ kind: config.CALL_CONTROL_FALLBACK }),
    ...(cdr ? { reporter: new CdrReporterAdapter(cdr.reporter) } : {}),
    logger,
    nodeId: config.EDGE_NODE_ID,
  });

  const streamOptions = {
    host: config.SIP_BIND_ADDRESS,
    maxMessageSize: config.SIP_MAX_MESSAGE_SIZE,
    // A registered phone refreshes well within the longest registration; anything quieter is dead.
    idleTimeoutMs: (config.REGISTER_MAX_EXPIRES + 120) * 1000,
    connections,
    sink: stack,
    logger,
  };
  let tls: TlsMaterial | undefined;
  if (config.SIP_TLS_ENABLED || config.SIP_WSS_ENABLED) {
    tls =
      config.SIP_TLS_CERT_FILE && config.SIP_TLS_KEY_FILE
        ? tlsMaterialFromFiles(config.SIP_TLS_CERT_FILE, config.SIP_TLS_KEY_FILE)
        : selfSignedCertificate(config.SIP_PUBLIC_HOST, config.SIP_TLS_GENERATED_DIR);
  }
  try {
    if (config.SIP_UDP_ENABLED) {
      hub.add(
        await UdpTransport.listen({
          host: config.SIP_BIND_ADDRESS,
          port: config.SIP_UDP_PORT,
          maxDatagramSize: config.SIP_MAX_DATAGRAM_SIZE,
          sink: stack,
          logger,
        }),
      );
    }
    if (config.SIP_TCP_ENABLED) {
      hub.add(await StreamTransport.listen({ ...streamOptions, name: 'TCP', port: config.SIP_TCP_PORT }));
    }
    if (config.SIP_TLS_ENABLED) {
      hub.add(
        await StreamTransport.listen({ ...streamOptions, name: 'TLS', port: config.SIP_TLS_PORT, tls }),
      );
    }
    if (config.SIP_WS_ENABLED) {
      hub.add(await WsTransport.listen({ ...streamOptions, name: 'WS', port: config.SIP_WS_PORT }));
    }
    if (config.SIP_WSS_ENABLED) {
      hub.add(await WsTransport.listen({ ...streamOptions, name: 'WSS', port: config.SIP_WSS_PORT, tls }));
    }
  } catch (error) {
    clearInterval(sweep);
    await hub.close();
    relay.close();
    await cdr?.stop();
    throw error;
  }
  const ports = hub.ports();
  logger.info({ node: config.EDGE_NODE_ID, ports, publicHost: config.SIP_PUBLIC_HOST }, 'edge listening');

  let stopping: Promise<void> | undefined;
  return {
    config,
    logger,
    ports,
    stack,
    location,
    authenticator,
    callLimits,
    bans,
    relay,
    media,
    b2bua,
    cdr,
    stop(graceMs = config.SHUTDOWN_GRACE_SECONDS * 1000) {
      stopping ??= (async () => {
        logger.info({ graceMs }, 'edge stopping');
        hub.stopAccepting();
        const deadline = Date.now() + graceMs;
        while (b2bua.activeCalls > 0 && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        if (b2bua.activeCalls > 0) logger.warn({ calls: b2bua.activeCalls }, 'hanging up calls still up');
        const shutdown = hangupActionSchema.parse({
          type: 'hangup',
          sipStatus: 503,
          cause: TEMPORARY_FAILURE,
          reason: 'Edge shutting down',
        });
        await Promise.all(b2bua.calls().map((call) => call.hangup(shutdown)));
        await stack.drain(Math.max(0, deadline - Date.now()));
        clearInterval(sweep);
        await location.flush();
        await hub.close();
        relay.close();
        await cdr?.stop();
        logger.info('edge stopped');
      })();
      return stopping;
    },
  };
}
