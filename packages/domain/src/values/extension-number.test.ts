import { describe, expect, it } from 'vitest';
import { issuesOf } from '../test-support';
import {
  extensionNumberProblems,
  extensionNumberSchema,
  isInNumberRange,
  type NumberingPlan,
} from './extension-number';

const plan: NumberingPlan = {
  outsideLinePrefix: '0',
  internalNumberRange: { from: '100', to: '899' },
  emergencyNumbers: ['112', '110'],
};

describe('extension numbers', () => {
  it('accepts 2 to 6 digits', () => {
    expect(issuesOf(extensionNumberSchema, '10')).toEqual([]);
    expect(issuesOf(extensionNumberSchema, '123456')).toEqual([]);
  });

  it.each(['1', '1234567', '12a', '+101', ''])('rejects %j with the length rule', (value) => {
    expect(issuesOf(extensionNumberSchema, value)).toEqual([
      { path: '', message: 'extension number must be 2–6 digits' },
    ]);
  });

  it('accepts a number inside the tenant range', () => {
    expect(extensionNumberProblems('101', plan)).toEqual([]);
  });

  it('rejects a number starting with the outside-line prefix, which would be dialled out (T300 L282-288)', () => {
    const problems = extensionNumberProblems('0123', {
      ...plan,
      internalNumberRange: { from: '0000', to: '9999' },
    });
    expect(problems).toEqual(['extension number must not start with the outside-line prefix "0"']);
  });

  it('allows a leading 0 when the tenant uses no outside-line prefix', () => {
    const open = { ...plan, outsideLinePrefix: '', internalNumberRange: { from: '000', to: '999' } };
    expect(extensionNumberProblems('050', open)).toEqual([]);
  });

  it('rejects a number outside the range', () => {
    expect(extensionNumberProblems('950', plan)).toEqual([
      'extension number must be within the internal number range 100–899',
    ]);
    expect(extensionNumberProblems('1000', plan)).toEqual([
      'extension number must be within the internal number range 100–899',
    ]);
  });

  it('rejects an emergency number and numbers that overlap one (T300 L1920-1924)', () => {
    expect(extensionNumberProblems('112', plan)).toEqual([
      'extension number must not overlap the emergency number 112',
    ]);
    const wide = { ...plan, internalNumberRange: { from: '10', to: '9999' } };
    expect(extensionNumberProblems('1101', wide)).toEqual([
      'extension number must not overlap the emergency number 110',
    ]);
    expect(extensionNumberProblems('11', wide)).toEqual([
      'extension number must not overlap the emergency number 112',
      'extension number must not overlap the emergency number 110',
    ]);
  });

  it('compares ranges of mixed lengths numerically within the allowed lengths', () => {
    expect(isInNumberRange('20', '10', '9999')).toBe(true);
    expect(isInNumberRange('9', '10', '9999')).toBe(false);
    expect(isInNumberRange('099', '100', '899')).toBe(false);
  });
});
