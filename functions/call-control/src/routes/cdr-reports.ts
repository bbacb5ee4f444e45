import { fieldIssues } from '@carillon/domain';
import { type CdrReceipt, cdrReportSchema } from '@carillon/edge-api';
import type { Logger } from '@carillon/logger';
import { InvalidRequestError, type Store } from '@carillon/store';
import { callEndedEvent, type WebhookOutbox } from '@carillon/webhooks';
import { Hono } from 'hono';
import { z } from 'zod';
import type { CallDirectory } from '../calls/directory';
import { buildCdr, type DeviceOwners } from '../cdr/build-cdr';
import { readJson } from '../http/json-body';
import { invalidRequest, problem } from '../http/problem';

/**
 * `POST /edge/v1/cdr-reports`: write the call's one CDR. The store takes the
 * idempotency key in the same transaction as the record, so a report the
 * edge retries from its outbox answers 200 with the first record's id.
 * Then the `call.ended` webhook event is queued — on a repeated report too:
 * queueing is idempotent (one delivery per call and endpoint), and a report
 * whose queueing failed answers 500, so the edge's retry queues it then.
 */
export function cdrReportRoutes(
  store: Store,
  directory: Pick<CallDirectory, 'tenant' | 'device' | 'callerId'>,
  log: Logger,
  webhooks: Pick<WebhookOutbox, 'emit'>,
) {
  /**
   * The users of the call's devices (a handful of legs; a deleted device counts as nobody's), from
   * the directory's cache, as routing reads them (a reassignment shows within
   * CARILLON_DIRECTORY_CACHE_SECONDS): two uncached GetItems per call were a good share of this
   * process's CPU per call (bench/README.md, call setup).
   */
  async function deviceOwners(report: { tenantId: string; legs: readonly { deviceId: string | null }[] }) {
    const ids = [...new Set(report.legs.flatMap((leg) => (leg.deviceId === null ? [] : [leg.deviceId])))];
    const devices = await Promise.all(ids.map((id) => directory.device({ tenantId: report.tenantId }, id)));
    const owners = new Map<string, string | null>();
    ids.forEach((id, index) => {
      owners.set(id, devices[index]?.userId ?? null);
    });
    return owners satisfies DeviceOwners;
  }

  return new Hono().post('/', async (c) => {
    const body = await readJson(c);
    if (!body.ok) return invalidRequest(c, [{ path: '', message: body.message }], 'Invalid CDR report');
    const parsed = cdrReportSchema.safeParse(body.value);
    if (!parsed.success) return invalidRequest(c, fieldIssues(parsed.error), 'Invalid CDR report');
    const report = parsed.data;
    const scope = { tenantId: report.tenantId };
    const callLog = log.child({ tenantId: report.tenantId, callId: report.callId });
    // The directory's short-lived tenant cache: an existence check, not worth a read per call.
    if ((await directory.tenant(report.tenantId)) === undefined) {
      return problem(c, 404, 'Not Found', { detail: 'no such tenant' });
    }
    try {
      const owners = await deviceOwners(report);
      // The caller as the callee was shown it (the dial's caller id: extension and name of the
      // calling device's user), not the device's SIP user name from the INVITE's From.
      const callerDevice = report.legs[0]?.deviceId ?? null;
      const callerUser = callerDevice === null ? null : (owners.get(callerDevice) ?? null);
      const presented = await directory.callerId(scope, callerUser);
      const { cdr, created } = await store.cdrs.record(scope, buildCdr(report, owners, presented));
      callLog.info(
        { cdrId: cdr.id, created, disposition: cdr.disposition, termination: report.termination },
        created ? 'CDR written' : 'CDR report repeated',
      );
      await webhooks.emit(callEndedEvent(cdr));
      const receipt: CdrReceipt = { cdrId: cdr.id, created };
      return c.json(receipt, created ? 201 : 200);
    } catch (error) {
      // The report passed the contract but not the domain's CDR rules (an id of the wrong form, …).
      if (error instanceof InvalidRequestError) {
        const issues =
          error.cause instanceof z.ZodError
            ? fieldIssues(error.cause)
            : [{ path: '', message: error.message }];
        return problem(c, 422, 'CDR rejected', { detail: error.message, errors: issues });
      }
      throw error;
    }
  });
}
