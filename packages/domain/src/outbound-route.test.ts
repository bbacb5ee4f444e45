import { describe, expect, it } from 'vitest';
import {
  createOutboundRouteInputSchema,
  isInTimeWindow,
  type OutboundCall,
  type OutboundRoute,
  outboundDialString,
  outboundRouteSchema,
  routePatternProblems,
  selectOutboundRoute,
} from './outbound-route';
import { issuesOf } from './test-support';
import { newId } from './values/id';

const trunk = newId('trk');
const local = newId('agr');

function route(fields: Partial<OutboundRoute>): OutboundRoute {
  return outboundRouteSchema.parse({
    id: newId('obr'),
    tenantId: newId('tnt'),
    version: 1,
    createdAt: '2024-01-01T00:00:00Z',
    updatedAt: '2024-01-01T00:00:00Z',
    name: 'all',
    pattern: '^(.*)',
    trunkIds: [trunk],
    ...fields,
  });
}

const call = (fields: Partial<OutboundCall>): OutboundCall => ({
  dialled: '0089123456',
  weekday: 'wed',
  minuteOfDay: 12 * 60,
  authorisationGroupIds: [],
  ...fields,
});

describe('route patterns (T640 appendix L4014-4100)', () => {
  it.each([
    '^(.*)',
    '^0[1-9]',
    '^00491[5-7]',
    '^(?:(?:0049|0)89)?3450',
    '^[1-9][0-9]{1,4}$',
    '^\\d\\d\\d\\d(\\d)',
    '^\\*31#',
  ])('accepts the manual-style pattern %s', (pattern) => {
    expect(routePatternProblems(pattern)).toEqual([]);
  });

  it('rejects letters and other syntax the manual does not use', () => {
    const message =
      'pattern may contain only digits, * # + and the regular-expression elements . \\d \\D * ? + ^ $ | ( ) [ ] { }';
    expect(routePatternProblems('^0[a-z]')).toEqual([message]);
    expect(routePatternProblems('^\\w+')).toEqual([message]);
  });

  it('rejects look-arounds and named groups', () => {
    expect(routePatternProblems('^(?=0)0')).toEqual([
      'pattern may use only (?: ) groups, no other (? ) constructs',
    ]);
  });

  it('rejects a pattern that does not compile', () => {
    expect(routePatternProblems('^(0')).toEqual(['pattern is not a valid regular expression']);
    expect(routePatternProblems('^[9-1]')).toEqual(['pattern is not a valid regular expression']);
  });

  it('rejects nested quantifiers, which can backtrack exponentially', () => {
    expect(routePatternProblems('^(\\d+)*$')).toEqual([
      'pattern must not repeat a group that itself repeats, e.g. (\\d+)*',
    ]);
    expect(routePatternProblems('^(0{1,3})+')).toEqual([
      'pattern must not repeat a group that itself repeats, e.g. (\\d+)*',
    ]);
  });

  it('reports the pattern problem on the pattern field of a route', () => {
    expect(
      issuesOf(createOutboundRouteInputSchema, { name: 'x', pattern: '^(0', trunkIds: [trunk] }),
    ).toEqual([{ path: 'pattern', message: 'pattern is not a valid regular expression' }]);
  });
});

describe('outbound route input', () => {
  it('defaults to every day, the whole day, every user, active', () => {
    const input = createOutboundRouteInputSchema.parse({
      name: 'Mobile',
      pattern: '^01[5-7]',
      trunkIds: [trunk],
    });
    expect(input).toMatchObject({
      weekdays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
      time: { from: '00:00', to: '24:00' },
      authorisationGroupIds: [],
      active: true,
      addPrefix: '',
    });
  });

  it('requires a trunk and rejects a trunk listed twice', () => {
    expect(issuesOf(createOutboundRouteInputSchema, { name: 'x', pattern: '^0', trunkIds: [] })).toEqual([
      { path: 'trunkIds', message: 'at least one trunk is required' },
    ]);
    expect(
      issuesOf(createOutboundRouteInputSchema, { name: 'x', pattern: '^0', trunkIds: [trunk, trunk] }),
    ).toEqual([{ path: 'trunkIds', message: 'a trunk must not be listed twice' }]);
  });

  it('rejects an empty time window', () => {
    expect(
      issuesOf(createOutboundRouteInputSchema, {
        name: 'x',
        pattern: '^0',
        trunkIds: [trunk],
        time: { from: '08:00', to: '08:00' },
      }),
    ).toEqual([
      { path: 'time.to', message: 'time window must not be empty; use 00:00 to 24:00 for the whole day' },
    ]);
  });
});

describe('route selection', () => {
  it('wraps a window past midnight like the manual’s 20:00 to 06:00 (T640 L3259-3260)', () => {
    const night = { from: '20:00', to: '06:00' };
    expect(isInTimeWindow(night, 22 * 60)).toBe(true);
    expect(isInTimeWindow(night, 5 * 60 + 59)).toBe(true);
    expect(isInTimeWindow(night, 6 * 60)).toBe(false);
    expect(isInTimeWindow(night, 12 * 60)).toBe(false);
  });

  it('picks the first matching route by priority', () => {
    const mobile = route({ name: 'mobile', pattern: '^01[5-7]', priority: 10 });
    const fallback = route({ name: 'all', pattern: '^0', priority: 20 });
    expect(selectOutboundRoute([fallback, mobile], call({ dialled: '0157123' }))?.name).toBe('mobile');
    expect(selectOutboundRoute([fallback, mobile], call({ dialled: '089123' }))?.name).toBe('all');
  });

  it('rejects numbers no route allows, as the manual’s Local example does (T640 L3270-3276)', () => {
    const routes = [
      route({ name: 'Local', pattern: '^089', authorisationGroupIds: [local] }),
      route({ name: 'Local', pattern: '^[1-9]', authorisationGroupIds: [local] }),
    ];
    const greg = { authorisationGroupIds: [local] };
    expect(selectOutboundRoute(routes, call({ ...greg, dialled: '089123456' }))).toBeDefined();
    expect(selectOutboundRoute(routes, call({ ...greg, dialled: '123456' }))).toBeDefined();
    expect(selectOutboundRoute(routes, call({ ...greg, dialled: '030123456' }))).toBeUndefined();
    expect(selectOutboundRoute(routes, call({ dialled: '089123456' }))).toBeUndefined();
  });

  it('skips inactive routes and routes outside their weekdays', () => {
    const weekdays = route({ weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'] });
    expect(selectOutboundRoute([weekdays], call({ weekday: 'sat' }))).toBeUndefined();
    expect(selectOutboundRoute([route({ active: false })], call({}))).toBeUndefined();
  });

  it('strips the outside-line digit and adds the prefix like {prefix}{number:1} (T640 L2518-2546)', () => {
    expect(outboundDialString({ stripDigits: 1, addPrefix: '05251' }, '0123456')).toBe('05251123456');
    expect(outboundDialString({ stripDigits: 0, addPrefix: '' }, '05251123456')).toBe('05251123456');
  });
});
