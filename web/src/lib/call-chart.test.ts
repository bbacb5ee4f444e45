import { describe, expect, it } from 'vitest';
import { callChart, scaleTop } from './call-chart';
import { apiFieldToForm, apiQueryString, readCallFilters, toCdrQuery } from './cdr-query';

describe('callChart', () => {
  it('buckets a day hour by hour, empty hours included, missed apart from answered', () => {
    const chart = callChart(
      [
        { startedAt: '2026-11-25T09:10:00Z', disposition: 'answered' },
        { startedAt: '2026-11-25T09:59:59Z', disposition: 'busy' },
        { startedAt: '2026-11-25T11:00:00Z', disposition: 'no-answer' },
        { startedAt: '2026-11-24T23:59:59Z', disposition: 'answered' },
      ],
      { from: '2026-11-25T00:00:00Z', to: '2026-11-26T00:00:00Z' },
    );
    expect(chart.unit).toBe('hour');
    expect(chart.buckets).toHaveLength(24);
    expect(chart.buckets[9]).toEqual({ start: '2026-11-25T09:00:00.000Z', answered: 1, missed: 1 });
    expect(chart.buckets[10]).toEqual({ start: '2026-11-25T10:00:00.000Z', answered: 0, missed: 0 });
    expect(chart.buckets[11]?.missed).toBe(1);
    expect({ answered: chart.answered, missed: chart.missed, max: chart.max }).toEqual({
      answered: 1,
      missed: 2,
      max: 2,
    });
  });

  it('goes day by day for longer ranges, starting at the day of `from`', () => {
    const chart = callChart([{ startedAt: '2026-11-03T12:00:00Z', disposition: 'failed' }], {
      from: '2026-11-01T06:00:00Z',
      to: '2026-11-08T06:00:00Z',
    });
    expect(chart.unit).toBe('day');
    expect(chart.buckets).toHaveLength(8);
    expect(chart.buckets[0]?.start).toBe('2026-11-01T00:00:00.000Z');
    expect(chart.buckets[2]).toEqual({ start: '2026-11-03T00:00:00.000Z', answered: 0, missed: 1 });
  });

  it('never scales by zero', () => {
    expect(callChart([], { from: '2026-11-25T00:00:00Z', to: '2026-11-25T01:00:00Z' }).max).toBe(1);
    expect([0, 1, 3, 7, 10, 11, 230].map(scaleTop)).toEqual([1, 1, 5, 10, 10, 20, 500]);
  });
});

describe('call filters', () => {
  it('turn whole days into the API range (until is inclusive, to is exclusive)', () => {
    const form = readCallFilters({
      since: '2026-11-01',
      until: '2026-11-30',
      disposition: 'busy',
      number: ' 201 ',
    });
    const result = toCdrQuery(form);
    expect(result).toEqual({
      ok: true,
      query: { from: '2026-11-01T00:00:00Z', to: '2026-12-01T00:00:00Z', disposition: 'busy', number: '201' },
    });
    if (result.ok) {
      expect(apiQueryString(result.query)).toBe(
        '?from=2026-11-01T00%3A00%3A00Z&to=2026-12-01T00%3A00%3A00Z&number=201&disposition=busy',
      );
    }
  });

  it('name the field of a value that is not a date or not a choice', () => {
    expect(toCdrQuery(readCallFilters({ since: '2026-13-45', direction: 'sideways' }))).toEqual({
      ok: false,
      errors: { since: 'date', direction: 'choice' },
    });
  });

  it("map the API's field names to the form's", () => {
    expect(['from', 'query.to', 'userId', 'limit'].map(apiFieldToForm)).toEqual([
      'since',
      'until',
      'userId',
      undefined,
    ]);
  });
});
