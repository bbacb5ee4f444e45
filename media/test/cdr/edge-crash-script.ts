/**
 * A stand-in for the edge's CDR path in its own process, so a test can kill
 * it with SIGKILL (which no in-process test can do to itself).
 *
 *   calls   — start two calls, end the first, and wait to be killed;
 *   restart — recover, send the outbox, print what happened, exit.
 *
 * Configuration comes from the environment: CDR_DATA_DIR, EDGE_NODE_ID,
 * CONTROL_PLANE_URL, EDGE_TOKEN, TENANT_ID, DEVICE_ID.
 */
import { type CdrReportInput, ControlPlaneClient, type RequestOptions } from '@carillon/edge-api';
import { createLogger } from '@carillon/logger';
import { startCdrReporting } from '../../src/cdr';

function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

const mode = process.argv[2];
const tenantId = env('TENANT_ID');
const deviceId = env('DEVICE_ID');
const client = new ControlPlaneClient({ baseUrl: env('CONTROL_PLANE_URL'), edgeToken: env('EDGE_TOKEN') });
const receipts: { callId: string; created: boolean }[] = [];
const sink = {
  async postCdrReport(report: CdrReportInput, options?: RequestOptions) {
    const receipt = await client.postCdrReport(report, options);
    receipts.push({ callId: report.callId, created: receipt.created });
    return receipt;
  },
};

const cdr = startCdrReporting({
  dataDir: env('CDR_DATA_DIR'),
  edgeNodeId: env('EDGE_NODE_ID'),
  sink,
  log: createLogger({ service: 'edge-crash-script', level: 'warn', destination: process.stderr }),
  // Short, so the failed call's end (the last heartbeat) lands close to the kill.
  heartbeatMs: 100,
  backoff: { baseMs: 50, maxMs: 200 },
});

const party = (number: string) => ({ number, name: null });
const leg = (legId: string) => ({
  legId,
  kind: 'extension' as const,
  caller: party('201'),
  callee: party('202'),
  deviceId,
});

if (mode === 'calls') {
  const { reporter } = cdr;
  for (const callId of [env('ENDED_CALL_ID'), env('ACTIVE_CALL_ID')]) {
    reporter.callStarted({
      callId,
      tenantId,
      direction: 'internal',
      caller: party('201'),
      callee: party('202'),
      leg: leg(`${callId}-a`),
    });
    reporter.legStarted(callId, leg(`${callId}-b`));
  }
  const ended = env('ENDED_CALL_ID');
  reporter.legAnswered(ended, `${ended}-b`, 'PCMU');
  reporter.legAnswered(ended, `${ended}-a`, 'PCMU');
  await new Promise((resolve) => setTimeout(resolve, 1100));
  const rtp = {
    packetsSent: 55,
    packetsReceived: 54,
    bytesSent: 9460,
    bytesReceived: 9288,
    packetsLost: 1,
    jitterMs: 2.5,
    mos: 4.3,
  };
  reporter.legEnded(ended, `${ended}-a`, { cause: 16, side: 'caller', rtp });
  reporter.callEnded(ended, { cause: 16, side: 'caller' });
  // The second call keeps ringing; the control plane is unreachable, so the first call's report stays in the outbox.
  process.stdout.write(`${JSON.stringify({ ready: true, at: Date.now() })}\n`);
  setInterval(() => {}, 60_000);
} else {
  await cdr.sender.idle();
  await cdr.stop();
  process.stdout.write(`${JSON.stringify({ recovery: cdr.recovery, receipts, pending: cdr.outbox.size })}\n`);
}
