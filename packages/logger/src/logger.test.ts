import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from './logger';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { lines, destination };
}

describe('createLogger', () => {
  it('writes one JSON object per line with service and call context', () => {
    const { lines, destination } = capture();
    const log = createLogger({ service: 'edge', destination }).child({ tenantId: 't1', callId: 'c1' });
    log.info({ legId: 'l1' }, 'call answered');
    expect(lines[0]).toMatchObject({
      level: 'info',
      service: 'edge',
      tenantId: 't1',
      callId: 'c1',
      legId: 'l1',
      msg: 'call answered',
    });
  });

  it('never lets a secret reach a line, even nested in an entity', () => {
    const { lines, destination } = capture();
    const log = createLogger({ service: 'api', destination });
    log.info({ device: { sipUsername: 'u1', ha1Md5: 'abc', ha1Sha256: 'def' }, password: 'hunter2' }, 'x');
    const text = JSON.stringify(lines[0]);
    expect(text).not.toContain('hunter2');
    expect(text).not.toContain('abc');
    expect(text).not.toContain('def');
    expect(text).toContain('u1');
  });

  it('redacts the portal’s one-time and second-factor secrets and sealed references', () => {
    const { lines, destination } = capture();
    const log = createLogger({ service: 'api', destination });
    log.info(
      {
        token: 'reset-tok-1',
        body: { totpCode: '123456', recoveryCodes: ['rc-aaaa'], pin: '2580', csrfToken: 'csrf-1' },
        trunk: { secretRef: 'enc:v1:sealed', name: 'Provider' },
        device: { sipPassword: 'sip-pass-1' },
      },
      'x',
    );
    const text = JSON.stringify(lines[0]);
    for (const secret of [
      'reset-tok-1',
      '123456',
      'rc-aaaa',
      '2580',
      'csrf-1',
      'enc:v1:sealed',
      'sip-pass-1',
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain('Provider');
  });
});
