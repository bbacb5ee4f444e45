/**
 * Every number that bounds the protocol, in one place so both sides, the docs
 * and the tests read the same figure.
 *
 * Units, throughout the protocol: every duration is a whole number of
 * milliseconds and its field name ends in `Ms`; every point in time is an
 * RFC 3339 UTC timestamp (`2025-01-31T09:15:00.000Z`) whose field name ends in `At`.
 */

/** The version this package speaks; both events and replies carry it. */
export const PROTOCOL_VERSION = 1;

/** Actions in one reply. A PBX step needs a handful; 32 leaves room for announcements. */
export const MAX_ACTIONS_PER_REPLY = 32;
/** Targets in one `dial`: a parallel ring group or a linear hunt of up to 50 phones. */
export const MAX_DIAL_TARGETS = 50;
/** Size of the sealed state token as it travels (ASCII, so bytes = characters): 8 KiB. */
export const MAX_STATE_BYTES = 8 * 1024;
/** Legs reported in one `call.ended` (transfers and hunts add legs). */
export const MAX_LEGS_PER_CALL = 64;

export const MAX_CALL_ID_LENGTH = 256;
export const MAX_LEG_ID_LENGTH = 100;
/** Tenant, device, trunk, queue, … ids. */
export const MAX_ID_LENGTH = 64;
/** SIP and tel URIs; RFC 3261 sets no bound, 1 KiB is far beyond any real URI. */
export const MAX_URI_LENGTH = 1024;
export const MAX_USER_PART_LENGTH = 128;
export const MAX_DISPLAY_NAME_LENGTH = 128;
/** Reason phrases and free-text reasons (RFC 3326 Reason `text`). */
export const MAX_REASON_LENGTH = 128;
/** Dial strings: E.164 with `+`, national numbers, `*`/`#` service codes. */
export const MAX_NUMBER_LENGTH = 32;
/** S3 object keys and key prefixes; S3 allows 1,024, generated file names need the rest. */
export const MAX_OBJECT_KEY_LENGTH = 512;
export const MAX_HEADER_VALUES = 8;
export const MAX_HEADER_VALUE_LENGTH = 1024;
export const MAX_CODECS = 16;

export const MAX_GATHER_DIGITS = 64;
export const MAX_PLAY_LOOP = 100;
export const MAX_QUEUE_AGENTS = 200;
export const MAX_TARGETS_PER_AGENT = 8;
/** Contacts in a 3xx response (RFC 3261 §21.3); a handful is all a trunk will try. */
export const MAX_REDIRECT_CONTACTS = 10;
/** Devices whose ringing calls a `pickup` may take (a pickup group's members' phones). */
export const MAX_PICKUP_DEVICES = 100;

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/** How long the edge waits for the control plane before it applies the fallback policy. */
export const DEFAULT_CONTROL_PLANE_DEADLINE_MS = 2 * SECOND;
export const MIN_CONTROL_PLANE_DEADLINE_MS = 100;
export const MAX_CONTROL_PLANE_DEADLINE_MS = 10 * SECOND;

/** `ring`: how long to keep ringing before the next action; 0 = signal and go on at once. */
export const MAX_RING_DURATION_MS = 5 * MINUTE;

export const DEFAULT_FIRST_DIGIT_TIMEOUT_MS = 5 * SECOND;
export const DEFAULT_INTER_DIGIT_TIMEOUT_MS = 3 * SECOND;
export const MAX_DIGIT_TIMEOUT_MS = 60 * SECOND;

/** Per-target ring time; T640 hunt member timeout allows up to 300 s. */
export const DEFAULT_TARGET_TIMEOUT_MS = 20 * SECOND;
export const MAX_TARGET_TIMEOUT_MS = 5 * MINUTE;
/** Whole `dial`; T640 queue ring time allows up to 3,600 s. */
export const DEFAULT_DIAL_TIMEOUT_MS = 60 * SECOND;
export const MAX_DIAL_TIMEOUT_MS = HOUR;
/** iFMC "call delay" before a parallel target starts ringing. */
export const MAX_TARGET_DELAY_MS = 2 * MINUTE;

/** Voicemail: T300 manual L1401-1404, "default 30 minutes, which is also the maximum". */
export const DEFAULT_MESSAGE_MAX_DURATION_MS = 30 * MINUTE;
export const MAX_MESSAGE_DURATION_MS = 30 * MINUTE;
/** Call recording in the background. */
export const DEFAULT_CALL_RECORDING_MAX_DURATION_MS = 4 * HOUR;
export const MAX_CALL_RECORDING_DURATION_MS = 12 * HOUR;

export const MAX_QUEUE_WAIT_MS = 4 * HOUR;
/** T640 queue ring time per agent, 0 = 3,600 s (manual L1693-1694). */
export const MAX_AGENT_RING_TIME_MS = HOUR;
export const MAX_WRAP_UP_MS = 10 * MINUTE;
export const MAX_ANNOUNCEMENT_INTERVAL_MS = 30 * MINUTE;

export const MAX_PARK_TIMEOUT_MS = HOUR;
export const DEFAULT_PARK_TIMEOUT_MS = 3 * MINUTE;

export const MAX_CONFERENCE_PARTICIPANTS = 200;
export const MAX_FAX_PAGES = 500;
