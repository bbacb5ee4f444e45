import { describe, expect, it } from 'vitest';
import { ConfigError } from './load-config';
import { withSecretEnvironment } from './secret-environment';

const allowed = ['CARILLON_API_SECRET', 'MAIL_SMTP_URL'];

function options(secret: string | Error) {
  const asked: string[] = [];
  return {
    asked,
    options: {
      secretVariable: 'CARILLON_SECRETS_ARN',
      allowed,
      fetchSecretString: async (id: string) => {
        asked.push(id);
        if (secret instanceof Error) throw secret;
        return secret;
      },
    },
  };
}

async function issuesOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConfigError);
  return (error as ConfigError).issues;
}

describe('withSecretEnvironment', () => {
  it('adds the secret’s variables to the environment, reading the secret the variable names', async () => {
    const { asked, options: o } = options(
      '{"CARILLON_API_SECRET":"s3cr3t-value","MAIL_SMTP_URL":"smtp://x"}',
    );
    const env = await withSecretEnvironment({ CARILLON_SECRETS_ARN: 'arn:secret', TABLE: 't' }, o);
    expect(asked).toEqual(['arn:secret']);
    expect(env).toEqual({
      CARILLON_SECRETS_ARN: 'arn:secret',
      TABLE: 't',
      CARILLON_API_SECRET: 's3cr3t-value',
      MAIL_SMTP_URL: 'smtp://x',
    });
  });

  it('reads nothing when no secret is named', async () => {
    const { asked, options: o } = options('{}');
    expect(await withSecretEnvironment({ TABLE: 't', CARILLON_SECRETS_ARN: '' }, o)).toEqual({
      TABLE: 't',
      CARILLON_SECRETS_ARN: '',
    });
    expect(asked).toEqual([]);
  });

  it('refuses variables outside the allowed list, non-strings and variables set twice, naming each', async () => {
    const { options: o } = options(
      '{"CARILLON_TABLE_NAME":"other","MAIL_SMTP_URL":1,"CARILLON_API_SECRET":"x"}',
    );
    expect(
      await issuesOf(withSecretEnvironment({ CARILLON_SECRETS_ARN: 'a', CARILLON_API_SECRET: 'y' }, o)),
    ).toEqual([
      {
        variable: 'CARILLON_TABLE_NAME',
        message: expect.stringContaining('not a variable the secret may set'),
      },
      { variable: 'MAIL_SMTP_URL', message: 'must be a string in the secret' },
      { variable: 'CARILLON_API_SECRET', message: 'set both in the environment and in the secret' },
    ]);
  });

  it('says the secret is unreadable or not JSON without repeating its text', async () => {
    const notJson = await issuesOf(
      withSecretEnvironment({ CARILLON_SECRETS_ARN: 'a' }, options('hunter2').options),
    );
    expect(notJson).toEqual([
      { variable: 'CARILLON_SECRETS_ARN', message: 'the secret is not a JSON object' },
    ]);
    expect(JSON.stringify(notJson)).not.toContain('hunter2');
    const denied = Object.assign(new Error('User is not authorized'), { name: 'AccessDeniedException' });
    expect(
      await issuesOf(withSecretEnvironment({ CARILLON_SECRETS_ARN: 'a' }, options(denied).options)),
    ).toEqual([
      { variable: 'CARILLON_SECRETS_ARN', message: 'the secret could not be read (AccessDeniedException)' },
    ]);
    expect(
      await issuesOf(withSecretEnvironment({ CARILLON_SECRETS_ARN: 'a' }, options('["x"]').options)),
    ).toEqual([{ variable: 'CARILLON_SECRETS_ARN', message: 'the secret is not a JSON object' }]);
  });
});
