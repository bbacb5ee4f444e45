import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createDeviceInputSchema, deviceCredentialHashes, deviceSchema, toDeviceOutput } from './device';
import { issuesOf } from './test-support';
import { newId } from './values/id';

describe('device input', () => {
  it('stores a desk phone’s MAC address in normal form', () => {
    const phone = createDeviceInputSchema.parse({
      kind: 'desk-phone',
      displayName: 'Reception',
      macAddress: '00:01:E3:A1:B2:C3',
    });
    expect(phone.macAddress).toBe('0001e3a1b2c3');
  });

  it('requires a MAC address for a desk phone and forbids one for a browser softphone', () => {
    expect(issuesOf(createDeviceInputSchema, { kind: 'desk-phone', displayName: 'Reception' })).toEqual([
      { path: 'macAddress', message: 'MAC address is required for a desk phone' },
    ]);
    expect(
      issuesOf(createDeviceInputSchema, {
        kind: 'webrtc',
        displayName: 'Browser',
        macAddress: '00:01:e3:a1:b2:c3',
      }),
    ).toEqual([{ path: 'macAddress', message: 'MAC address is not allowed for a webrtc' }]);
  });

  it('requires the port of a gateway-port device and only there', () => {
    expect(issuesOf(createDeviceInputSchema, { kind: 'gateway-port', displayName: 'Fax' })).toEqual([
      { path: 'gatewayPort', message: 'gateway port is required for a gateway-port device' },
    ]);
    const port = { type: 'fxs', index: 1, applianceDeviceId: newId('dev') };
    expect(
      issuesOf(createDeviceInputSchema, {
        kind: 'gateway-port',
        displayName: 'Fax',
        gatewayPort: port,
        isFax: true,
      }),
    ).toEqual([]);
    expect(
      issuesOf(createDeviceInputSchema, { kind: 'softphone', displayName: 'PC', gatewayPort: port }),
    ).toEqual([{ path: 'gatewayPort', message: 'gateway port is allowed only for a gateway-port device' }]);
  });

  it('numbers ports from 1 (T640 L2424)', () => {
    const port = { type: 'fxo', index: 0, applianceDeviceId: newId('dev') };
    expect(
      issuesOf(createDeviceInputSchema, { kind: 'gateway-port', displayName: 'Line', gatewayPort: port }),
    ).toEqual([{ path: 'gatewayPort.index', message: 'port index must be 1–64' }]);
  });

  it('does not take SIP credentials as input; the platform generates them', () => {
    expect(
      issuesOf(createDeviceInputSchema, { kind: 'softphone', displayName: 'PC', sipPassword: 'x' }),
    ).toEqual([{ path: '', message: 'unknown field: sipPassword' }]);
  });
});

describe('device credentials', () => {
  it('computes HA1 = H(username:realm:password) for MD5 and SHA-256 (RFC 7616 §3.4.2)', () => {
    // RFC 2617 §3.5 example: Mufasa / testrealm@host.com / Circle Of Life.
    expect(deviceCredentialHashes('Mufasa', 'testrealm@host.com', 'Circle Of Life').ha1Md5).toBe(
      '939e7578ed9e3c518a452acee763bce9',
    );
    expect(deviceCredentialHashes('Mufasa', 'http-auth@example.org', 'Circle of Life').ha1Sha256).toBe(
      createHash('sha256').update('Mufasa:http-auth@example.org:Circle of Life').digest('hex'),
    );
  });

  it('keeps the hashes out of the output', () => {
    const device = deviceSchema.parse({
      ...createDeviceInputSchema.parse({ kind: 'softphone', displayName: 'PC' }),
      ...deviceCredentialHashes('acme-101', 'acme.carillon.example', 'Xy7pQ2mK9rT4vB8n'),
      id: newId('dev'),
      tenantId: newId('tnt'),
      sipUsername: 'acme-101',
      credentialsRotatedAt: '2024-01-01T00:00:00Z',
      version: 1,
      createdAt: '2024-01-01T00:00:00Z',
      updatedAt: '2024-01-01T00:00:00Z',
    });
    const output = toDeviceOutput(device);
    expect(output).not.toHaveProperty('ha1Md5');
    expect(output).not.toHaveProperty('ha1Sha256');
    expect(output.sipUsername).toBe('acme-101');
  });
});
