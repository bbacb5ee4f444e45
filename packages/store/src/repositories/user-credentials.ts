import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { z } from 'zod';
import type { TenantScope } from '../context';
import { ConflictError, CorruptItemError } from '../errors';
import { TABLE_PARTITION_KEY, TABLE_SORT_KEY } from '../table-definition';

/**
 * A user's sign-in state beside the user record: the TOTP second factor and
 * the instants that end earlier sessions and reset links. Kept out of the
 * user entity on purpose — nothing that reads or returns users (lists,
 * exports, audit before/after) can carry a TOTP seed or a recovery-code hash
 * by accident; only the session routes read this item.
 */
export const userCredentialsSchema = z.object({
  tenantId: z.string(),
  userId: z.string(),
  totp: z
    .object({
      /** `pending` from enrolment until the first code confirms it; only `active` is asked for at login. */
      status: z.enum(['pending', 'active']),
      /** The base32 seed, sealed (AES-256-GCM, `@carillon/auth` SecretBox) by the API; never plaintext here. */
      sealedSecret: z.string(),
      /** The last accepted time step: a code is accepted once (RFC 6238 §5.2). */
      lastUsedStep: z.number().int().nullable(),
      /** SHA-256 of each unused recovery code; a used code is removed. */
      recoveryCodeHashes: z.array(z.string()),
      createdAt: z.string(),
      activatedAt: z.string().nullable(),
    })
    .nullable(),
  /** Epoch ms: sessions issued before are refused (password reset, "log out everywhere"). */
  sessionsNotBefore: z.number().int().nullable(),
  /** Epoch ms of the last password change; reset links issued before are refused. */
  passwordChangedAt: z.number().int().nullable(),
  version: z.number().int().min(1),
});

export type UserCredentials = z.infer<typeof userCredentialsSchema>;
export type UserCredentialsPatch = Partial<
  Pick<UserCredentials, 'totp' | 'sessionsNotBefore' | 'passwordChangedAt'>
>;

const SORT_KEY = 'credentials';

export class UserCredentialsRepository {
  constructor(
    private readonly context: { readonly table: string; readonly document: DynamoDBDocumentClient },
  ) {}

  #key(scope: TenantScope, userId: string) {
    return { [TABLE_PARTITION_KEY]: `t#${scope.tenantId}#credentials#${userId}`, [TABLE_SORT_KEY]: SORT_KEY };
  }

  /** The user's credentials item; a user without one has no second factor and no revocations. */
  async find(scope: TenantScope, userId: string): Promise<UserCredentials | undefined> {
    const { Item } = await this.context.document.send(
      new GetCommand({ TableName: this.context.table, Key: this.#key(scope, userId), ConsistentRead: true }),
    );
    if (Item === undefined) return undefined;
    const parsed = userCredentialsSchema.safeParse(Item);
    if (!parsed.success || parsed.data.tenantId !== scope.tenantId || parsed.data.userId !== userId) {
      throw new CorruptItemError('userCredentials', userId, { cause: parsed.error });
    }
    return parsed.data;
  }

  /**
   * Applies the patch to the version the caller read (`current`, undefined
   * when there was none) — optimistic concurrency, so two requests that both
   * read one recovery code or TOTP step cannot both use it: the second gets
   * ConflictError.
   */
  async save(
    scope: TenantScope,
    userId: string,
    current: UserCredentials | undefined,
    patch: UserCredentialsPatch,
  ): Promise<UserCredentials> {
    const next = userCredentialsSchema.parse({
      tenantId: scope.tenantId,
      userId,
      totp: null,
      sessionsNotBefore: null,
      passwordChangedAt: null,
      ...current,
      ...patch,
      version: (current?.version ?? 0) + 1,
    });
    try {
      await this.context.document.send(
        new PutCommand({
          TableName: this.context.table,
          Item: { ...next, ...this.#key(scope, userId) },
          ...(current === undefined
            ? {
                ConditionExpression: 'attribute_not_exists(#pk)',
                ExpressionAttributeNames: { '#pk': TABLE_PARTITION_KEY },
              }
            : {
                ConditionExpression: '#version = :version',
                ExpressionAttributeNames: { '#version': 'version' },
                ExpressionAttributeValues: { ':version': current.version },
              }),
        }),
      );
    } catch (error) {
      if (error instanceof Error && error.name === 'ConditionalCheckFailedException') {
        throw new ConflictError('userCredentials', userId, current?.version ?? 0);
      }
      throw error;
    }
    return next;
  }
}
