import { type Device, deviceSchema, normaliseMacAddress } from '@carillon/domain';
import { defineTenantEntity } from './define';

/** A phone, softphone, WebRTC client or appliance port with its SIP credentials. */
export const deviceEntity = defineTenantEntity<Device>('device', deviceSchema, {
  // The user who uses the phone reads it (and its registrations) with `own` access.
  owner: (device) => device.userId,
  unique: [
    // Digest usernames are generated platform-wide unique, so the registrar finds the device before it knows the realm.
    {
      field: 'sipUsername',
      constraint: 'sip-username',
      scope: 'platform',
      value: (device) => device.sipUsername,
    },
    // Provisioning requests name only the MAC address (e.g. `/<mac>.xml`).
    {
      field: 'macAddress',
      constraint: 'mac-address',
      scope: 'platform',
      value: (device) => device.macAddress ?? undefined,
      normalise: normaliseMacAddress,
    },
  ],
});
