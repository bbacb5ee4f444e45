import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { portalSourceHash } from './portal';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

function repoWith(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'carillon-portal-hash-'));
  roots.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('portalSourceHash', () => {
  it('changes with the portal and typed-client sources, not with anything else', () => {
    const root = repoWith({
      'web/src/app/page.tsx': 'a',
      'web/package.json': '{}',
      'packages/api-client/src/schema.gen.ts': 'x',
      'functions/api/src/app.ts': 'unrelated',
    });
    const before = portalSourceHash(root);
    expect(portalSourceHash(root)).toBe(before);
    writeFileSync(join(root, 'functions/api/src/app.ts'), 'changed, but not a portal input');
    expect(portalSourceHash(root)).toBe(before);
    writeFileSync(join(root, 'packages/api-client/src/schema.gen.ts'), 'y');
    const afterClient = portalSourceHash(root);
    expect(afterClient).not.toBe(before);
    writeFileSync(join(root, 'web/src/app/new-page.tsx'), 'b');
    expect(portalSourceHash(root)).not.toBe(afterClient);
  });
});
