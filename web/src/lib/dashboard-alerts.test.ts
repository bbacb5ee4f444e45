import { describe, expect, it } from 'vitest';
import { dashboardAlerts, NAMES_SHOWN } from './dashboard-alerts';

describe('dashboardAlerts', () => {
  it('names unregistered devices (not those whose state is unknown), sorted and capped', () => {
    const devices = [
      { displayName: 'Zed', registered: false },
      { displayName: 'Amy', registered: false },
      { displayName: 'Bob', registered: true },
      { displayName: 'Unknown', registered: undefined },
      ...Array.from({ length: 6 }, (_, index) => ({ displayName: `Phone ${index}`, registered: false })),
    ];
    const [alert] = dashboardAlerts({ devices });
    expect(alert).toEqual({
      kind: 'devices-unregistered',
      count: 8,
      names: ['Amy', 'Phone 0', 'Phone 1', 'Phone 2', 'Phone 3'],
    });
    expect(alert?.kind === 'devices-unregistered' && alert.names.length).toBe(NAMES_SHOWN);
  });

  it('reports unassigned numbers and a tenant without trunks; nothing when all is well', () => {
    expect(
      dashboardAlerts({
        devices: [],
        numbers: [
          { e164: '+4930222', status: 'unassigned' },
          { e164: '+4930111', status: 'assigned' },
          { e164: '+4930000', status: 'unassigned' },
        ],
        trunkCount: 0,
      }),
    ).toEqual([
      { kind: 'numbers-unassigned', count: 2, numbers: ['+4930000', '+4930222'] },
      { kind: 'no-trunk' },
    ]);
    expect(
      dashboardAlerts({ devices: [{ displayName: 'A', registered: true }], numbers: [], trunkCount: 1 }),
    ).toEqual([]);
    // Unknown trunk count (list not readable): no claim either way.
    expect(dashboardAlerts({ devices: [] })).toEqual([]);
  });
});
