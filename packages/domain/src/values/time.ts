import { z } from 'zod';

/** Instants are ISO 8601 UTC strings with `Z` (sortable as strings, the same in every item). */
export const isoDateTimeSchema = z.iso.datetime({
  error: 'must be an ISO 8601 date-time in UTC, e.g. 2024-05-01T08:30:00Z',
});

/** Calendar day `YYYY-MM-DD`. */
export const isoDateSchema = z.iso.date({ error: 'must be a date in the form YYYY-MM-DD' });

/** Wall-clock time of day `HH:MM`, 00:00–23:59, plus `24:00` as the end of a day. */
export const timeOfDaySchema = z
  .string({ error: 'time must be a string' })
  .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, { error: 'time must be HH:MM between 00:00 and 24:00' });

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const weekdaySchema = z.enum(WEEKDAYS, { error: `weekday must be one of ${WEEKDAYS.join(', ')}` });
export type Weekday = z.infer<typeof weekdaySchema>;

export function minutesOfDay(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}
