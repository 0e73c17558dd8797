// The message catalogue: French (source language) and English, keyed by stable codes. Rules never hold text.
import { format, placeholders as templatePlaceholders } from '../../i18n';
import type { Lang, MessageArgs } from '../model';
import { codes as coreCodes } from './codes';
import { en } from './en';
import { fr } from './fr';
import { schemaCodes } from './schema.codes';
import { schemaEn } from './schema.en';
import { schemaFr } from './schema.fr';
import type { CodeInfo, MessageCatalogue } from './types';

export type { CodeInfo, MessageCatalogue } from './types';

const catalogues: Record<Lang, MessageCatalogue> = {
  fr: { ...fr, ...schemaFr },
  en: { ...en, ...schemaEn },
};

export const codes: Record<string, CodeInfo> = { ...coreCodes, ...schemaCodes };

/** Where the French pages of the rules are published (docs/regles/ of the repository). */
export const DOCS_BASE_URL = 'https://github.com/kube-apprenti/kube-apprenti/blob/main/docs/regles/';

export function catalogue(lang: Lang): MessageCatalogue {
  return catalogues[lang];
}

export function hasMessage(key: string, lang: Lang): boolean {
  return Object.prototype.hasOwnProperty.call(catalogues[lang], key);
}

/** Replaces `{name}` placeholders; a missing argument leaves the placeholder visible (tests catch it). */
export function formatText(template: string, args: MessageArgs = {}, lang?: Lang): string {
  return format(template, args, lang);
}

/** The message of a key in a language (French when the key is missing in English, the key itself as last resort). */
export function formatMessage(key: string, args: MessageArgs | undefined, lang: Lang): string {
  const template = catalogues[lang][key] ?? catalogues.fr[key] ?? key;
  return formatText(template, args, catalogues[lang][key] === undefined ? 'fr' : lang);
}

/** Placeholders used by a template. */
export function placeholders(template: string): string[] {
  return templatePlaceholders(template);
}

export function docUrl(code: string): string | undefined {
  const info = codes[code];
  return info ? `${DOCS_BASE_URL}${info.slug}.md` : undefined;
}

/** Formats a list argument, language-neutral: `a`, `b`, `c` (at most `max` items, then "…"); '—' when empty. */
export function formatList(values: Iterable<string | number>, max = 6): string {
  const arr: string[] = [];
  let more = false;
  for (const v of values) {
    if (arr.length === max) { more = true; break; }
    arr.push(`\`${v}\``);
  }
  if (arr.length === 0) return '—';
  return more ? `${arr.join(', ')}, …` : arr.join(', ');
}
