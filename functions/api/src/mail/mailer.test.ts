import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger } from '@carillon/logger';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { createMailer } from './mailer';

const log = createLogger({ service: 'test', level: 'silent' });

describe('outbox mailer (embedded default)', () => {
  it('writes each message as an RFC 5322 .eml file, readable only by the owner', async () => {
    const outboxDir = join(mkdtempSync(join(tmpdir(), 'carillon-outbox-')), 'mail-outbox');
    const mailer = createMailer({ from: 'Carillon <no-reply@carillon.test>', outboxDir, log });
    await mailer.send({
      to: 'ada@example.test',
      subject: 'Reset',
      text: 'open https://portal.test/reset-password#token=abc',
    });
    const [file] = readdirSync(outboxDir);
    expect(file).toMatch(/\.eml$/);
    const path = join(outboxDir, file ?? '');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const mail = await simpleParser(readFileSync(path));
    expect(mail.subject).toBe('Reset');
    expect(mail.from?.value[0]?.address).toBe('no-reply@carillon.test');
    expect(mail.text).toContain('#token=abc');
  });
});
