import { getRecordRoutes, type NameAddr, type SipMessage, type SipUri, type Uri } from '../message';

/** The dialog's route set (§12.1): the Record-Route URIs, in the order requests will visit them. */
export type RouteSet = readonly NameAddr[];

/**
 * Route set from the Record-Route of the message that created the dialog: as-is for the UAS, from
 * the request (§12.1.1); reversed for the UAC, from the response (§12.1.2), because Record-Route
 * lists the proxies from the callee's side.
 */
export function routeSetFromRecordRoute(message: SipMessage, role: 'uac' | 'uas'): RouteSet {
  const routes = [...getRecordRoutes(message)];
  return role === 'uac' ? routes.reverse() : routes;
}

/** A loose router (RFC 3261 §16.4, §19.1.1) marks its URI with `lr`. */
export function isLooseRouter(route: NameAddr): boolean {
  return route.uri.kind === 'sip' && route.uri.params.has('lr');
}

/** Request-URI and Route header fields of a request within a dialog (§12.2.1.1). */
export interface RequestTarget {
  readonly requestUri: Uri;
  readonly routes: readonly NameAddr[];
}

/**
 * §12.2.1.1: with an empty route set, or a first route that is a loose router, the Request-URI is
 * the remote target and the Route header fields carry the route set. A strict router (RFC 2543
 * style) as first route instead gets its own URI into the Request-URI (without the parameters a
 * Request-URI may not have, §19.1.1 Table 1), the rest of the route set as Route, and the remote
 * target appended as the last Route so the strict router can put it back.
 */
export function requestTarget(remoteTarget: Uri, routeSet: RouteSet): RequestTarget {
  const first = routeSet[0];
  if (!first || isLooseRouter(first)) return { requestUri: remoteTarget, routes: routeSet };
  return {
    requestUri: asRequestUri(first.uri),
    routes: [...routeSet.slice(1), { uri: remoteTarget, params: new Map() }],
  };
}

/** §19.1.1 Table 1: `method` and URI headers are not allowed in a Request-URI. */
function asRequestUri(uri: Uri): Uri {
  if (uri.kind !== 'sip') return uri;
  const params = new Map(uri.params);
  params.delete('method');
  const stripped: SipUri = { ...uri, params, headers: new Map() };
  return stripped;
}
