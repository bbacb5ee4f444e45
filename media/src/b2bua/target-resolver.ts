import type { DialTarget } from '@carillon/call-control';
import { type Destination, parseUri } from '@carillon/sip';
import type { LocationService } from '../registrar/location-service';
import type { BLegTarget } from './b-leg';

/** Where the legs of a `dial` go. */
export interface TargetResolver {
  resolve(tenantId: string, domain: string, target: DialTarget): Promise<BLegTarget[]>;
  /** Contacts registered for `aor` (the `ring-dialled-extension` fallback). */
  contactsOf(tenantId: string, aor: string): Promise<string[]>;
}

/**
 * Targets through the location service (RFC 3261 §10, §16.5). A `contact` target is matched to its
 * binding so the INVITE goes over the flow the phone registered from (RFC 5626 §5.2: behind NAT the
 * Contact's own address is unreachable); the binding is looked up under the contact's user at the
 * tenant's domain, which is how phones register. A contact with no binding found is sent to the
 * address in its URI (IP literals only: no RFC 3263 DNS here).
 */
export class LocationTargetResolver implements TargetResolver {
  readonly #location: LocationService;

  constructor(location: LocationService) {
    this.#location = location;
  }

  async resolve(tenantId: string, domain: string, target: DialTarget): Promise<BLegTarget[]> {
    if (target.kind !== 'contact') return [];
    const extras = {
      ...(target.alertInfo !== undefined ? { alertInfo: target.alertInfo } : {}),
      autoAnswer: target.autoAnswer,
    };
    const uri = safeParse(target.uri);
    if (uri?.kind !== 'sip') return [];
    if (uri.user !== undefined) {
      const locations = await this.#location.locate(tenantId, `sip:${uri.user}@${domain}`);
      const bound = locations.find((l) => l.binding.contactUri === target.uri);
      if (bound) {
        return [
          {
            requestUri: target.uri,
            destination: bound.destination,
            deviceId: bound.binding.deviceId,
            ...extras,
          },
        ];
      }
    }
    const transport = (uri.params.get('transport') ?? 'udp').toUpperCase();
    const port = uri.port ?? (transport === 'TLS' ? 5061 : 5060);
    // No flow is known: a stream transport opens a new connection to the URI's address.
    const destination: Destination = { transport, host: uri.host.replace(/^\[|\]$/g, ''), port };
    return [{ requestUri: target.uri, destination, ...extras }];
  }

  async contactsOf(tenantId: string, aor: string): Promise<string[]> {
    const locations = await this.#location.locate(tenantId, aor);
    return locations.map((l) => l.binding.contactUri);
  }
}

function safeParse(text: string) {
  try {
    return parseUri(text);
  } catch {
    return undefined;
  }
}
