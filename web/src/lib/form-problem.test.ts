import { describe, expect, it } from 'vitest';
import { fieldId, showProblem } from './form-problem';

function shown(error: unknown) {
  const seen: { errors?: Readonly<Record<string, string>>; problem?: string | undefined } = {};
  showProblem(error, {
    errors: (errors) => (seen.errors = errors),
    problem: (message) => (seen.problem = message),
  });
  return seen;
}

describe('showProblem', () => {
  it('puts field errors at their fields and no separate message', () => {
    const problem = {
      status: 422,
      title: 'Unprocessable Content',
      detail: 'the request body is not valid',
      errors: [
        { field: 'timeZone', message: 'time zone must be an IANA time zone name' },
        { field: 'rights.fax', message: 'must be true or false' },
      ],
    };
    expect(shown(problem)).toEqual({
      errors: { timeZone: 'time zone must be an IANA time zone name', 'rights.fax': 'must be true or false' },
      problem: undefined,
    });
  });

  it('shows the problem’s detail (or title) when no field is named, and a word for a non-problem', () => {
    expect(shown({ status: 412, title: 'Precondition Failed', detail: 'changed meanwhile' }).problem).toBe(
      'changed meanwhile',
    );
    expect(shown({ status: 503, title: 'Service Unavailable' }).problem).toBe('Service Unavailable');
    expect(shown(undefined)).toEqual({ errors: {}, problem: 'error' });
  });

  it('names controls as the Field component does', () => {
    expect(fieldId('rights.fax')).toBe('field-rights-fax');
  });
});
