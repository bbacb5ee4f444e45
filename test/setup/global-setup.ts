import { type StorageStack, startStorageStack } from '@carillon/embedded';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    carillonEnv: Record<string, string>;
  }
}

let stack: StorageStack | undefined;

/**
 * Starts the same real servers the embedded default runs — DynamoDB Local and
 * an S3-API server — on free ports, in memory, once for the whole
 * integration run, and hands their environment to every test worker.
 */
export async function setup(project: TestProject) {
  stack = await startStorageStack({ dynamodbPort: 0, s3Port: 0, tableName: 'carillon-test' });
  project.provide('carillonEnv', stack.env);
}

export async function teardown() {
  await stack?.stop();
}
