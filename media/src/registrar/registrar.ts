import type { Registration } from '@carillon/domain';
import {
  createResponse,
  formatNameAddr,
  getCallId,
  getCSeq,
  getTo,
  parseUri,
  type ServerTransaction,
  type SipRequest,
  type SipResponse,
} from '@carillon/sip';
import type { RequestContext, SipStack } from '../sip-stack';
import { GroupCommitOverloadError } from './group-commit';
import { type LocationService, normalizeAor } from './location-service';
import { type ContactUpdate, type ExpiresPolicy, planRegister } from './register-request';
import type { RegistrationNotices } from './registration-notices';
import type { DeviceIdentity, RequestAuthenticator } from './request-authenticator';

export interface RegistrarOptions {
  readonly stack: SipStack;
  readonly authenticator: RequestAuthenticator;
  readonly location: LocationService;
  readonly expires: ExpiresPolicy;
  /** Tells the control plane of bindings that come and go (webhooks); absent: nobody is told. */
  readonly notices?: RegistrationNotices;
}

/**
 * The registrar (RFC 3261 §10.3), one per edge node, writing to the shared location service.
 * Steps: 1 domain → tenant, 2 Require (done by the stack's validation), 3 authenticate, 4 the
 * authenticated device may register this AOR, 5 AOR known, 6 Contact/wildcard rules, 7 Call-ID/CSeq
 * ordering and expiry, 8 answer 200 with every current binding.
 */
export class Registrar {
  readonly #options: RegistrarOptions;

  constructor(options: RegistrarOptions) {
    this.#options = options;
    options.stack.onRequest('REGISTER', (request, transaction, context) =>
      this.handleRegister(request, transaction, context),
    );
  }

  async handleRegister(
    request: SipRequest,
    transaction: ServerTransaction,
    context: RequestContext,
  ): Promise<void> {
    const auth = await this.#options.authenticator.authenticateRequest(request, context.source);
    if (!auth.ok) {
      transaction.respond(auth.response);
      return;
    }
    let response: SipResponse;
    try {
      response = await this.#register(request, auth.identity, context);
    } catch (error) {
      if (!(error instanceof GroupCommitOverloadError)) throw error;
      // §21.5.4: more binding writes are waiting than the node accepts; the phone retries shortly.
      context.logger.warn({ err: error }, 'registration refused: binding writes overloaded');
      response = createResponse(request, 503, 'Service Unavailable', {
        toTag: this.#options.stack.transactions.newTag(),
        headers: { 'Retry-After': '1' },
      });
    }
    transaction.respond(response);
  }

  async #register(
    request: SipRequest,
    identity: DeviceIdentity,
    context: RequestContext,
  ): Promise<SipResponse> {
    const { stack, location, expires, notices } = this.#options;
    const reply = (status: number, reason?: string, headers?: Record<string, string> | [string, string][]) =>
      createResponse(request, status, reason, {
        toTag: stack.transactions.newTag(),
        ...(headers ? { headers } : {}),
      });

    // §10.3 steps 4-5: the AOR is the To URI; a device registers its own AOR only.
    const to = getTo(request).uri;
    if (to.kind !== 'sip' || to.user === undefined) return reply(404, 'Not Found');
    if (to.user !== identity.username || !sameDomain(to.host, identity.domain)) {
      context.logger.warn(
        { aor: `${to.user}@${to.host}`, username: identity.username },
        'REGISTER for a foreign AOR',
      );
      return reply(403, 'Forbidden');
    }
    const aor = normalizeAor(`sip:${identity.username}@${identity.domain}`);

    const plan = planRegister(request, expires);
    if (plan.kind === 'reject') return reply(plan.status, plan.reason, plan.headers);

    const current = await location.list(identity.tenantId, aor);
    const callId = getCallId(request);
    const cseq = getCSeq(request).seq;

    if (plan.kind === 'update' || plan.kind === 'remove-all') {
      const targets: { update: ContactUpdate | undefined; existing: Registration | undefined }[] =
        plan.kind === 'remove-all'
          ? current.map((existing) => ({ update: undefined, existing }))
          : plan.contacts.map((update) => ({ update, existing: current.find((b) => matches(b, update)) }));
      // §10.3 step 7 (and step 6 for `*`): a request older than what made a binding aborts the whole update.
      for (const { existing } of targets) {
        if (existing && existing.callId === callId && cseq <= existing.cseq) {
          return reply(500, 'Server Internal Error - Out of Order CSeq', { 'Retry-After': '1' });
        }
      }
      for (const { update, existing } of targets) {
        if (update === undefined || update.expires === 0) {
          if (existing) {
            await location.remove(existing);
            notices?.unregistered(existing, new Date());
          }
          continue;
        }
        const saved = await location.save({
          tenantId: identity.tenantId,
          deviceId: identity.deviceId,
          aor,
          contactUri: update.contactUri,
          instanceId: update.instanceId,
          regId: update.regId,
          callId,
          cseq,
          expires: update.expires,
          source: context.source,
          userAgent: request.headers.get('user-agent'),
          ...(existing ? { previous: existing } : {}),
        });
        // A refresh is not news; a binding that was not there (or had lapsed) is.
        if (!existing) notices?.registered(saved, new Date(saved.registeredAt));
      }
      context.logger.info(
        {
          tenantId: identity.tenantId,
          deviceId: identity.deviceId,
          aor,
          source: context.source,
          plan: plan.kind,
        },
        'registration updated',
      );
    }

    // §10.3 step 8: 200 OK with every current binding and its remaining time; Date helps phones.
    // The writes above resolved once durable; the list comes from the node's view (no storage read).
    const bindings = plan.kind === 'query' ? current : await location.list(identity.tenantId, aor);
    const headers: [string, string][] = bindings.map((binding) => [
      'Contact',
      contactValue(binding, location),
    ]);
    headers.push(['Date', new Date().toUTCString()]);
    return reply(200, undefined, headers);
  }
}

function matches(binding: Registration, update: ContactUpdate): boolean {
  if (update.instanceId !== null && binding.instanceId !== null) {
    return binding.instanceId === update.instanceId && (binding.regId ?? 0) === (update.regId ?? 0);
  }
  return binding.contactUri === update.contactUri;
}

function contactValue(binding: Registration, location: LocationService): string {
  const params = new Map<string, string | null>([['expires', String(location.secondsLeft(binding))]]);
  if (binding.instanceId !== null) params.set('+sip.instance', `"${binding.instanceId}"`);
  if (binding.regId !== null) params.set('reg-id', String(binding.regId));
  return formatNameAddr({ uri: parseUri(binding.contactUri), params });
}

function sameDomain(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
