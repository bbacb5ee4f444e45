import { describe, expect, it } from 'vitest';
import { cdrReportSchema } from './cdr-report';
import { sampleCdrReport } from './test-support';

describe('cdrReportSchema', () => {
  it('accepts a complete report and defaults termination to normal', () => {
    const { termination: _, ...report } = sampleCdrReport();
    expect(cdrReportSchema.parse(report).termination).toBe('normal');
  });

  it('refuses an idempotency key that is not the one of the call, so one call cannot make two CDRs', () => {
    const result = cdrReportSchema.safeParse(sampleCdrReport({ idempotencyKey: 'cdr.someone-else-key' }));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['idempotencyKey']);
  });

  it('refuses an end before the answer', () => {
    const result = cdrReportSchema.safeParse(sampleCdrReport({ endedAt: '2025-03-01T10:00:03.000Z' }));
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain('endedAt');
  });

  it('refuses a leg reported twice', () => {
    const report = sampleCdrReport();
    const legs = report.legs;
    const result = cdrReportSchema.safeParse({ ...report, legs: [...legs, legs[0]] });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain('legs.2.legId');
  });
});
