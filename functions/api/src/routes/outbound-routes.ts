import {
  createOutboundRouteInputSchema,
  outboundRouteSchema,
  updateOutboundRouteInputSchema,
} from '@carillon/domain';
import type { ApiDeps } from '../deps';
import { tenantResource } from './tenant-resource';

/** Outbound routing rules: number pattern, weekdays and time, authorisation groups and trunks in order, T640 manual L3176-3280. */
export function outboundRouteRoutes(deps: ApiDeps) {
  return tenantResource(deps, {
    resource: 'outbound-route',
    segment: 'outbound-routes',
    idParam: { name: 'outboundRouteId', example: 'obr_0123456789abcdefghjkmnpqrs' },
    schemaName: 'OutboundRoute',
    tag: 'Outbound routes',
    noun: ['outbound route', 'outbound routes'],
    description:
      'Outbound routing rules: number pattern, weekdays and time, authorisation groups and trunks in order, T640 manual L3176-3280.',
    repository: (store) => store.outboundRoutes,
    createSchema: createOutboundRouteInputSchema,
    updateSchema: updateOutboundRouteInputSchema,
    outputSchema: outboundRouteSchema,
  }).app;
}
