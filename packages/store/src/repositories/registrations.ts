import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { type Registration, registrationSchema } from '@carillon/domain';
import type { StoreContext, TenantScope } from '../context';
import { createEntity, type LooseEntity } from '../entities/loose-entity';
import { registrationEntitySchema } from '../entities/registration';
import { CorruptItemError, InvalidRequestError, invalidItemError } from '../errors';
import { epochSeconds } from '../ttl';

/** DynamoDB's limit on the items of one BatchWriteItem request. */
export const BATCH_WRITE_LIMIT = 25;
/** Rounds of re-sending UnprocessedItems (throttling) before a batch write gives up. */
const UNPROCESSED_RETRIES = 8;

/**
 * One binding change of a batch: a put (add or refresh) or a removal, each for the tenant of its
 * scope, as `put` and `remove` are (a put of another tenant's binding is refused).
 */
export type RegistrationWrite =
  | { readonly kind: 'put'; readonly scope: TenantScope; readonly registration: Registration }
  | {
      readonly kind: 'remove';
      readonly scope: TenantScope;
      readonly registration: Pick<Registration, 'aor' | 'contactUri' | 'instanceId' | 'regId'>;
    };

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
   * Puts and removals of bindings, each in its own tenant's scope, in BatchWriteItem requests of up to 25 items
   * (the registrar's group commit). Resolves once every item is written; items DynamoDB leaves
   * unprocessed (throttling) are re-sent with backoff. Two writes of one binding in a call are an
   * error (DynamoDB refuses them in one request): the caller coalesces them. Not atomic across
   * items — each binding is independent, which is all a registrar needs (RFC 3261 §10.3 step 8).
   */
  async writeBatch(writes: readonly RegistrationWrite[]): Promise<void> {
    const requests: Record<string, unknown>[] = [];
    const seen = new Set<string>();
    for (const write of writes) {
      const { tenantId } = write.scope;
      const key = `${tenantId}\u0000${write.registration.aor}\u0000${bindingKey(write.registration)}`;
      if (seen.has(key)) throw new InvalidRequestError('the same binding twice in one batch');
      seen.add(key);
      if (write.kind === 'put') {
        const parsed = registrationSchema.safeParse(write.registration);
        if (!parsed.success) throw invalidItemError('registration', parsed.error);
        if (parsed.data.tenantId !== tenantId)
          throw new InvalidRequestError('registration of another tenant');
        const params = this.#entity.put({ ...parsed.data, bindingKey: bindingKey(parsed.data) }).commit();
        requests.push({ PutRequest: { Item: params.Put?.Item } });
      } else {
        const { aor } = write.registration;
        const params = this.#entity
          .delete({ tenantId, aor, bindingKey: bindingKey(write.registration) })
          .commit();
        requests.push({ DeleteRequest: { Key: params.Delete?.Key } });
      }
    }
    const table = this.context.table;
    const chunks: Record<string, unknown>[][] = [];
    for (let i = 0; i < requests.length; i += BATCH_WRITE_LIMIT) {
      chunks.push(requests.slice(i, i + BATCH_WRITE_LIMIT));
    }
    await Promise.all(
      chunks.map(async (chunk) => {
        let pending = chunk;
        for (let attempt = 0; pending.length > 0; attempt += 1) {
          if (attempt > UNPROCESSED_RETRIES) {
            throw new Error(`${pending.length} registration writes left unprocessed by DynamoDB`);
          }
          if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 10 * 2 ** attempt));
          const result = await this.context.document.send(
            new BatchWriteCommand({ RequestItems: { [table]: pending } } as ConstructorParameters<
              typeof BatchWriteCommand
            >[0]),
          );
          pending = (result.UnprocessedItems?.[table] ?? []) as Record<string, unknown>[];
        }
      }),
    );
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
export function bindingKey(registration: Pick<Registration, 'contactUri' | 'instanceId' | 'regId'>): string {
  return registration.instanceId === null
    ? `contact#${registration.contactUri}`
    : `instance#${registration.instanceId}#${registration.regId ?? 0}`;
}
