'use client';
import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import {
  type SipAccount,
  SipCredentials,
  type SipEdgeInfo,
} from '../../../../components/devices/sip-credentials';
import { useT } from '../../../../i18n/client';
import { browserApi } from '../../../../lib/api-browser';

/**
 * Per-device actions: a new SIP password (shown once, in a modal dialog that
 * keeps focus inside and closes with Escape) and delete (after a
 * confirmation). Both send the version the list was read at, so a change
 * someone made meanwhile is refused (412) instead of overwritten.
 */
export function DeviceActions({
  tenantId,
  device,
  sipDomain,
  edge,
}: {
  tenantId: string;
  device: { id: string; displayName: string; version: number };
  sipDomain: string;
  edge: SipEdgeInfo;
}) {
  const t = useT();
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const [busy, setBusy] = useState<'rotate' | 'delete' | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const [account, setAccount] = useState<SipAccount | undefined>();
  const path = { tenantId, deviceId: device.id };
  const ifMatch = `"${device.version}"`;

  async function rotate() {
    if (!window.confirm(t('devices.rotateConfirm', { name: device.displayName }))) return;
    setBusy('rotate');
    setProblem(undefined);
    const { data, error } = await browserApi().POST(
      '/tenants/{tenantId}/devices/{deviceId}/rotate-credentials',
      {
        params: { path, header: { 'if-match': ifMatch } },
      },
    );
    setBusy(undefined);
    if (data === undefined) {
      setProblem(error?.detail ?? error?.title ?? 'error');
      return;
    }
    setAccount({
      sipUsername: data.sipUsername,
      sipPassword: data.sipPassword,
      sipDomain: data.sipDomain || sipDomain,
    });
    dialog.current?.showModal();
  }

  async function remove() {
    if (!window.confirm(t('devices.deleteConfirm', { name: device.displayName }))) return;
    setBusy('delete');
    setProblem(undefined);
    const { error, response } = await browserApi().DELETE('/tenants/{tenantId}/devices/{deviceId}', {
      params: { path, header: { 'if-match': ifMatch } },
    });
    setBusy(undefined);
    if (response.ok) {
      router.refresh();
      return;
    }
    setProblem(error?.detail ?? error?.title ?? String(response.status));
  }

  /** On the dialog's close event (Done or Escape): the password leaves the page's memory with the dialog. */
  function closed() {
    setAccount(undefined);
    // The device's new version (for the next If-Match) comes with the refresh.
    router.refresh();
  }

  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem' }}>
      <button
        type="button"
        className="button secondary"
        onClick={rotate}
        disabled={busy !== undefined}
        aria-label={t('devices.rotateFor', { name: device.displayName })}
      >
        {busy === 'rotate' ? t('app.loading') : t('devices.rotate')}
      </button>
      <button
        type="button"
        className="button secondary"
        onClick={remove}
        disabled={busy !== undefined}
        aria-label={t('devices.deleteFor', { name: device.displayName })}
      >
        {busy === 'delete' ? t('app.loading') : t('devices.delete')}
      </button>
      {problem === undefined ? null : (
        <p className="error" role="alert">
          {t('app.error', { detail: problem })}
        </p>
      )}
      <dialog
        ref={dialog}
        aria-labelledby="sip-credentials-title"
        onClose={closed}
        style={{ maxWidth: 'min(40rem, 95vw)' }}
      >
        {account === undefined ? null : <SipCredentials account={account} edge={edge} />}
        <button type="button" onClick={() => dialog.current?.close()}>
          {t('devices.done')}
        </button>
      </dialog>
    </div>
  );
}
