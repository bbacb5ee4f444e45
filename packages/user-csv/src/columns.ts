import type { UserRight } from '@carillon/domain';

/**
 * The user CSV of the Gigaset T300/T500 PRO ("Importing user accounts",
 * T300 manual L415-476, shared/seeds/gigaset-t300-t500-pro-admin.txt):
 * comma-separated, not semicolons (L421), UTF-8 (L422), one user per line
 * under the template's field names (L447-451); empty cells must still be
 * present (L452-453).
 */
export const GIGASET_USER_COLUMNS = {
  /** L435: the login ID as text (the T300 uses digits only, L314-318; Carillon: 2–50 lower-case letters or digits). */
  login: 'login',
  /** L436 */
  firstName: 'firstname',
  /** L437 */
  lastName: 'lastname',
  /** L438-442: optional external number that exists on the PBX and is not assigned. */
  external: 'external',
  /** L443-446: required internal number (Carillon: the user's extension, free in the tenant). */
  internal: 'internal',
  /** L461: required e-mail address. */
  mail: 'mail',
  /** L462: the initial password (Carillon: the portal password policy applies). */
  password: 'password',
} as const;

/** Carillon columns beyond the manual's, at the end of an export: what a T300 file has no column for. */
export const CARILLON_USER_COLUMNS = {
  /** Portal and voice-prompt language (T300 L491-492), e.g. `en`, `de`. */
  language: 'language',
} as const;

export const REQUIRED_COLUMNS = ['login', 'firstname', 'lastname', 'internal', 'mail'] as const;

/**
 * Permission columns, `…_perm` (T300 manual L463-472 for their meaning, the
 * table at L905-944 for names and defaults), and the Carillon right each sets.
 * `admin_perm` is the administrator role (L2615: "Administration" is the only
 * role there is). Chat and "incoming caller" display have no Carillon right
 * (there is no XMPP service; L907-908): those columns are accepted, so the
 * manual's template imports, and not stored.
 */
export const PERMISSION_COLUMNS: Readonly<Record<string, UserRight | 'admin' | 'not-stored'>> = {
  fkey_perm: 'functionKeys',
  fkey_shw_fwd_state_perm: 'busyLampField',
  fkey_shw_im_call_perm: 'not-stored',
  fkey_shw_inc_call_perm: 'not-stored',
  fkey_shw_act_call_perm: 'showActiveCallPartner',
  fax_perm: 'fax',
  redirect_perm: 'callForwarding',
  setting_perm: 'preferences',
  ifmc_use_perm: 'ifmcUse',
  ifmc_edit_perm: 'ifmcEdit',
  calllist_perm: 'callLists',
  address_perm: 'directory',
  voice_perm: 'voicemail',
  login_perm: 'hotDesking',
  conference_perm: 'conference',
  admin_perm: 'admin',
  callman_perm: 'callManager',
};

/** Every column an import understands, in export order. */
export const ALL_COLUMNS: readonly string[] = [
  ...Object.values(GIGASET_USER_COLUMNS),
  ...Object.keys(PERMISSION_COLUMNS),
  ...Object.values(CARILLON_USER_COLUMNS),
];

/** Where a field of the create-user input comes from, to name the column in a row's errors. */
export const COLUMN_OF_FIELD: Readonly<Record<string, string>> = {
  login: 'login',
  firstName: 'firstname',
  lastName: 'lastname',
  email: 'mail',
  extensionNumber: 'internal',
  password: 'password',
  language: 'language',
};
