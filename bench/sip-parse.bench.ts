/**
 * SIP message parse + serialize throughput, @carillon/sip against reference parsers in the same run.
 *
 *   pnpm exec tsx bench/sip-parse.bench.ts [secondsPerCase]
 *
 * Each case runs for a fixed CPU time on one thread (after a warm-up) and reports messages per
 * CPU-second (process CPU time, so other load on the machine does not deflate the figure).
 * Cases per message (a ~1 KB INVITE with SDP, a REGISTER):
 *   - carillon lazy: parseMessage + serialize (typed header values untouched, as a stateless edge
 *     forwarding by raw headers would do);
 *   - carillon typed: parseMessage + the typed values a transaction layer reads (Via, From, To,
 *     Call-ID, CSeq, Contact, Max-Forwards) + serialize — comparable with parsers that parse eagerly;
 *   - sip@0.0.6: parse + stringify (parses Via/From/To/CSeq/Contact eagerly);
 *   - sip.js@0.21.2: core Parser.parseMessage + toString (toString returns the received text).
 */
import os from 'node:os';
import {
  getCallId,
  getContact,
  getCSeq,
  getFrom,
  getMaxForwards,
  getTo,
  getVia,
  parseMessage,
  serialize,
} from '@carillon/sip';
import sip from 'sip';
import { LoggerFactory, Parser } from 'sip.js/lib/core/index.js';

const CRLF = '\r\n';

const SDP = [
  'v=0',
  'o=alice 2890844526 2890844526 IN IP4 198.51.100.10',
  's=-',
  'c=IN IP4 198.51.100.10',
  't=0 0',
  'm=audio 49170 RTP/AVP 0 8 9 18 101',
  'a=rtpmap:0 PCMU/8000',
  'a=rtpmap:8 PCMA/8000',
  'a=rtpmap:9 G722/8000',
  'a=rtpmap:18 G729/8000',
  'a=fmtp:18 annexb=no',
  'a=rtpmap:101 telephone-event/8000',
  'a=fmtp:101 0-16',
  'a=ptime:20',
  'a=sendrecv',
  '',
].join(CRLF);

const INVITE = Buffer.from(
  [
    'INVITE sip:bob@pbx.example.com;transport=tcp SIP/2.0',
    'Via: SIP/2.0/TCP 198.51.100.10:5060;branch=z9hG4bK776asdhds;rport',
    'Via: SIP/2.0/UDP 203.0.113.7:5060;branch=z9hG4bK4b43c2ff8.1;received=203.0.113.7',
    'Max-Forwards: 69',
    'Record-Route: <sip:edge1.example.com;lr;transport=tcp>',
    'To: "Bob" <sip:bob@pbx.example.com>',
    'From: "Alice Example" <sip:alice@example.com>;tag=1928301774',
    'Call-ID: a84b4c76e66710@pc33.example.com',
    'CSeq: 314159 INVITE',
    'Contact: <sip:alice@198.51.100.10:5060;transport=tcp>;+sip.instance="<urn:uuid:00000000-0000-1000-8000-AABBCCDDEEFF>"',
    'Allow: INVITE, ACK, CANCEL, BYE, OPTIONS, REFER, NOTIFY, UPDATE, PRACK, INFO, MESSAGE',
    'Supported: replaces, timer, 100rel, outbound',
    'Session-Expires: 1800;refresher=uac',
    'Min-SE: 90',
    'User-Agent: Carillon-Bench/1.0',
    'P-Asserted-Identity: "Alice Example" <sip:+15551234567@example.com;user=phone>',
    'Content-Type: application/sdp',
    `Content-Length: ${Buffer.byteLength(SDP)}`,
    '',
    SDP,
  ].join(CRLF),
);

const REGISTER = Buffer.from(
  [
    'REGISTER sip:example.com SIP/2.0',
    'Via: SIP/2.0/UDP 198.51.100.20:5060;branch=z9hG4bKnashds7;rport',
    'Max-Forwards: 70',
    'To: <sip:bob@example.com>',
    'From: <sip:bob@example.com>;tag=456248',
    'Call-ID: 843817637684230@998sdasdh09',
    'CSeq: 1826 REGISTER',
    'Contact: <sip:bob@198.51.100.20:5060>;expires=3600',
    'Authorization: Digest username="bob", realm="example.com", nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093", uri="sip:example.com", response="6629fae49393a05397450978507c4ef1", algorithm=MD5',
    'User-Agent: Carillon-Bench/1.0',
    'Content-Length: 0',
    '',
    '',
  ].join(CRLF),
);

const seconds = Number(process.argv[2] ?? 2);
const sipJsLogger = new LoggerFactory();
sipJsLogger.builtinEnabled = false;
const logger = sipJsLogger.getLogger('sip.parser');

type Case = { name: string; run: (buf: Buffer, text: string) => number };

const cases: Case[] = [
  { name: 'carillon lazy', run: (buf) => serialize(parseMessage(buf)).length },
  {
    name: 'carillon typed',
    run: (buf) => {
      const m = parseMessage(buf);
      const n =
        getVia(m).length +
        getFrom(m).params.size +
        getTo(m).params.size +
        getCallId(m).length +
        getCSeq(m).seq +
        getContact(m).contacts.length +
        (getMaxForwards(m) ?? 0);
      return n + serialize(m).length;
    },
  },
  { name: 'sip@0.0.6', run: (buf) => sip.stringify(sip.parse(buf)).length },
  {
    name: 'sip.js@0.21.2',
    run: (_buf, text) => Parser.parseMessage(text, logger)?.toString().length ?? 0,
  },
];

/** CPU time (user + system) of this process in nanoseconds. */
function cpuNow(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) * 1000;
}

/**
 * Run `fn` until it has used `secs` seconds of CPU (checking every 256 calls) and return calls per
 * CPU-second. CPU time rather than wall time keeps the figure meaningful when other processes share
 * the cores (wall time would count the time this process waits for a core).
 */
function measure(fn: () => number, secs: number): number {
  let sink = 0;
  const warmEnd = cpuNow() + secs * 0.25 * 1e9;
  while (cpuNow() < warmEnd) for (let i = 0; i < 256; i++) sink += fn();
  const start = cpuNow();
  const end = start + secs * 1e9;
  let calls = 0;
  let now = start;
  while (now < end) {
    for (let i = 0; i < 256; i++) sink += fn();
    calls += 256;
    now = cpuNow();
  }
  if (sink === -1) console.log('unreachable');
  return calls / ((now - start) / 1e9);
}

function fmt(n: number): string {
  return Math.round(n).toLocaleString('en-US').padStart(10);
}

console.log(
  `machine: ${os.cpus()[0]?.model ?? 'unknown'} (${os.cpus().length} cores), node ${process.version}`,
);
console.log(
  `load average ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} (other processes share the cores)`,
);
console.log(`${seconds} CPU-s per case, one thread; messages per CPU-second of parse + serialize\n`);

for (const [label, buf] of [
  [`INVITE with SDP (${INVITE.length} B)`, INVITE],
  [`REGISTER (${REGISTER.length} B)`, REGISTER],
] as const) {
  const text = buf.toString('utf8');
  console.log(label);
  const results = new Map<string, number>();
  for (const c of cases) {
    const rate = measure(() => c.run(buf, text), seconds);
    results.set(c.name, rate);
    console.log(`  ${c.name.padEnd(16)} ${fmt(rate)} msg/s`);
  }
  const lazy = results.get('carillon lazy') ?? 0;
  const typed = results.get('carillon typed') ?? 0;
  for (const ref of ['sip@0.0.6', 'sip.js@0.21.2']) {
    const r = results.get(ref) ?? 1;
    console.log(
      `  ratio vs ${ref.padEnd(14)} lazy ${(lazy / r).toFixed(2)}x, typed ${(typed / r).toFixed(2)}x`,
    );
  }
  console.log('');
}
