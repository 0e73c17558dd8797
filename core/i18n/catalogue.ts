// Typed per-domain catalogues: the French one defines the keys, the English one must have the same keys (the
// compiler checks it; test/unit/i18n/catalogues.test.ts checks placeholders and typography).
import { type Args, format } from './format';
import type { Lang } from './lang';

export interface Domain<K extends string> {
  readonly name: string;
  readonly fr: Readonly<Record<K, string>>;
  readonly en: Readonly<Record<K, string>>;
}

export function domain<K extends string>(name: string, fr: Record<K, string>, en: Record<NoInfer<K>, string>): Domain<K> {
  return { name, fr, en };
}

/** The text of `key` in `lang`, placeholders filled (French when the English text is missing). */
export function msg<K extends string>(d: Domain<K>, lang: Lang, key: K, args: Args = {}): string {
  const template = d[lang][key] ?? d.fr[key] ?? key;
  return format(template, args, lang);
}

/** A translator bound to one domain and language: `const t = translator(tree, 'en'); t('key', args)`. */
export function translator<K extends string>(d: Domain<K>, lang: Lang): (key: K, args?: Args) => string {
  return (key, args) => msg(d, lang, key, args);
}

/** `key.one` or `key.other` by the count `n` (French: 0 and 1 are singular; English: only 1). */
export function plural<K extends string>(d: Domain<K>, lang: Lang, key: string, n: number, args: Args = {}): string {
  const one = lang === 'fr' ? Math.abs(n) < 2 : n === 1;
  return msg(d, lang, `${key}.${one ? 'one' : 'other'}` as K, { n, ...args });
}
