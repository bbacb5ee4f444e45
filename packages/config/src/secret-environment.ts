import { ConfigError } from './load-config';

export interface SecretEnvironmentOptions {
  /** The variable that names the secret (an ARN on AWS); absent or empty: no secret is read. */
  readonly secretVariable: string;
  /** The only variables the secret may carry: a secret cannot switch a table or turn a limit off. */
  readonly allowed: readonly string[];
  /** Reads the secret's string value (Secrets Manager GetSecretValue on AWS). */
  readonly fetchSecretString: (secretId: string) => Promise<string>;
}

/**
 * A deployment's secrets arrive as one JSON object (`{"CARILLON_API_SECRET": "…"}`)
 * stored in a secret manager and named by one variable, instead of plain
 * environment variables that anyone with read access to the function's
 * configuration can see. The result is the environment the config schema
 * then validates as usual. A variable set both in the environment and in
 * the secret is refused rather than silently preferring one.
 */
export async function withSecretEnvironment(
  env: Readonly<Record<string, string | undefined>>,
  options: SecretEnvironmentOptions,
): Promise<Record<string, string | undefined>> {
  const secretId = env[options.secretVariable];
  if (secretId === undefined || secretId === '') return { ...env };
  const fail = (message: string) => new ConfigError([{ variable: options.secretVariable, message }]);
  let parsed: unknown;
  try {
    parsed = JSON.parse(await options.fetchSecretString(secretId));
  } catch (error) {
    // The secret's text is never part of the message: it may hold the value that failed to parse.
    if (error instanceof SyntaxError) throw fail('the secret is not a JSON object');
    throw fail(`the secret could not be read (${error instanceof Error ? error.name : 'unknown error'})`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw fail('the secret is not a JSON object');
  }
  const issues: { variable: string; message: string }[] = [];
  const fromSecret: Record<string, string> = {};
  for (const [name, value] of Object.entries(parsed)) {
    if (!options.allowed.includes(name)) {
      issues.push({
        variable: name,
        message: `not a variable the secret may set (allowed: ${options.allowed.join(', ')})`,
      });
    } else if (typeof value !== 'string') {
      issues.push({ variable: name, message: 'must be a string in the secret' });
    } else if (env[name] !== undefined) {
      issues.push({ variable: name, message: 'set both in the environment and in the secret' });
    } else {
      fromSecret[name] = value;
    }
  }
  if (issues.length > 0) throw new ConfigError(issues);
  return { ...env, ...fromSecret };
}
