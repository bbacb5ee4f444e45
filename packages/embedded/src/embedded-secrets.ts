import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The secrets the embedded services share; on AWS they come from Secrets Manager. */
export interface EmbeddedSecrets {
  /** Bearer token the edge presents to the call-control app. */
  readonly edgeToken: string;
  /** HMAC key of the sealed call-control state. */
  readonly callStateKey: string;
  /** HMAC key of pagination cursors. */
  readonly cursorSecret: string;
  /** HMAC key of digest nonces, shared by every edge node. */
  readonly nonceSecret: string;
}

const FILE = 'embedded-secrets.json';

function generate(): EmbeddedSecrets {
  const secret = () => randomBytes(32).toString('base64url');
  return { edgeToken: secret(), callStateKey: secret(), cursorSecret: secret(), nonceSecret: secret() };
}

/**
 * Random per installation, kept (mode 0600) in the data directory so a
 * restart keeps cursors, sealed call state and nonces valid; in memory when
 * the stack runs without a data directory.
 */
export function loadOrCreateSecrets(dataDir: string | undefined): EmbeddedSecrets {
  if (!dataDir) return generate();
  const path = join(dataDir, FILE);
  if (existsSync(path)) return JSON.parse(readFileSync(path, 'utf8')) as EmbeddedSecrets;
  mkdirSync(dataDir, { recursive: true });
  const secrets = generate();
  writeFileSync(path, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  return secrets;
}
