import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DemoCredentials } from './seed';

const FILE = 'demo-credentials.json';

/**
 * The demo passwords exist in plaintext only here, in the embedded data
 * directory (mode 0600), so the start command can print them on every start;
 * the store holds only their hashes. Never used outside the embedded default.
 */
export function saveDemoCredentials(dataDir: string, credentials: DemoCredentials): void {
  writeFileSync(join(dataDir, FILE), `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600 });
}

export function loadDemoCredentials(dataDir: string): DemoCredentials | undefined {
  const path = join(dataDir, FILE);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as DemoCredentials) : undefined;
}
