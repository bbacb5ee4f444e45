import { describe, expect, it } from 'vitest';
import { defaultUserRights, isAllowed, RESOURCES, ROLES, USER_RIGHTS, userRightsSchema } from './rights';

describe('user rights', () => {
  it('default as the T300 permission table says (L910-944)', () => {
    const rights = defaultUserRights();
    expect(rights.callForwarding).toBe(true); // redirect_perm: Yes
    expect(rights.voicemail).toBe(true); // voice_perm: Yes
    expect(rights.fax).toBe(true); // fax_perm: Yes
    expect(rights.ifmcUse).toBe(true); // ifmc_use_perm: Yes
    expect(rights.showActiveCallPartner).toBe(false); // fkey_shw_act_call_perm: No
  });

  it('give group pickup to every user, as group All Users has it (T640 L1025-1026)', () => {
    expect(defaultUserRights().groupPickup).toBe(true);
  });

  it('start T640 rights without a stated default switched off', () => {
    expect(defaultUserRights().callRecording).toBe(false);
    expect(defaultUserRights().impersonate).toBe(false);
  });

  it('cite a source for every right', () => {
    for (const definition of Object.values(USER_RIGHTS)) expect(definition.source).toMatch(/T(300|640) L\d+/);
  });

  it('parse an empty input to the defaults', () => {
    expect(userRightsSchema.parse({})).toEqual(defaultUserRights());
  });
});

describe('role table', () => {
  it('lets the operator do everything', () => {
    for (const resource of RESOURCES) expect(isAllowed('operator', 'delete', resource)).toBe(true);
  });

  it('lets resellers create numbers but tenant admins only assign them', () => {
    expect(isAllowed('reseller-admin', 'create', 'number')).toBe(true);
    expect(isAllowed('tenant-admin', 'create', 'number')).toBe(false);
    expect(isAllowed('tenant-admin', 'update', 'number')).toBe(true);
  });

  it('lets tenant admins change their PBX settings but not delete (or suspend) their tenant, nor reach resellers', () => {
    expect(isAllowed('tenant-admin', 'read', 'tenant')).toBe(true);
    expect(isAllowed('tenant-admin', 'update', 'tenant')).toBe(true);
    expect(isAllowed('tenant-admin', 'delete', 'tenant')).toBe(false);
    expect(isAllowed('tenant-admin', 'create', 'tenant')).toBe(false);
    expect(isAllowed('tenant-admin', 'read', 'reseller')).toBe(false);
  });

  it('limits users to their own records', () => {
    expect(isAllowed('user', 'update', 'user', true)).toBe(true);
    expect(isAllowed('user', 'update', 'user', false)).toBe(false);
    expect(isAllowed('user', 'delete', 'user', true)).toBe(false);
    expect(isAllowed('user', 'create', 'contact', true)).toBe(true);
    expect(isAllowed('user', 'read', 'cdr', false)).toBe(false);
    expect(isAllowed('user', 'create', 'trunk', true)).toBe(false);
  });

  it('never lets a role below operator write CDRs or audit entries', () => {
    for (const role of ROLES.filter((r) => r !== 'operator')) {
      expect(isAllowed(role, 'create', 'cdr', true)).toBe(false);
      expect(isAllowed(role, 'update', 'audit-entry', true)).toBe(false);
    }
  });
});
