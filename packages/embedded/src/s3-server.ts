import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import type { RunningService } from './dynamodb-local';

export interface S3ServerOptions {
  readonly port: number;
  /** Directory for objects; undefined uses a temporary directory removed on stop. */
  readonly dataDir?: string;
  readonly host?: string;
}

/** An S3-API server (s3rver) in this process; clients reach it path-style. */
export async function startS3Server(options: S3ServerOptions): Promise<RunningService> {
  const host = options.host ?? '127.0.0.1';
  const directory = options.dataDir ?? mkdtempSync(join(tmpdir(), 'carillon-s3-'));
  mkdirSync(directory, { recursive: true });
  const server = new S3rver({ port: options.port, address: host, silent: true, directory });
  const info = await server.run();
  return {
    endpoint: `http://${host}:${info.port}`,
    pid: process.pid,
    stop: async () => {
      await server.close();
      if (!options.dataDir) rmSync(directory, { recursive: true, force: true });
    },
  };
}
