import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DEFAULT_CONTROL_PLANE_DEADLINE_MS,
  MAX_CONTROL_PLANE_DEADLINE_MS,
  MIN_CONTROL_PLANE_DEADLINE_MS,
} from '@carillon/call-control';
import { loadConfig } from '@carillon/config';
import { z } from 'zod';
import { DEFAULT_PROMPT_DIRECTORY } from './media-engine/prompt-library';

/*
 * The edge's one configuration module: every variable is read here, validated once at start-up.
 *
 * Ports (0 = pick a free port, used by tests; a negative value is not allowed, use the *_ENABLED flag):
 *   SIP_UDP_PORT / SIP_TCP_PORT   5060 (RFC 3261 §18, §19.1.2 default for sip:)
 *   SIP_TLS_PORT                  5061 (RFC 3261 §19.1.2 default for sips:)
 *   SIP_WS_PORT                   8088 (RFC 7118 names no port; 8088/8089 are what Asterisk, FreeSWITCH and
 *   SIP_WSS_PORT                  8089  JsSIP examples use, so softphone configs work unchanged)
 * TLS: SIP_TLS_CERT_FILE / SIP_TLS_KEY_FILE (PEM). When absent, the edge generates a self-signed
 * certificate for SIP_PUBLIC_HOST with `openssl` at start-up (see tls-certificate.ts): good for the
 * embedded default, never for production.
 *
 * Media: RTP_PORT_MIN–RTP_PORT_MAX (10000–20000) is the media range, two ports (RTP, RTCP) per relay
 * leg, two legs per call. With WEBRTC_ENABLED the top WEBRTC_PORT_SHARE_PERCENT (20 %: 18000–20000)
 * is carved off for the ICE host candidates of browser legs (one port each, reserved as a pair;
 * webrtc/port-range.ts) and the relay keeps the rest (10000–17999: 2000 calls). CDR_DATA_DIR holds the CDR journal and outbox (`<dir>/<EDGE_NODE_ID>/`); the
 * default under the OS temp dir is for the embedded default and tests only — a production node sets
 * a persistent directory, or a reboot loses the reports of calls that were up (issue 4, item 7).
 * CDRs are reported only when CONTROL_PLANE_URL and EDGE_TOKEN are set (they go to the control plane).
 */

const port = z.coerce.number().int().min(0).max(65_535);
const flag = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1')
  .default(true);
const positive = z.coerce.number().int().positive();

export const edgeConfigSchema = z
  .object({
    /** This node's id, written on every binding it holds (ARCHITECTURE.md §5: calls are handed to it). */
    EDGE_NODE_ID: z.string().min(1).max(100).default('edge-1'),
    LOG_LEVEL: z.string().default('info'),

    SIP_BIND_ADDRESS: z.string().min(1).default('0.0.0.0'),
    /** Host written in Via/Contact/Record-Route and SDP: the address phones reach this node at. */
    SIP_PUBLIC_HOST: z.string().min(1).default('127.0.0.1'),
    SIP_UDP_PORT: port.default(5060),
    SIP_TCP_PORT: port.default(5060),
    SIP_TLS_PORT: port.default(5061),
    SIP_WS_PORT: port.default(8088),
    SIP_WSS_PORT: port.default(8089),
    SIP_UDP_ENABLED: flag,
    SIP_TCP_ENABLED: flag,
    SIP_TLS_ENABLED: flag,
    SIP_WS_ENABLED: flag,
    SIP_WSS_ENABLED: flag,
    SIP_TLS_CERT_FILE: z.string().min(1).optional(),
    SIP_TLS_KEY_FILE: z.string().min(1).optional(),
    /** Where a generated self-signed certificate is kept between runs (default: the OS temp dir). */
    SIP_TLS_GENERATED_DIR: z.string().min(1).optional(),

    /**
     * Largest SIP message on stream transports and WebSocket (octets); bigger → connection closed.
     * 64 KiB: far above any real INVITE with SDP, small enough that one peer cannot hold much memory.
     */
    SIP_MAX_MESSAGE_SIZE: positive.max(1_048_576).default(65_536),
    /** UDP: the largest datagram IPv4 can carry (65,535 − 8 UDP − 20 IP); bigger ones cannot arrive. */
    SIP_MAX_DATAGRAM_SIZE: positive.max(65_507).default(65_507),

    /** RFC 3261 §10.3 step 7: Expires below this → 423 Interval Too Brief with Min-Expires. */
    REGISTER_MIN_EXPIRES: positive.default(60),
    /** Larger requested values are lowered to this (§10.3 step 7 allows the registrar to shorten). */
    REGISTER_MAX_EXPIRES: positive.default(3600),
    /** Used when the REGISTER names no expiry (§10.2.1.1 suggests 3600; phones refresh sooner anyway). */
    REGISTER_DEFAULT_EXPIRES: positive.default(600),
    /**
     * Group commit of bindings (registrar/group-commit.ts): how long the first write of an idle node
     * waits for others to share its BatchWriteItem, ms; batches in flight at once; writes waiting at
     * most (beyond: 503 Retry-After to the REGISTER).
     */
    LOCATION_COMMIT_LINGER_MS: z.coerce.number().int().min(0).max(100).default(2),
    LOCATION_COMMIT_MAX_IN_FLIGHT: positive.default(4),
    LOCATION_COMMIT_MAX_PENDING: positive.default(10_000),
    /** AORs whose bindings the node keeps in memory (registrar/location-cache.ts); LRU beyond. */
    LOCATION_CACHE_MAX_AORS: positive.default(200_000),
    /**
     * How often lapsed bindings are looked for (device.unregistered notices for registrations that
     * were not refreshed), seconds; a lapse is told at most this much late.
     */
    REGISTRATION_SWEEP_SECONDS: z.coerce.number().int().min(1).max(600).default(15),

    /** HMAC keys for stateless digest nonces, comma-separated, first one signs; same on every node. */
    DIGEST_NONCE_SECRETS: z
      .string()
      .min(16)
      .default('carillon-embedded-nonce-secret-change-me')
      .transform((s) => s.split(',').map((x) => x.trim())),
    DIGEST_NONCE_LIFETIME_SECONDS: positive.default(300),
    /**
     * Digest algorithms challenged with, in order (RFC 8760 §2.4: one challenge per algorithm,
     * the preferred first). Some deployed UAs give up on a 401/407 that carries any algorithm
     * they lack even beside MD5 — Debian's baresip 1.0 answers "Function not implemented" — so
     * a site with such phones sets `MD5`.
     */
    DIGEST_ALGORITHMS: z
      .string()
      .default('MD5,SHA-256')
      .transform((s) => s.split(',').map((x) => x.trim()))
      .pipe(z.array(z.enum(['MD5', 'SHA-256'])).min(1, 'name at least one digest algorithm')),
    /** How long control-plane credential answers (found and not found) are reused. */
    CREDENTIAL_CACHE_TTL_SECONDS: positive.default(30),

    /** Auth failures from one source IP within the window that trigger a ban. */
    AUTH_BAN_MAX_FAILURES: positive.default(10),
    AUTH_BAN_WINDOW_SECONDS: positive.default(600),
    AUTH_BAN_DURATION_SECONDS: positive.default(1800),

    /**
     * Requests per second per source IP (token bucket refill) and burst size (bucket depth).
     * 100/s sustained with a burst of 200 leaves room for an office of ~100 phones behind one NAT
     * refreshing registrations and subscriptions; beyond it requests are dropped silently.
     */
    RATE_LIMIT_REQUESTS_PER_SECOND: positive.default(100),
    RATE_LIMIT_BURST: positive.default(200),

    /** Concurrent calls when the control plane names no limit. */
    MAX_CALLS_PER_DEVICE: positive.default(4),
    MAX_CALLS_PER_TENANT: positive.default(100),

    /** Control plane (functions/call-control) base URL and the shared edge token. */
    CONTROL_PLANE_URL: z.url().optional(),
    EDGE_TOKEN: z.string().min(1).optional(),

    /** RTP relay port range, inclusive (RTP even, RTCP the odd port above). */
    RTP_PORT_MIN: port.default(10_000),
    RTP_PORT_MAX: port.default(20_000),
    /** Terminate WebRTC from browsers (ICE-lite, DTLS-SRTP, G.711; media/src/webrtc). */
    WEBRTC_ENABLED: flag,
    /** Share of the media port range for WebRTC legs, percent (see the header comment). */
    WEBRTC_PORT_SHARE_PERCENT: z.coerce.number().int().min(1).max(90).default(20),
    /** No RTP on either leg of a call for this long → the call is torn down (issue 4: dead calls). */
    RTP_INACTIVITY_SECONDS: positive.default(60),
    /** ARCHITECTURE §3: a live call waits at most this long for the control plane's next actions. */
    CALL_CONTROL_DEADLINE_MS: z.coerce
      .number()
      .int()
      .min(MIN_CONTROL_PLANE_DEADLINE_MS)
      .max(MAX_CONTROL_PLANE_DEADLINE_MS)
      .default(DEFAULT_CONTROL_PLANE_DEADLINE_MS),
    /** What a call gets when the control plane cannot decide: an announcement then hangup, or a 503. */
    CALL_CONTROL_FALLBACK: z.enum(['announce-and-hangup', 'reject']).default('announce-and-hangup'),
    /** Root of the CDR journal and outbox; see the header comment. */
    CDR_DATA_DIR: z.string().min(1).default(join(tmpdir(), 'carillon-edge-cdr')),
    /** System prompts (8 kHz WAV), default media/prompts. */
    PROMPTS_DIR: z.string().min(1).default(DEFAULT_PROMPT_DIRECTORY),

    /** Store (DynamoDB single table). The endpoint comes from AWS_ENDPOINT_URL_DYNAMODB. */
    CARILLON_TABLE_NAME: z.string().min(1).default('carillon'),
    /** How long SIGTERM waits for open transactions before closing the sockets. */
    SHUTDOWN_GRACE_SECONDS: z.coerce.number().min(0).default(10),
  })
  .refine((c) => c.REGISTER_MIN_EXPIRES <= c.REGISTER_DEFAULT_EXPIRES, {
    message: 'REGISTER_DEFAULT_EXPIRES must be at least REGISTER_MIN_EXPIRES',
    path: ['REGISTER_DEFAULT_EXPIRES'],
  })
  .refine((c) => c.REGISTER_DEFAULT_EXPIRES <= c.REGISTER_MAX_EXPIRES, {
    message: 'REGISTER_DEFAULT_EXPIRES must be at most REGISTER_MAX_EXPIRES',
    path: ['REGISTER_DEFAULT_EXPIRES'],
  })
  .refine((c) => c.RTP_PORT_MIN < c.RTP_PORT_MAX, {
    message: 'RTP_PORT_MIN must be below RTP_PORT_MAX',
    path: ['RTP_PORT_MIN'],
  })
  .refine((c) => (c.SIP_TLS_CERT_FILE === undefined) === (c.SIP_TLS_KEY_FILE === undefined), {
    message: 'set both SIP_TLS_CERT_FILE and SIP_TLS_KEY_FILE, or neither',
    path: ['SIP_TLS_CERT_FILE'],
  });

export type EdgeConfig = z.infer<typeof edgeConfigSchema>;

export function loadEdgeConfig(env: Record<string, string | undefined> = process.env): EdgeConfig {
  return loadConfig(edgeConfigSchema, env);
}
