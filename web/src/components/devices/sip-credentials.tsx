'use client';
import { useT } from '../../i18n/client';
import { QrCode } from '../qr-code';

export interface SipAccount {
  readonly sipUsername: string;
  readonly sipPassword: string;
  readonly sipDomain: string;
}

export interface SipEdgeInfo {
  readonly host: string;
  readonly port: number;
  readonly tlsPort: number;
}

/**
 * The account as one SIP URI for the QR code: there is no common standard
 * among softphone apps, so it carries what every app asks for — user and
 * password in the userinfo (RFC 3261 §19.1.1; deprecated for sending, used
 * here only to hand the account over) and the outbound proxy as a parameter.
 */
export function accountUri(account: SipAccount, edge: SipEdgeInfo): string {
  const user = encodeURIComponent(account.sipUsername);
  const password = encodeURIComponent(account.sipPassword);
  return `sip:${user}:${password}@${account.sipDomain};proxy=${edge.host}:${edge.port}`;
}

/**
 * A device's SIP credentials right after they were generated: shown once
 * (the API keeps only digest hashes), with everything a phone needs and a
 * QR code for softphone apps. The password is selectable text, never in a URL.
 */
export function SipCredentials({ account, edge }: { account: SipAccount; edge: SipEdgeInfo }) {
  const t = useT();
  return (
    <section className="notice ok" aria-labelledby="sip-credentials-title" data-testid="sip-credentials">
      <h2 id="sip-credentials-title">{t('devices.credentials')}</h2>
      <p role="status">{t('devices.credentialsOnce')}</p>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '1rem', alignItems: 'flex-start' }}>
        <dl className="pairs" style={{ flex: '1 1 16rem' }}>
          <dt>{t('devices.sipUsername')}</dt>
          <dd className="secret" data-credential="username">
            {account.sipUsername}
          </dd>
          <dt>{t('devices.password')}</dt>
          <dd className="secret" data-credential="password">
            {account.sipPassword}
          </dd>
          <dt>{t('devices.domain')}</dt>
          <dd data-credential="domain">{account.sipDomain}</dd>
          <dt>{t('devices.proxy')}</dt>
          <dd data-credential="registrar">{edge.host}</dd>
          <dt>{t('devices.ports')}</dt>
          <dd data-credential="ports">
            {t('devices.portsValue', { port: edge.port, tlsPort: edge.tlsPort })}
          </dd>
        </dl>
        <QrCode text={accountUri(account, edge)} alt={t('devices.qr')} />
      </div>
    </section>
  );
}
