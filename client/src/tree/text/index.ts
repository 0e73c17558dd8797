// t(lang, key, args): the tree's, status bar's and inspect actions' texts in French (default) or English.
import { en } from './en';
import { fr, type TextKey } from './fr';

export type { TextKey } from './fr';
export type Lang = 'fr' | 'en';
export type TextArgs = Record<string, string | number | undefined>;

const CATALOGUES: Record<Lang, Record<TextKey, string>> = { fr, en };

export function t(lang: Lang, key: TextKey, args: TextArgs = {}): string {
  const text = CATALOGUES[lang][key] ?? fr[key];
  return text.replace(/\{(\w+)\}/g, (m, k: string) => (args[k] === undefined ? m : String(args[k])));
}

export function catalogue(lang: Lang): Record<TextKey, string> {
  return CATALOGUES[lang];
}
