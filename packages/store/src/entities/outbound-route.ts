import { type OutboundRoute, outboundRouteSchema } from '@carillon/domain';
import { defineTenantEntity } from './define';

/** An outbound route. */
export const outboundRouteEntity = defineTenantEntity<OutboundRoute>('outboundRoute', outboundRouteSchema);
