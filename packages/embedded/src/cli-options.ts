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
  portalPort: port,
  callControlPort: port,
  sipPort: port,
  sipTlsPort: port,
  sipWsPort: port,
  sipWssPort: port,
  sipBind: z.ipv4({ message: 'must be an IPv4 address' }),
  portal: z.boolean(),
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
  --portal-port PORT     web portal (default 3000)
  --no-portal            do not build and start the web portal
  --call-control-port P  call-control app, the edge's control plane (default 8081)
  --sip-port PORT        SIP over UDP and TCP (default 5060)
  --sip-tls-port PORT    SIP over TLS (default 5061)
  --sip-ws-port PORT     SIP over WebSocket (default 8088)
  --sip-wss-port PORT    SIP over secure WebSocket (default 8089)
  --sip-bind ADDRESS     where the edge listens (default 127.0.0.1; 0.0.0.0 for phones on the LAN)
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
      'portal-port': { type: 'string', default: '3000' },
      'no-portal': { type: 'boolean', default: false },
      'call-control-port': { type: 'string', default: '8081' },
      'sip-port': { type: 'string', default: '5060' },
      'sip-tls-port': { type: 'string', default: '5061' },
      'sip-ws-port': { type: 'string', default: '8088' },
      'sip-wss-port': { type: 'string', default: '8089' },
      'sip-bind': { type: 'string', default: '127.0.0.1' },
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
    portalPort: values['portal-port'],
    portal: !values['no-portal'],
    callControlPort: values['call-control-port'],
    sipPort: values['sip-port'],
    sipTlsPort: values['sip-tls-port'],
    sipWsPort: values['sip-ws-port'],
    sipWssPort: values['sip-wss-port'],
    sipBind: values['sip-bind'],
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
