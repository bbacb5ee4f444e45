export { type AuthHeaderValue, type AuthParam, formatAuthHeader, parseAuthHeader } from './auth-params';
export { DigestAuthError } from './digest-auth-error';
export {
  DigestAuthenticator,
  type DigestAuthenticatorOptions,
  type DigestInvalidReason,
  type DigestVerdict,
  type VerifyInput,
} from './digest-authenticator';
export {
  type ChallengeFields,
  type DigestChallenge,
  formatDigestChallenge,
  parseDigestChallenge,
} from './digest-challenge';
export {
  type ClientSecret,
  type CredentialsInput,
  createCredentials,
  DigestClient,
  type DigestClientOptions,
  selectChallenge,
} from './digest-client';
export {
  type DigestCredentials,
  formatDigestCredentials,
  parseDigestCredentials,
} from './digest-credentials';
export {
  baseAlgorithm,
  computeHa1,
  computeResponse,
  type DigestAlgorithm,
  type DigestQop,
  parseAlgorithm,
  type ResponseInput,
} from './hash';
export {
  type NonceCheck,
  NonceManager,
  type NonceOptions,
  type NonceSecret,
  type WallClock,
} from './nonce';
export {
  InMemoryNonceCountStore,
  type InMemoryNonceCountStoreOptions,
  type NonceCountStore,
} from './nonce-count-store';
