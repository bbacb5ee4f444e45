import { z } from 'zod';

let regionNames: Intl.DisplayNames | undefined;

/**
 * Codes that CLDR knows as regions but that are not ISO 3166-1 country codes:
 * exceptionally reserved (AC, CP, DG, EA, IC, TA), groupings (EU, EZ, UN, QO)
 * and the CLDR unknown region ZZ.
 */
const NOT_COUNTRIES = new Set(['AC', 'CP', 'DG', 'EA', 'EU', 'EZ', 'IC', 'QO', 'TA', 'UN', 'ZZ']);

/** ISO 3166-1 alpha-2, upper case. CLDR names every assigned code and echoes unknown ones back. */
export function isCountryCode(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code) || NOT_COUNTRIES.has(code)) return false;
  regionNames ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
  return regionNames.of(code) !== code;
}

export const countryCodeSchema = z
  .string({ error: 'country must be a string' })
  .trim()
  .toUpperCase()
  .refine(isCountryCode, { error: 'country must be an ISO 3166-1 alpha-2 code, e.g. DE' });

export type CountryCode = z.infer<typeof countryCodeSchema>;
