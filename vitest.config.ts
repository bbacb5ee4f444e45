import { defineConfig } from 'vitest/config';

// Two projects: `unit` (pure logic, no network, no servers) and `integration`
// (real DynamoDB-API and S3-API servers started once by the global setup).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['{packages,functions,media,infra,test,web}/**/*.test.ts'],
          exclude: ['**/node_modules/**', '**/*.int.test.ts', '**/cdk.out/**', '**/.next/**'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['{packages,functions,media,infra,test}/**/*.int.test.ts'],
          exclude: ['**/node_modules/**'],
          environment: 'node',
          globalSetup: ['test/setup/global-setup.ts'],
          setupFiles: ['test/setup/env.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          pool: 'forks',
        },
      },
    ],
  },
});
