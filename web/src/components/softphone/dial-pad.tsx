'use client';
import type { KeyboardEvent } from 'react';
import styles from './softphone.module.css';

/** The twelve keys of a phone (ITU-T E.161 layout), letters shown as on a keypad. */
export const KEYS: readonly (readonly [string, string])[] = [
  ['1', ''],
  ['2', 'ABC'],
  ['3', 'DEF'],
  ['4', 'GHI'],
  ['5', 'JKL'],
  ['6', 'MNO'],
  ['7', 'PQRS'],
  ['8', 'TUV'],
  ['9', 'WXYZ'],
  ['*', ''],
  ['0', '+'],
  ['#', ''],
];
const KEY_SET = new Set(KEYS.map(([key]) => key));

/**
 * The dial pad: real buttons (Tab reaches each, Enter/Space presses it), and typing a digit, * or #
 * while focus is anywhere on the pad presses that key too. In a call the keys send DTMF.
 */
export function DialPad({ label, onKey }: { label: string; onKey: (key: string) => void }) {
  function keyDown(event: KeyboardEvent<HTMLFieldSetElement>) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (KEY_SET.has(event.key)) {
      event.preventDefault();
      onKey(event.key);
    }
  }
  return (
    <fieldset className={styles.padGroup} onKeyDown={keyDown}>
      <legend className={styles.visuallyHidden}>{label}</legend>
      <div className={styles.pad}>
        {KEYS.map(([key, letters]) => (
          <button key={key} type="button" className={styles.key} onClick={() => onKey(key)} data-key={key}>
            <span className={styles.digit}>{key}</span>
            <span className={styles.letters} aria-hidden="true">
              {letters}
            </span>
          </button>
        ))}
      </div>
    </fieldset>
  );
}
