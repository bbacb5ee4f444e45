import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TlsMaterial } from './transport/stream-transport';

const IPV4 = /^[0-9]{1,3}(?:\.[0-9]{1,3}){3}$/;

/**
 * A self-signed certificate for the embedded default (TLS and WSS). Node's crypto can make keys but
 * not X.509 certificates, so this asks `openssl` (present on every Debian machine) once and keeps
 * the result in `dir`, reused on later starts so that phones which pinned it keep trusting it.
 * Production sets SIP_TLS_CERT_FILE / SIP_TLS_KEY_FILE to a real certificate instead.
 */
export function selfSignedCertificate(host: string, dir = join(tmpdir(), 'carillon-edge-tls')): TlsMaterial {
  const safe = host.replace(/[^A-Za-z0-9.-]/g, '_');
  const certFile = join(dir, `${safe}.cert.pem`);
  const keyFile = join(dir, `${safe}.key.pem`);
  if (!existsSync(certFile) || !existsSync(keyFile)) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const san = IPV4.test(host) || host.includes(':') ? `IP:${host}` : `DNS:${host}`;
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-days',
        '825',
        '-subj',
        `/CN=${host}/O=Carillon embedded edge`,
        '-addext',
        `subjectAltName=${san}`,
        '-keyout',
        keyFile,
        '-out',
        certFile,
      ],
      { stdio: 'ignore', timeout: 15_000 },
    );
  }
  return { cert: readFileSync(certFile), key: readFileSync(keyFile) };
}

export function tlsMaterialFromFiles(certFile: string, keyFile: string): TlsMaterial {
  return { cert: readFileSync(certFile), key: readFileSync(keyFile) };
}
