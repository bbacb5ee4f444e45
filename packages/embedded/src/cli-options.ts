import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';

const port = z.coerce.number().int().min(0).max(65535);

const optionsSchema = z.object({
  inMemory: z.boolean(),
  dataDir: z.string().min(1),
  dynamodbPort: port,
  s3Port: port,
  apiPort: port,
  callControlPort: port,
  platformDomain: z
    .string()
    .regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'must be a lower-case DNS name such as carillon.localhost'),
  help: z.boolean(),
});

export type CliOptions = z.infer<typeof optionsSchema>;

export const USAGE = `Usage: bash scripts/start.sh [options]

Runs Carillon on one machine: DynamoDB Local, an S3-API server and the
control plane, with a demo reseller and tenant seeded.

Options:
  --in-memory            keep no data across restarts (default: persist in --data-dir)
  --data-dir DIR         where data persists (default: .data in the repository)
  --dynamodb-port PORT   DynamoDB Local (default 8000; 0 = any free port)
  --s3-port PORT         S3-API server (default 9000)
  --api-port PORT        control-plane API (default 8080)
  --call-control-port P  call-control app, the edge's control plane (default 8081)
  --platform-domain DNS  tenants' SIP domains are <slug>.DNS (default carillon.localhost)
  -h, --help             this text
`;

/** Parses the start command's flags; a bad value names the flag. */
export function parseCliOptions(argv: readonly string[], repoRoot: string): CliOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      'in-memory': { type: 'boolean', default: false },
      'data-dir': { type: 'string', default: resolve(repoRoot, '.data') },
      'dynamodb-port': { type: 'string', default: '8000' },
      's3-port': { type: 'string', default: '9000' },
      'api-port': { type: 'string', default: '8080' },
      'call-control-port': { type: 'string', default: '8081' },
      'platform-domain': { type: 'string', default: 'carillon.localhost' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  const result = optionsSchema.safeParse({
    inMemory: values['in-memory'],
    dataDir: values['data-dir'],
    dynamodbPort: values['dynamodb-port'],
    s3Port: values['s3-port'],
    apiPort: values['api-port'],
    callControlPort: values['call-control-port'],
    platformDomain: values['platform-domain'],
    help: values.help,
  });
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const flag = `--${String(issue.path[0]).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
    throw new Error(`${flag}: ${issue.message}`);
  }
  return result.data;
}
