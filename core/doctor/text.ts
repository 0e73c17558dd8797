// The doctor's catalogue lookup. A minimal `format()` lives here until core/i18n/index.ts provides the shared one.
import { doctorEn } from '../i18n/doctor/en';
import { doctorFr, type DoctorKey } from '../i18n/doctor/fr';
import type { Lang } from './types';

export type { DoctorKey };
export type Params = Record<string, string | number>;

/** Replaces `{name}` placeholders; unknown ones are left as written. */
export function format(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

export function dt(lang: Lang, key: DoctorKey, params?: Params): string {
  return format((lang === 'en' ? doctorEn : doctorFr)[key], params);
}

/** « a », « b » (French quotes) or “a”, “b”. */
export function quoteList(lang: Lang, items: string[], max = 6): string {
  if (!items.length) return dt(lang, 'list.none');
  const q = (s: string) => (lang === 'en' ? `“${s}”` : `«\u00a0${s}\u00a0»`);
  const shown = items.slice(0, max).map(q).join(', ');
  return items.length > max ? `${shown}…` : shown;
}

export function plainList(lang: Lang, items: (string | number)[], max = 8): string {
  if (!items.length) return dt(lang, 'list.none');
  const shown = items.slice(0, max).join(', ');
  return items.length > max ? `${shown}…` : shown;
}
