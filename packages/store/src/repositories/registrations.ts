import { type Registration, registrationSchema } from '@carillon/domain';
import type { StoreContext, TenantScope } from '../context';
import { createEntity, type LooseEntity } from '../entities/loose-entity';
import { registrationEntitySchema } from '../entities/registration';
import { CorruptItemError, InvalidRequestError, invalidItemError } from '../errors';
import { epochSeconds } from '../ttl';

/**
 * Registrar bindings with TTL. No versions: the registrar is the only writer
 * of a binding and a refresh simply replaces it (RFC 3261 §10.3 step 8).
 */
export class RegistrationRepository {
  readonly #entity: LooseEntity;

  constructor(private readonly context: StoreContext) {
    this.#entity = createEntity(registrationEntitySchema, context.table, context.document);
  }

  /** Adds or refreshes a binding of the scope's tenant. */
  async put(scope: TenantScope, registration: Registration): Promise<Registration> {
    const parsed = registrationSchema.safeParse(registration);
    if (!parsed.success) throw invalidItemError('registration', parsed.error);
    if (parsed.data.tenantId !== scope.tenantId)
      throw new InvalidRequestError('registration of another tenant');
    await this.#entity.put({ ...parsed.data, bindingKey: bindingKey(parsed.data) }).go();
    return parsed.data;
  }

  /**
   * The live bindings of an AOR. Expired items are filtered out both in the
   * query and here: DynamoDB's TTL deletion may lag by days.
   */
  async listByAor(scope: TenantScope, aor: string): Promise<Registration[]> {
    const nowEpoch = epochSeconds(this.context.now());
    const query = this.#entity.query.byAor?.({ tenantId: scope.tenantId, aor });
    if (query === undefined) return [];
    const { data } = await query
      .where((attributes, { gt }) => gt(attributes.expiresAtEpoch, nowEpoch))
      .go({ pages: 'all' });
    return data.flatMap((item) => {
      const parsed = registrationSchema.safeParse(item);
      if (!parsed.success) throw new CorruptItemError('registration', '?', { cause: parsed.error });
      const live = parsed.data.tenantId === scope.tenantId && parsed.data.expiresAtEpoch > nowEpoch;
      return live ? [parsed.data] : [];
    });
  }

  /** Removes one binding (REGISTER with Expires: 0, RFC 3261 §10.2.2). */
  async remove(
    scope: TenantScope,
    registration: Pick<Registration, 'aor' | 'contactUri' | 'instanceId' | 'regId'>,
  ) {
    await this.#entity
      .delete({ tenantId: scope.tenantId, aor: registration.aor, bindingKey: bindingKey(registration) })
      .go();
  }
}

/** Bindings match by instance and reg-id when the device sends them (RFC 5626 §6), else by contact (RFC 3261 §10.3). */
function bindingKey(registration: Pick<Registration, 'contactUri' | 'instanceId' | 'regId'>): string {
  return registration.instanceId === null
    ? `contact#${registration.contactUri}`
    : `instance#${registration.instanceId}#${registration.regId ?? 0}`;
}
