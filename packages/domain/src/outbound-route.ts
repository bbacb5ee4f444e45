import { z } from 'zod';
import { inputObject, nameSchema, tenantOwnedFields, updateSchema } from './entity';
import { authorisationGroupIdSchema, outboundRouteIdSchema, trunkIdSchema } from './values/id';
import { minutesOfDay, timeOfDaySchema, WEEKDAYS, type Weekday, weekdaySchema } from './values/time';

/**
 * Outbound routes, T640 manual L3176-3280: a rule name, a number pattern,
 * weekdays and a time, the authorisation groups it applies to, the gateways
 * (here: trunks, in order) and "Add prefix". The patterns are PCRE (T640 manual
 * L4014-4100); Carillon accepts the subset the manual documents.
 */
export const ROUTE_PATTERN_MAX = 100;

/**
 * Characters of the manual's regex subset (L4030-4100): digits and the dial
 * characters * # +, and the syntax `. \d \D * ? + ^ $ | ( ) (?: ) [ ] { } , -`.
 * Letters appear only after a backslash (\d, \D).
 */
const PATTERN_CHARACTERS = /^(?:[0-9#^$.|()[\]{},?*+:-]|\\[dD*+#.?^$|()[\]{}\\])*$/;

/**
 * Problems with a route pattern as messages; empty when it is usable. Besides
 * the subset check, it rejects nested quantifiers such as `(\d+)*`, which can
 * take exponential time to fail (ReDoS) and which no number pattern needs.
 */
export function routePatternProblems(pattern: string): string[] {
  if (pattern.length === 0) return ['pattern must not be empty'];
  if (pattern.length > ROUTE_PATTERN_MAX) return [`pattern must be at most ${ROUTE_PATTERN_MAX} characters`];
  if (/\(\?(?!:)/.test(pattern)) return ['pattern may use only (?: ) groups, no other (? ) constructs'];
  if (!PATTERN_CHARACTERS.test(pattern)) {
    return [
      'pattern may contain only digits, * # + and the regular-expression elements . \\d \\D * ? + ^ $ | ( ) [ ] { }',
    ];
  }
  try {
    new RegExp(pattern);
  } catch {
    return ['pattern is not a valid regular expression'];
  }
  if (/\([^()]*(?:[*+]|\{\d*,\d*\})[^()]*\)(?:[*+]|\{\d*,\d*\})/.test(pattern)) {
    return ['pattern must not repeat a group that itself repeats, e.g. (\\d+)*'];
  }
  return [];
}

export const routePatternSchema = z
  .string({ error: 'pattern must be a string' })
  .superRefine((pattern, context) => {
    for (const message of routePatternProblems(pattern)) context.addIssue({ code: 'custom', message });
  });

/**
 * A daily time window. `from` after `to` wraps past midnight, as in the
 * manual's "weekday nights" example 20:00 to 06:00 (T640 manual L3259-3260).
 * `from` equal to `to` (00:00–24:00) is the whole day.
 */
export const timeWindowSchema = z
  .object({ from: timeOfDaySchema, to: timeOfDaySchema })
  .refine((window) => window.from !== window.to || window.from === '00:00', {
    error: 'time window must not be empty; use 00:00 to 24:00 for the whole day',
    path: ['to'],
  });
export type TimeWindow = z.infer<typeof timeWindowSchema>;

const outboundRouteInputShape = {
  /** "Rule" (T640 manual L3228). */
  name: nameSchema('rule name', 60),
  /** "Pattern": what may be dialled, e.g. ^0[1-9] for national numbers (T640 manual L3232-3236). */
  pattern: routePatternSchema,
  /** "Weekdays"; default Monday to Sunday. */
  weekdays: z
    .array(weekdaySchema)
    .min(1, { error: 'at least one weekday is required' })
    .refine((days) => new Set(days).size === days.length, { error: 'weekdays must not repeat' })
    .default([...WEEKDAYS]),
  /** "Time"; default the whole day. */
  time: timeWindowSchema.default({ from: '00:00', to: '24:00' }),
  /** Authorisation groups the rule applies to; empty = every user (T640 manual L3238-3239). */
  authorisationGroupIds: z.array(authorisationGroupIdSchema).default([]),
  /** Trunks tried in this order (the manual's gateway groups, L3241-3242). */
  trunkIds: z
    .array(trunkIdSchema)
    .min(1, { error: 'at least one trunk is required' })
    .refine((ids) => new Set(ids).size === ids.length, { error: 'a trunk must not be listed twice' }),
  /** Digits removed from the front of the dialled number: the outside-line prefix ({number:1}, T640 manual L2524-2526). */
  stripDigits: z
    .number({ error: 'strip digits must be a number' })
    .int({ error: 'strip digits must be a whole number' })
    .min(0, { error: 'strip digits must be 0–10' })
    .max(10, { error: 'strip digits must be 0–10' })
    .default(0),
  /** "Add prefix": digits placed before the number (T640 manual L3244-3246), e.g. an area code. */
  addPrefix: z
    .string()
    .regex(/^[0-9+]{0,12}$/, { error: 'add prefix must be up to 12 digits' })
    .default(''),
  /** "Active" switch (T640 manual L3247). */
  active: z.boolean({ error: 'active must be true or false' }).default(true),
  /** Evaluation order: lower first. */
  priority: z
    .number({ error: 'priority must be a number' })
    .int({ error: 'priority must be a whole number' })
    .min(0, { error: 'priority must be 0–9999' })
    .max(9999, { error: 'priority must be 0–9999' })
    .default(100),
};

export const createOutboundRouteInputSchema = inputObject(outboundRouteInputShape);
export const updateOutboundRouteInputSchema = updateSchema(outboundRouteInputShape);
export const outboundRouteSchema = z.object({
  id: outboundRouteIdSchema,
  ...outboundRouteInputShape,
  ...tenantOwnedFields,
});

export type OutboundRoute = z.infer<typeof outboundRouteSchema>;
export type CreateOutboundRouteInput = z.input<typeof createOutboundRouteInputSchema>;
export type UpdateOutboundRouteInput = z.input<typeof updateOutboundRouteInputSchema>;

/** Whether a wall-clock minute of the day falls in a window (wrapping past midnight when from > to). */
export function isInTimeWindow(window: TimeWindow, minute: number): boolean {
  const from = minutesOfDay(window.from);
  const to = minutesOfDay(window.to);
  if (from === to) return true;
  return from < to ? minute >= from && minute < to : minute >= from || minute < to;
}

export interface OutboundCall {
  /** Digits as dialled, including the outside-line prefix. */
  readonly dialled: string;
  /** Weekday and minute of the day in the tenant's time zone. */
  readonly weekday: Weekday;
  readonly minuteOfDay: number;
  /** Authorisation groups of the calling user. */
  readonly authorisationGroupIds: readonly string[];
}

export function outboundRouteMatches(route: OutboundRoute, call: OutboundCall): boolean {
  if (!route.active) return false;
  if (!route.weekdays.includes(call.weekday)) return false;
  if (!isInTimeWindow(route.time, call.minuteOfDay)) return false;
  if (
    route.authorisationGroupIds.length > 0 &&
    !route.authorisationGroupIds.some((id) => call.authorisationGroupIds.includes(id))
  ) {
    return false;
  }
  return new RegExp(route.pattern).test(call.dialled);
}

/**
 * The first matching route by priority, or undefined: the manual's "All other
 * numbers dialled are rejected (engaged tone)" (T640 manual L3276).
 */
export function selectOutboundRoute(
  routes: readonly OutboundRoute[],
  call: OutboundCall,
): OutboundRoute | undefined {
  return [...routes]
    .sort((a, b) => a.priority - b.priority || a.name.localeCompare(b.name))
    .find((route) => outboundRouteMatches(route, call));
}

/** The number sent to the trunk: strip, then add the prefix ({prefix}{number:n}, T640 manual L2518-2526). */
export function outboundDialString(
  route: Pick<OutboundRoute, 'stripDigits' | 'addPrefix'>,
  dialled: string,
): string {
  return `${route.addPrefix}${dialled.slice(route.stripDigits)}`;
}
