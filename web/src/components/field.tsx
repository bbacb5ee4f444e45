import type { ReactNode } from 'react';
import { fieldId } from '../lib/form-problem';

/**
 * A labelled form control with its hint and the API's error for it: the error
 * is announced with the control (aria-describedby) and marks it invalid.
 */
export function Field({
  name,
  id: givenId,
  label,
  error,
  hint,
  children,
}: {
  name: string;
  /** Needed when a page has several forms with the same field names. */
  id?: string;
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
  children: (props: {
    id: string;
    name: string;
    'aria-invalid': boolean;
    'aria-describedby': string | undefined;
  }) => ReactNode;
}) {
  const id = givenId ?? fieldId(name);
  const described = [hint === undefined ? null : `${id}-hint`, error === undefined ? null : `${id}-error`]
    .filter((value) => value !== null)
    .join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        name,
        'aria-invalid': error !== undefined,
        'aria-describedby': described === '' ? undefined : described,
      })}
      {hint === undefined ? null : (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error === undefined ? null : (
        <p className="error" id={`${id}-error`} data-field-error={name}>
          {error}
        </p>
      )}
    </div>
  );
}
