import type { Registration } from '@carillon/domain';
import type { RegistrationEvent } from '@carillon/edge-api';
import type { Logger } from '@carillon/logger';

export interface RegistrationNoticesOptions {
  /** Delivers one notice (the control plane's `POST /edge/v1/registrations/events`). */
  readonly send: (event: RegistrationEvent) => Promise<void>;
  readonly logger: Logger;
  /** Notices on their way at most; more are dropped and counted (the registrar never waits for them). */
  readonly maxInFlight?: number;
}

export const DEFAULT_MAX_NOTICES_IN_FLIGHT = 256;

/**
 * Tells the control plane that a device's binding came or went, for the `device.registered` /
 * `device.unregistered` webhooks (and presence later). A notice is information, not the record —
 * the binding is in the table already — so it is sent at most once, never queued to disk, and a
 * REGISTER never waits for it: a refresh sends nothing, and under a registration storm notices
 * beyond `maxInFlight` are dropped with a count in the log rather than holding memory.
 */
export class RegistrationNotices {
  readonly #send: RegistrationNoticesOptions['send'];
  readonly #logger: Logger;
  readonly #maxInFlight: number;
  #inFlight = 0;
  #dropped = 0;

  constructor(options: RegistrationNoticesOptions) {
    this.#send = options.send;
    this.#logger = options.logger;
    this.#maxInFlight = options.maxInFlight ?? DEFAULT_MAX_NOTICES_IN_FLIGHT;
  }

  get dropped(): number {
    return this.#dropped;
  }

  /** A binding that did not exist before (a first registration, or one after the old one lapsed). */
  registered(binding: Registration, at: Date): void {
    this.#notify('device.registered', binding, at, binding.expiresAt);
  }

  /** A binding removed by the device (Expires: 0, `*`) or lapsed without a refresh. */
  unregistered(binding: Registration, at: Date): void {
    this.#notify('device.unregistered', binding, at, null);
  }

  #notify(
    event: RegistrationEvent['event'],
    binding: Registration,
    at: Date,
    expiresAt: string | null,
  ): void {
    if (this.#inFlight >= this.#maxInFlight) {
      this.#dropped += 1;
      if (this.#dropped === 1 || this.#dropped % 1000 === 0) {
        this.#logger.warn({ dropped: this.#dropped }, 'registration notices dropped: too many in flight');
      }
      return;
    }
    const notice: RegistrationEvent = {
      event,
      tenantId: binding.tenantId,
      deviceId: binding.deviceId,
      aor: binding.aor,
      contactUri: binding.contactUri,
      transport: binding.transport,
      edgeNodeId: binding.edgeNodeId,
      at: at.toISOString(),
      expiresAt,
    };
    this.#inFlight += 1;
    this.#send(notice)
      .catch((error: unknown) => {
        this.#logger.warn(
          { err: error, tenantId: binding.tenantId, deviceId: binding.deviceId, event },
          'registration notice not delivered',
        );
      })
      .finally(() => {
        this.#inFlight -= 1;
      });
  }
}
