import type { ContactNumber, CreateContactInput } from '@carillon/domain';
import ICAL from 'ical.js';
import { ImportFileError, type ImportRecord, type ImportTarget, MAX_IMPORT_RECORDS } from './records';

type NumberType = ContactNumber['type'];

/**
 * vCard 3.0 (RFC 2426) and 4.0 (RFC 6350) files: one or more BEGIN:VCARD …
 * END:VCARD blocks. Each block is parsed on its own (ical.js), so one broken
 * card is reported and the others are still imported.
 */
export function parseVcards(text: string, target: ImportTarget): ImportRecord[] {
  const cards = splitCards(text.replace(/^\uFEFF/, ''));
  if (cards.length === 0) throw new ImportFileError('no BEGIN:VCARD … END:VCARD block found');
  if (cards.length > MAX_IMPORT_RECORDS) {
    throw new ImportFileError(`a file may hold at most ${MAX_IMPORT_RECORDS} contacts`);
  }
  return cards.map((card, index) => {
    const record = index + 1;
    try {
      return { record, line: card.line, input: vcardToInput(card.text, target) };
    } catch (error) {
      return { record, line: card.line, error: `not a readable vCard: ${(error as Error).message}` };
    }
  });
}

/** The BEGIN/END blocks with the line each starts on (lines folded per RFC 6350 §3.2 stay inside their block). */
function splitCards(text: string): { text: string; line: number }[] {
  const lines = text.split(/\r\n|\n|\r/);
  const cards: { text: string; line: number }[] = [];
  let start = -1;
  lines.forEach((line, index) => {
    const upper = line.trim().toUpperCase();
    if (upper === 'BEGIN:VCARD') start = index;
    else if (upper === 'END:VCARD' && start >= 0) {
      cards.push({ text: `${lines.slice(start, index + 1).join('\r\n')}\r\n`, line: start + 1 });
      start = -1;
    }
  });
  return cards;
}

function vcardToInput(text: string, target: ImportTarget): CreateContactInput {
  const component = new ICAL.Component(ICAL.parse(text) as unknown[]);
  const version = String(component.getFirstPropertyValue('version') ?? '');
  if (version !== '3.0' && version !== '4.0') throw new Error(`VERSION must be 3.0 or 4.0, not "${version}"`);
  const name = component.getFirstPropertyValue('n');
  const [lastName, firstName] = Array.isArray(name) ? name.map((part) => String(part ?? '')) : [];
  const org = component.getFirstPropertyValue('org');
  const company = Array.isArray(org) ? String(org[0] ?? '') : typeof org === 'string' ? org : '';
  const formatted = String(component.getFirstPropertyValue('fn') ?? '');
  const numbers = component.getAllProperties('tel').map((property) => ({
    type: numberType(property.getParameter('type')),
    number: String(property.getFirstValue() ?? '').replace(/^tel:/i, ''),
    quickDial: null,
  }));
  const emails = component
    .getAllProperties('email')
    .map((property) => String(property.getFirstValue() ?? '').replace(/^mailto:/i, ''));
  const nothingNamed = !firstName && !lastName && !company;
  return {
    scope: target.scope,
    ownerUserId: target.ownerUserId,
    ...(firstName ? { firstName } : {}),
    // A card with only FN (RFC 6350 requires FN, not N) keeps its formatted name as the last name.
    ...(lastName ? { lastName } : nothingNamed && formatted ? { lastName: formatted } : {}),
    ...(company ? { company } : {}),
    numbers,
    emails,
  };
}

/** TEL TYPE parameters (RFC 6350 §6.4.1; RFC 2426 §3.3.1) as the directory's number types. */
function numberType(raw: unknown): NumberType {
  const types = (Array.isArray(raw) ? raw : raw === undefined || raw === null ? [] : [raw]).map((type) =>
    String(type).toLowerCase(),
  );
  if (types.includes('fax')) return 'fax';
  if (types.includes('cell')) return 'mobile';
  if (types.includes('work')) return 'office';
  if (types.includes('home')) return 'home';
  return 'other';
}
