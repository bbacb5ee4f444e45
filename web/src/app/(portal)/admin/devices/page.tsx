import type { Schema } from '@carillon/api-client';
import type { Metadata } from 'next';
import Link from 'next/link';
import { NextPageLink } from '../../../../components/next-page-link';
import styles from '../../../../components/stacked-table.module.css';
import { getI18n } from '../../../../i18n/server';
import { requireTenantAdmin, serverApi } from '../../../../lib/api-server';
import { formatDateTime } from '../../../../lib/format';
import { sipEdge } from '../../../../lib/sip-edge';
import { DeviceActions } from './device-actions';

export const metadata: Metadata = { title: 'Devices' };

/** Devices per page; each costs one registrations read, so the page stays small. */
const PAGE_SIZE = 25;
/** Owner names come from the first users page; a device of a user beyond it shows the user id. */
const USER_LIMIT = 100;

type Registrations = Schema<'DeviceRegistrations'>;

export default async function DevicesPage({ searchParams }: { searchParams: Promise<{ cursor?: string }> }) {
  const { tenantId } = await requireTenantAdmin();
  const { t, locale } = await getI18n();
  const { cursor } = await searchParams;
  const api = await serverApi();
  const [devices, users, tenant] = await Promise.all([
    api.GET('/tenants/{tenantId}/devices', {
      params: {
        path: { tenantId },
        query: { limit: PAGE_SIZE, ...(cursor === undefined ? {} : { cursor }) },
      },
    }),
    api.GET('/tenants/{tenantId}/users', { params: { path: { tenantId }, query: { limit: USER_LIMIT } } }),
    api.GET('/tenants/{tenantId}', { params: { path: { tenantId } } }),
  ]);
  if (devices.data === undefined)
    throw new Error(devices.error?.detail ?? 'the device list could not be read');
  const owners = new Map(
    (users.data?.items ?? []).map((user) => [
      user.id,
      `${user.extensionNumber} · ${user.firstName} ${user.lastName}`,
    ]),
  );
  // The registrar's live bindings per device, read in parallel (bounded by the page size).
  const registrations = new Map<string, Registrations | undefined>(
    await Promise.all(
      devices.data.items.map(async (device) => {
        const { data } = await api.GET('/tenants/{tenantId}/devices/{deviceId}/registrations', {
          params: { path: { tenantId, deviceId: device.id } },
        });
        return [device.id, data] as const;
      }),
    ),
  );
  const items = [...devices.data.items].sort((a, b) => a.displayName.localeCompare(b.displayName));
  const edge = sipEdge();
  const sipDomain = tenant.data?.sipDomain ?? '';
  return (
    <>
      <div className="toolbar">
        <h1 style={{ marginRight: 'auto', marginBottom: 0 }}>{t('devices.title')}</h1>
        <Link className="button" href="/admin/devices/new">
          {t('devices.new')}
        </Link>
      </div>
      <div className="table-wrap">
        <table className={styles.stacked}>
          <thead>
            <tr>
              <th scope="col">{t('devices.name')}</th>
              <th scope="col">{t('devices.kind')}</th>
              <th scope="col">{t('devices.owner')}</th>
              <th scope="col">{t('devices.sipUsername')}</th>
              <th scope="col">{t('devices.state')}</th>
              <th scope="col">{t('devices.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((device) => {
              const state = registrations.get(device.id);
              const binding = state?.items[0];
              return (
                <tr key={device.id} data-device-id={device.id}>
                  <th scope="row">{device.displayName}</th>
                  <td data-label={t('devices.kind')}>{t(`devices.kind.${device.kind}`)}</td>
                  <td data-label={t('devices.owner')}>
                    {device.userId === null ? '—' : (owners.get(device.userId) ?? device.userId)}
                  </td>
                  <td data-label={t('devices.sipUsername')} className="secret">
                    {device.sipUsername}
                  </td>
                  <td
                    data-label={t('devices.state')}
                    data-registration={state === undefined ? 'unknown' : String(state.registered)}
                  >
                    {state === undefined ? (
                      '—'
                    ) : state.registered && binding !== undefined ? (
                      <>
                        <span className="badge ok">{t('devices.registered')}</span>
                        <br />
                        <small>
                          {binding.transport.toUpperCase()} {binding.sourceAddress}
                          {binding.userAgent === null ? '' : ` · ${binding.userAgent}`}
                          <br />
                          {t('devices.expires', { at: formatDateTime(binding.expiresAt, locale) })}
                        </small>
                      </>
                    ) : (
                      <span className="badge">{t('devices.unregistered')}</span>
                    )}
                  </td>
                  <td data-label={t('devices.actions')}>
                    <DeviceActions
                      tenantId={tenantId}
                      device={{ id: device.id, displayName: device.displayName, version: device.version }}
                      sipDomain={sipDomain}
                      edge={edge}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {items.length === 0 ? <p style={{ padding: '0 0.75rem' }}>{t('app.empty')}</p> : null}
      </div>
      <NextPageLink cursor={devices.data.nextCursor} label={t('app.next')} />
    </>
  );
}
