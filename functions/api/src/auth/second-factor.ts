import {
  generateRecoveryCodes,
  generateTotpSecret,
  hashRecoveryCode,
  totpUri,
  verifyTotp,
} from '@carillon/auth';
import type { User } from '@carillon/domain';
import { ConflictError, type UserCredentials } from '@carillon/store';
import type { ApiDeps } from '../deps';
import { ApiError } from '../http/problem';

/** What authenticator apps show above the code. */
export const TOTP_ISSUER = 'Carillon';

export type SecondFactorStatus = 'off' | 'pending' | 'active';

/** A code the user typed: from the authenticator app, or one of their recovery codes. */
export interface SecondFactorProof {
  readonly totpCode?: string | undefined;
  readonly recoveryCode?: string | undefined;
}

/** The owner a seed is sealed for: a seed copied into another user's item does not open there. */
function owner(user: Pick<User, 'tenantId' | 'id'>): string {
  return `totp:${user.tenantId}/${user.id}`;
}

export function statusOf(credentials: UserCredentials | undefined): SecondFactorStatus {
  return credentials?.totp?.status ?? 'off';
}

/**
 * The TOTP second factor of portal users (RFC 6238): enrolment returns the
 * otpauth URI once and stores the seed sealed; the first valid code activates
 * it and returns the recovery codes once; from then on a login needs a code.
 */
export class SecondFactor {
  constructor(private readonly deps: Pick<ApiDeps, 'credentials' | 'secretBox' | 'now'>) {}

  find(user: Pick<User, 'tenantId' | 'id'>): Promise<UserCredentials | undefined> {
    return this.deps.credentials.find({ tenantId: user.tenantId }, user.id);
  }

  /** Starts (or restarts) enrolment with a new seed; refused while a second factor is active. */
  async enrol(user: Pick<User, 'tenantId' | 'id' | 'email'>): Promise<{ otpauthUri: string }> {
    const current = await this.find(user);
    if (statusOf(current) === 'active') {
      throw new ApiError({
        status: 409,
        title: 'Conflict',
        code: 'second-factor-active',
        detail: 'a second factor is already active; disable it first',
      });
    }
    const secret = generateTotpSecret();
    await this.#save(user, current, {
      totp: {
        status: 'pending',
        sealedSecret: this.deps.secretBox.seal(secret, owner(user)),
        lastUsedStep: null,
        recoveryCodeHashes: [],
        createdAt: this.deps.now().toISOString(),
        activatedAt: null,
      },
    });
    return { otpauthUri: totpUri(secret, TOTP_ISSUER, user.email) };
  }

  /** Activates a pending enrolment with its first code; returns the recovery codes (shown once). */
  async confirm(user: Pick<User, 'tenantId' | 'id'>, code: string): Promise<{ recoveryCodes: string[] }> {
    const current = await this.find(user);
    const totp = current?.totp;
    if (totp?.status !== 'pending') {
      throw new ApiError({
        status: 409,
        title: 'Conflict',
        code: 'no-pending-enrolment',
        detail: 'start the enrolment first (POST /me/totp)',
      });
    }
    const step = this.#verifyCode(user, totp.sealedSecret, code, totp.lastUsedStep);
    if (step === undefined) throw invalidCode('totpCode');
    const recoveryCodes = generateRecoveryCodes();
    await this.#save(user, current, {
      totp: {
        ...totp,
        status: 'active',
        lastUsedStep: step,
        recoveryCodeHashes: recoveryCodes.map(hashRecoveryCode),
        activatedAt: this.deps.now().toISOString(),
      },
    });
    return { recoveryCodes };
  }

  /**
   * Checks a proof against the active second factor and uses it up: the TOTP
   * step is recorded (no replay) or the recovery code removed. The write is
   * conditional on the version read, so two requests cannot both spend one
   * code. False for a wrong, reused or missing proof.
   */
  async verify(user: Pick<User, 'tenantId' | 'id'>, proof: SecondFactorProof): Promise<boolean> {
    const current = await this.find(user);
    const totp = current?.totp;
    if (totp?.status !== 'active') return false;
    let next: NonNullable<UserCredentials['totp']> | undefined;
    if (proof.totpCode !== undefined) {
      const step = this.#verifyCode(user, totp.sealedSecret, proof.totpCode, totp.lastUsedStep);
      if (step !== undefined) next = { ...totp, lastUsedStep: step };
    } else if (proof.recoveryCode !== undefined) {
      const hash = hashRecoveryCode(proof.recoveryCode);
      if (totp.recoveryCodeHashes.includes(hash)) {
        next = { ...totp, recoveryCodeHashes: totp.recoveryCodeHashes.filter((stored) => stored !== hash) };
      }
    }
    if (next === undefined) return false;
    try {
      await this.deps.credentials.save({ tenantId: user.tenantId }, user.id, current, { totp: next });
      return true;
    } catch (error) {
      if (error instanceof ConflictError) return false;
      throw error;
    }
  }

  /** New recovery codes, replacing the old ones (the caller has checked password and code). */
  async renewRecoveryCodes(user: Pick<User, 'tenantId' | 'id'>): Promise<{ recoveryCodes: string[] }> {
    const current = await this.find(user);
    if (current?.totp?.status !== 'active') throw notActive();
    const recoveryCodes = generateRecoveryCodes();
    await this.#save(user, current, {
      totp: { ...current.totp, recoveryCodeHashes: recoveryCodes.map(hashRecoveryCode) },
    });
    return { recoveryCodes };
  }

  /** Removes the second factor (the caller has checked password and code). */
  async disable(user: Pick<User, 'tenantId' | 'id'>): Promise<void> {
    const current = await this.find(user);
    if (current?.totp === null || current === undefined) throw notActive();
    await this.#save(user, current, { totp: null });
  }

  #verifyCode(
    user: Pick<User, 'tenantId' | 'id'>,
    sealedSecret: string,
    code: string,
    lastUsedStep: number | null,
  ): number | undefined {
    const secret = this.deps.secretBox.open(sealedSecret, owner(user));
    // A seed that does not open (key changed) accepts no code; recovery codes still work.
    return secret === undefined ? undefined : verifyTotp(secret, code, this.deps.now(), lastUsedStep);
  }

  async #save(
    user: Pick<User, 'tenantId' | 'id'>,
    current: UserCredentials | undefined,
    patch: Pick<UserCredentials, 'totp'>,
  ): Promise<void> {
    try {
      await this.deps.credentials.save({ tenantId: user.tenantId }, user.id, current, patch);
    } catch (error) {
      if (error instanceof ConflictError) {
        throw new ApiError({
          status: 409,
          title: 'Conflict',
          code: 'concurrent-write',
          detail: 'a concurrent request changed the second factor; retry',
          headers: { 'retry-after': '1' },
        });
      }
      throw error;
    }
  }
}

export function invalidCode(field: 'totpCode' | 'code' | 'recoveryCode'): ApiError {
  return new ApiError({
    status: 422,
    title: 'Unprocessable Content',
    code: 'invalid-second-factor',
    detail: 'the code is wrong, expired or already used',
    errors: [{ field, message: 'the code is wrong, expired or already used' }],
  });
}

function notActive(): ApiError {
  return new ApiError({
    status: 409,
    title: 'Conflict',
    code: 'second-factor-off',
    detail: 'no second factor is enrolled',
  });
}
