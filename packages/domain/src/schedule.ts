import { z } from 'zod';
import { inputObject, nameSchema, tenantOwnedFields, updateSchema } from './entity';
import { holidayIdSchema, scheduleIdSchema } from './values/id';
import { isoDateSchema, minutesOfDay, timeOfDaySchema, type Weekday, weekdaySchema } from './values/time';
import { timeZoneSchema } from './values/time-zone';

/**
 * Business hours: weekly time ranges in the tenant's time zone, used by inbound
 * routes and night service (T640 manual L3040-3170: rules by date, weekdays and
 * time; "public holidays, at night"). Ranges of one day must not overlap
 * (T300 manual L1964-2007: "Time frames may not overlap").
 */
export const weeklyRangeSchema = z
  .object({ weekday: weekdaySchema, from: timeOfDaySchema, to: timeOfDaySchema })
  .refine((range) => minutesOfDay(range.from) < minutesOfDay(range.to), {
    error: 'range end must be after its start (split ranges that cross midnight)',
    path: ['to'],
  });
export type WeeklyRange = z.infer<typeof weeklyRangeSchema>;

function checkOverlaps(schedule: { ranges?: readonly WeeklyRange[] }, context: z.RefinementCtx): void {
  const ranges = schedule.ranges ?? [];
  ranges.forEach((range, index) => {
    const overlapping = ranges.findIndex(
      (other, otherIndex) =>
        otherIndex < index &&
        other.weekday === range.weekday &&
        minutesOfDay(other.from) < minutesOfDay(range.to) &&
        minutesOfDay(range.from) < minutesOfDay(other.to),
    );
    if (overlapping >= 0) {
      context.addIssue({
        code: 'custom',
        path: ['ranges', index],
        message: `range overlaps range ${overlapping + 1} on ${range.weekday}`,
      });
    }
  });
}

const scheduleInputShape = {
  name: nameSchema('schedule name', 60),
  /** Falls back to the tenant's time zone. */
  timeZone: timeZoneSchema.nullable().default(null),
  ranges: z.array(weeklyRangeSchema).max(70, { error: 'a schedule can have at most 70 ranges' }).default([]),
  /** Holidays on which the schedule counts as closed all day. */
  holidayIds: z.array(holidayIdSchema).default([]),
};

export const createScheduleInputSchema = inputObject(scheduleInputShape).superRefine(checkOverlaps);
export const updateScheduleInputSchema = updateSchema(scheduleInputShape);
export const scheduleSchema = z
  .object({ id: scheduleIdSchema, ...scheduleInputShape, ...tenantOwnedFields })
  .superRefine(checkOverlaps);

export type Schedule = z.infer<typeof scheduleSchema>;
export type CreateScheduleInput = z.input<typeof createScheduleInputSchema>;
export type UpdateScheduleInput = z.input<typeof updateScheduleInputSchema>;

function checkHoliday(
  holiday: { startDate?: string; endDate?: string | null },
  context: z.RefinementCtx,
): void {
  if (holiday.startDate && holiday.endDate && holiday.endDate < holiday.startDate) {
    context.addIssue({
      code: 'custom',
      path: ['endDate'],
      message: 'end date must not be before start date',
    });
  }
}

const holidayInputShape = {
  name: nameSchema('holiday name', 60),
  startDate: isoDateSchema,
  /** Last day, inclusive; null for a single day. */
  endDate: isoDateSchema.nullable().default(null),
  /** Same calendar days every year (e.g. 25–26 December); the year of the dates is then ignored. */
  recurringYearly: z.boolean({ error: 'recurring yearly must be true or false' }).default(false),
};

export const createHolidayInputSchema = inputObject(holidayInputShape).superRefine(checkHoliday);
export const updateHolidayInputSchema = updateSchema(holidayInputShape);
export const holidaySchema = z
  .object({ id: holidayIdSchema, ...holidayInputShape, ...tenantOwnedFields })
  .superRefine(checkHoliday);

export type Holiday = z.infer<typeof holidaySchema>;
export type CreateHolidayInput = z.input<typeof createHolidayInputSchema>;
export type UpdateHolidayInput = z.input<typeof updateHolidayInputSchema>;

/** Wall-clock date, weekday and minute of an instant in a time zone. */
export function localTime(
  instant: Date,
  timeZone: string,
): { date: string; weekday: Weekday; minuteOfDay: number } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    date: `${part('year')}-${part('month')}-${part('day')}`,
    weekday: part('weekday').toLowerCase().slice(0, 3) as Weekday,
    minuteOfDay: Number(part('hour')) * 60 + Number(part('minute')),
  };
}

export function isHoliday(
  holiday: Pick<Holiday, 'startDate' | 'endDate' | 'recurringYearly'>,
  date: string,
): boolean {
  const end = holiday.endDate ?? holiday.startDate;
  if (!holiday.recurringYearly) return date >= holiday.startDate && date <= end;
  const day = date.slice(5);
  const from = holiday.startDate.slice(5);
  const to = end.slice(5);
  // A recurring range may cross the new year (31 Dec – 1 Jan).
  return from <= to ? day >= from && day <= to : day >= from || day <= to;
}

/** Whether the schedule is open at `instant`: in a range, and not on one of `holidays`. */
export function isScheduleOpen(
  schedule: Pick<Schedule, 'ranges' | 'timeZone'>,
  holidays: readonly Pick<Holiday, 'startDate' | 'endDate' | 'recurringYearly'>[],
  instant: Date,
  tenantTimeZone: string,
): boolean {
  const local = localTime(instant, schedule.timeZone ?? tenantTimeZone);
  if (holidays.some((holiday) => isHoliday(holiday, local.date))) return false;
  return schedule.ranges.some(
    (range) =>
      range.weekday === local.weekday &&
      local.minuteOfDay >= minutesOfDay(range.from) &&
      local.minuteOfDay < minutesOfDay(range.to),
  );
}
