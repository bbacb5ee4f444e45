import { describe, expect, it } from 'vitest';
import {
  createHolidayInputSchema,
  createScheduleInputSchema,
  isHoliday,
  isScheduleOpen,
  localTime,
} from './schedule';
import { issuesOf } from './test-support';

const officeHours = createScheduleInputSchema.parse({
  name: 'Office hours',
  ranges: ['mon', 'tue', 'wed', 'thu', 'fri'].map((weekday) => ({ weekday, from: '08:00', to: '17:00' })),
});

describe('schedules', () => {
  it('rejects a range that ends before it starts, at its end field', () => {
    expect(
      issuesOf(createScheduleInputSchema, {
        name: 'Night',
        ranges: [{ weekday: 'mon', from: '20:00', to: '06:00' }],
      }),
    ).toEqual([
      {
        path: 'ranges.0.to',
        message: 'range end must be after its start (split ranges that cross midnight)',
      },
    ]);
  });

  it('rejects overlapping ranges on the same day (T300 L1964-2007: time frames may not overlap)', () => {
    expect(
      issuesOf(createScheduleInputSchema, {
        name: 'Split',
        ranges: [
          { weekday: 'mon', from: '08:00', to: '12:00' },
          { weekday: 'tue', from: '11:00', to: '13:00' },
          { weekday: 'mon', from: '11:30', to: '14:00' },
        ],
      }),
    ).toEqual([{ path: 'ranges.2', message: 'range overlaps range 1 on mon' }]);
  });

  it('allows ranges that only touch', () => {
    const touching = [
      { weekday: 'mon', from: '08:00', to: '12:00' },
      { weekday: 'mon', from: '12:00', to: '17:00' },
    ];
    expect(issuesOf(createScheduleInputSchema, { name: 'Split', ranges: touching })).toEqual([]);
  });

  it('evaluates ranges in the tenant’s time zone, across daylight saving time', () => {
    // 06:30 UTC is 08:30 in Berlin in summer (CEST) but 07:30 in winter (CET).
    expect(isScheduleOpen(officeHours, [], new Date('2024-07-03T06:30:00Z'), 'Europe/Berlin')).toBe(true);
    expect(isScheduleOpen(officeHours, [], new Date('2024-01-03T06:30:00Z'), 'Europe/Berlin')).toBe(false);
    expect(isScheduleOpen(officeHours, [], new Date('2024-07-06T10:00:00Z'), 'Europe/Berlin')).toBe(false);
  });

  it('lets a schedule’s own time zone win over the tenant’s', () => {
    const newYork = { ...officeHours, timeZone: 'America/New_York' };
    // 20:00 UTC on a Wednesday in July is 16:00 in New York (EDT) and 22:00 in Berlin (CEST).
    expect(isScheduleOpen(newYork, [], new Date('2024-07-03T20:00:00Z'), 'Europe/Berlin')).toBe(true);
    expect(isScheduleOpen(officeHours, [], new Date('2024-07-03T20:00:00Z'), 'Europe/Berlin')).toBe(false);
  });

  it('is closed on a holiday', () => {
    const christmas = createHolidayInputSchema.parse({
      name: 'Christmas',
      startDate: '2020-12-24',
      endDate: '2020-12-26',
      recurringYearly: true,
    });
    expect(isScheduleOpen(officeHours, [christmas], new Date('2024-12-24T10:00:00Z'), 'Europe/Berlin')).toBe(
      false,
    );
    expect(isScheduleOpen(officeHours, [christmas], new Date('2024-12-23T10:00:00Z'), 'Europe/Berlin')).toBe(
      true,
    );
  });

  it('gives the local date, weekday and minute of an instant', () => {
    expect(localTime(new Date('2024-12-31T23:30:00Z'), 'Europe/Berlin')).toEqual({
      date: '2025-01-01',
      weekday: 'wed',
      minuteOfDay: 30,
    });
  });
});

describe('holidays', () => {
  it('rejects an end date before the start date', () => {
    expect(
      issuesOf(createHolidayInputSchema, { name: 'x', startDate: '2024-05-02', endDate: '2024-05-01' }),
    ).toEqual([{ path: 'endDate', message: 'end date must not be before start date' }]);
    expect(issuesOf(createHolidayInputSchema, { name: 'x', startDate: '2024-02-30' })).toEqual([
      { path: 'startDate', message: 'must be a date in the form YYYY-MM-DD' },
    ]);
  });

  it('matches a one-off holiday only in its year, a recurring one every year', () => {
    const once = { startDate: '2024-05-09', endDate: null, recurringYearly: false };
    expect(isHoliday(once, '2024-05-09')).toBe(true);
    expect(isHoliday(once, '2025-05-09')).toBe(false);
    expect(isHoliday({ ...once, recurringYearly: true }, '2031-05-09')).toBe(true);
  });

  it('matches a recurring range across the new year', () => {
    const turn = { startDate: '2023-12-31', endDate: '2024-01-01', recurringYearly: true };
    expect(isHoliday(turn, '2030-12-31')).toBe(true);
    expect(isHoliday(turn, '2031-01-01')).toBe(true);
    expect(isHoliday(turn, '2031-01-02')).toBe(false);
  });
});
