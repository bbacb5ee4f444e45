'use client';
import { useT } from '../../i18n/client';
import { accountUri, type SipAccount, type SipEdgeInfo } from '../../lib/sip-account';
import { QrCode } from '../qr-code';

export type { SipAccount, SipEdgeInfo };

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
