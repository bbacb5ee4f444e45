import { randomBytes } from 'node:crypto';
import { WEBHOOK_SECRET_PREFIX } from '@carillon/domain';
import { Webhook, WebhookVerificationError } from 'standardwebhooks';

/**
 * Standard Webhooks signing (https://www.standardwebhooks.com, "Signature
 * scheme"): `webhook-signature: v1,<base64 HMAC-SHA256 of "id.timestamp.body">`
 * with the base64-decoded part of the `whsec_` secret as the key, the
 * timestamp in integer seconds. The `standardwebhooks` package (the spec's
 * reference library) does the HMAC and the constant-time verification.
 */
export interface SignedHeaders {
  readonly 'webhook-id': string;
  readonly 'webhook-timestamp': string;
  readonly 'webhook-signature': string;
}

/** 24 random bytes (192 bits), base64: 32 characters after `whsec_`. */
const SECRET_BYTES = 24;

export function generateWebhookSecret(random: (size: number) => Uint8Array = randomBytes): string {
  return `${WEBHOOK_SECRET_PREFIX}${Buffer.from(random(SECRET_BYTES)).toString('base64')}`;
}

/** The three headers for one attempt; `body` must be sent byte for byte as signed. */
export function signMessage(secret: string, messageId: string, at: Date, body: string): SignedHeaders {
  const signature = new Webhook(secret).sign(messageId, at, body);
  return {
    'webhook-id': messageId,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': signature,
  };
}

/**
 * What a receiver does: checks the signature and that the timestamp is
 * within five minutes of now (replay protection); returns the parsed body.
 * @throws WebhookVerificationError
 */
export function verifyMessage(secret: string, body: string, headers: Record<string, string>): unknown {
  return new Webhook(secret).verify(body, headers);
}

export { WebhookVerificationError };
