import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { ConfigError, withSecretEnvironment } from '@carillon/config';
import { handle, type LambdaContext, type LambdaEvent } from 'hono/aws-lambda';
import { createApiApp } from './app';
import { API_SECRET_VARIABLES, loadApiConfig } from './config';

type Handler = ReturnType<typeof handle>;

async function fetchSecretString(secretId: string): Promise<string> {
  const client = new SecretsManagerClient({});
  try {
    const { SecretString } = await client.send(new GetSecretValueCommand({ SecretId: secretId }));
    if (SecretString === undefined) throw new Error('the secret has no string value');
    return SecretString;
  } finally {
    client.destroy();
  }
}

/**
 * The app is built on the first invocation of an instance, not at import:
 * its secrets come from Secrets Manager (CARILLON_SECRETS_ARN), which is an
 * await, and a failed read must be retried by the next invocation instead of
 * leaving the instance broken until it is recycled.
 */
async function build(): Promise<Handler> {
  const env = await withSecretEnvironment(process.env, {
    secretVariable: 'CARILLON_SECRETS_ARN',
    allowed: API_SECRET_VARIABLES,
    fetchSecretString,
  });
  // On Lambda each instance is its own process: a per-process random secret (the embedded
  // fallback) would make sessions and cursors fail whenever a request lands on another instance.
  if (env.CARILLON_API_SECRET === undefined) {
    throw new ConfigError([
      {
        variable: 'CARILLON_API_SECRET',
        message: 'required on Lambda (from the secret CARILLON_SECRETS_ARN names)',
      },
    ]);
  }
  return handle(createApiApp(loadApiConfig(env)));
}

let app: Promise<Handler> | undefined;

export async function handler(event: LambdaEvent, context?: LambdaContext) {
  app ??= build().catch((error: unknown) => {
    app = undefined;
    throw error;
  });
  return (await app)(event, context);
}
