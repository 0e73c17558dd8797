// The doctor's catalogue lookup, through the one i18n module (placeholders, French typography).
import { domain, msg } from '../i18n';
import { doctorEn } from '../i18n/doctor/en';
import { doctorFr, type DoctorKey } from '../i18n/doctor/fr';
import type { Lang } from './types';

export type { DoctorKey };
export type Params = Record<string, string | number>;

const doctorText = domain<DoctorKey>('doctor', doctorFr, doctorEn);

export function dt(lang: Lang, key: DoctorKey, params?: Params): string {
  return msg(doctorText, lang, key, params);
}

/** « a », « b » (French quotes) or “a”, “b”. */
export function quoteList(lang: Lang, items: string[], max = 6): string {
  if (!items.length) return dt(lang, 'list.none');
  const q = (s: string) => dt(lang, 'list.quote', { value: s });
  const shown = items.slice(0, max).map(q).join(', ');
  return items.length > max ? `${shown}…` : shown;
}

export function plainList(lang: Lang, items: (string | number)[], max = 8): string {
  if (!items.length) return dt(lang, 'list.none');
  const shown = items.slice(0, max).join(', ');
  return items.length > max ? `${shown}…` : shown;
}
