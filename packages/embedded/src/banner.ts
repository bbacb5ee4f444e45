import type { DemoCredentials } from './seed';

export interface BannerInput {
  readonly services: readonly (readonly [name: string, where: string])[];
  readonly data: string;
  readonly credentials: DemoCredentials | undefined;
}

/** The text the start command prints once everything is up: where things are and how to log in. */
export function formatBanner(input: BannerInput): string {
  const lines = ['', 'Carillon is running (embedded default). Ctrl-C stops it.', ''];
  const width = Math.max(...input.services.map(([name]) => name.length));
  for (const [name, where] of input.services) lines.push(`  ${name.padEnd(width)}  ${where}`);
  lines.push(`  ${'Data'.padEnd(width)}  ${input.data}`, '');
  const credentials = input.credentials;
  if (!credentials) {
    lines.push('  Demo tenant: seeded earlier; its credentials file is missing from the data directory.', '');
    return lines.join('\n');
  }
  lines.push(`  Demo tenant ${credentials.tenantId}, SIP domain ${credentials.sipDomain}`);
  lines.push(
    `  Ring group "${credentials.ringGroup.name}" on extension ${credentials.ringGroup.extension}`,
    '',
  );
  lines.push(
    '  ext  name            role          portal login (e-mail / password)        SIP username / password',
  );
  for (const user of credentials.users) {
    lines.push(
      `  ${user.extension.padEnd(4)} ${user.name.padEnd(15)} ${user.role.padEnd(13)} ${`${user.email} / ${user.portalPassword}`.padEnd(40)} ${user.sipUsername} / ${user.sipPassword}`,
    );
  }
  if (credentials.reseller) {
    lines.push(
      '',
      `  Demo reseller "${credentials.reseller.name}" (${credentials.reseller.id}): sign in at /reseller-login with`,
      `  the API key ${credentials.reseller.apiKey}`,
    );
  }
  lines.push('');
  return lines.join('\n');
}

/** "udp 5060 · tcp 5060 · …" from the edge's "edge listening" log line. */
export function describeSipPorts(readyLine: string | undefined): string {
  if (!readyLine) return 'listening';
  try {
    const { ports, publicHost } = JSON.parse(readyLine) as {
      ports?: Record<string, number>;
      publicHost?: string;
    };
    const list = Object.entries(ports ?? {}).map(([transport, port]) => `${transport} ${port}`);
    return `${publicHost ?? ''}  ${list.join(' · ')}`.trim();
  } catch {
    return 'listening';
  }
}
