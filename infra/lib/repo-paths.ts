import { fileURLToPath } from 'node:url';

/**
 * Where the deployable sources live, relative to this file rather than the
 * process's working directory, so `cdk synth` from the root and Vitest from
 * anywhere bundle the same entries.
 */
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export const REPO_PATHS = {
  root: repoRoot,
  /** Local esbuild bundling resolves dependencies through the workspace lockfile. */
  lockFile: fileURLToPath(new URL('../../pnpm-lock.yaml', import.meta.url)),
  apiLambdaEntry: fileURLToPath(new URL('../../functions/api/src/lambda.ts', import.meta.url)),
} as const;
