import { type Trunk, trunkSchema } from '@carillon/domain';
import { defineTenantEntity } from './define';

/** A SIP trunk or gateway line. */
export const trunkEntity = defineTenantEntity<Trunk>('trunk', trunkSchema);
