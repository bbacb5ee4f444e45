import { delimiter } from 'node:path';
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

const infraBin = fileURLToPath(new URL('../node_modules/.bin', import.meta.url));

/**
 * PATH for local bundling. CDK runs `pnpm exec esbuild` in the repo root,
 * where pnpm only looks in the root package's bins, and esbuild is a
 * dependency of infra, not of the root; infra's bins come first so the
 * esbuild this package pins is the one that runs.
 */
export function bundlingPath(inheritedPath: string | undefined): string {
  return inheritedPath ? `${infraBin}${delimiter}${inheritedPath}` : infraBin;
}
