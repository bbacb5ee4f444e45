import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '@carillon/logger';
import nodemailer from 'nodemailer';

export interface MailMessage {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
}

/** Sends the API's few messages (password reset). */
export interface Mailer {
  /** Resolves once the transport took the message (SMTP server accepted it, or the file is written). */
  send(message: MailMessage): Promise<void>;
}

export interface MailerOptions {
  readonly from: string;
  readonly smtpUrl?: string | undefined;
  readonly outboxDir?: string | undefined;
  readonly log: Logger;
}

/**
 * nodemailer over SMTP when `smtpUrl` is set; otherwise its stream transport
 * renders the RFC 5322 message and it is written to `outboxDir` as
 * `<time>-<random>.eml` (mode 0600: it holds a live reset link). Without
 * either, messages are dropped with a warning — a reset then cannot be
 * completed, which the start-up line says.
 */
export function createMailer(options: MailerOptions): Mailer {
  const { from, smtpUrl, outboxDir, log } = options;
  if (smtpUrl !== undefined) {
    const transport = nodemailer.createTransport(smtpUrl);
    return {
      async send(message) {
        const info = await transport.sendMail({ from, ...message });
        log.info({ messageId: info.messageId }, 'mail sent');
      },
    };
  }
  if (outboxDir !== undefined) {
    const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
    return {
      async send(message) {
        const info = await transport.sendMail({ from, ...message });
        await mkdir(outboxDir, { recursive: true, mode: 0o700 });
        const name = `${Date.now()}-${randomBytes(4).toString('hex')}.eml`;
        await writeFile(join(outboxDir, name), info.message as Buffer, { mode: 0o600 });
        log.info({ messageId: info.messageId, outbox: name }, 'mail written to the outbox');
      },
    };
  }
  log.warn('neither MAIL_SMTP_URL nor MAIL_OUTBOX_DIR is set: password-reset mail is dropped');
  return {
    async send() {
      log.warn('mail dropped: no mail transport configured');
    },
  };
}
