/**
 * The dashboard's alerts, from what the API reports: devices without a live
 * registration, numbers that ring nowhere, no trunk at all. Pure, so it is
 * tested without a browser. (Trunk registration state is not in the API yet.)
 */

export type Alert =
  | { readonly kind: 'devices-unregistered'; readonly count: number; readonly names: readonly string[] }
  | { readonly kind: 'numbers-unassigned'; readonly count: number; readonly numbers: readonly string[] }
  | { readonly kind: 'no-trunk' };

/** Names listed per alert; the count says how many there are in all. */
export const NAMES_SHOWN = 5;

export function dashboardAlerts(input: {
  /** Devices with whether they hold a live binding; undefined when the registration could not be read. */
  readonly devices: readonly { readonly displayName: string; readonly registered: boolean | undefined }[];
  /** undefined when the numbers could not be read. */
  readonly numbers?: readonly { readonly e164: string; readonly status: string }[] | undefined;
  /** undefined when the trunks could not be read. */
  readonly trunkCount?: number | undefined;
}): Alert[] {
  const alerts: Alert[] = [];
  const unregistered = input.devices
    .filter((device) => device.registered === false)
    .map((device) => device.displayName)
    .sort((a, b) => a.localeCompare(b));
  if (unregistered.length > 0) {
    alerts.push({
      kind: 'devices-unregistered',
      count: unregistered.length,
      names: unregistered.slice(0, NAMES_SHOWN),
    });
  }
  const unassigned = (input.numbers ?? [])
    .filter((number) => number.status === 'unassigned')
    .map((number) => number.e164)
    .sort();
  if (unassigned.length > 0) {
    alerts.push({
      kind: 'numbers-unassigned',
      count: unassigned.length,
      numbers: unassigned.slice(0, NAMES_SHOWN),
    });
  }
  if (input.trunkCount === 0) alerts.push({ kind: 'no-trunk' });
  return alerts;
}
