// The one placeholder syntax: `{name}`, filled from an arguments object. A missing argument leaves the placeholder
// visible (the catalogue tests catch it). French templates get French typography applied before filling (as
// babel-french does): a plain space before `: ; ? !` and inside « » becomes a non-breaking space (U+00A0), so
// catalogues stay readable in source and every French sentence is typeset the same way. Code spans (`…`) and
// the arguments' values are left as they are.
import type { Lang } from './lang';

export type Args = Record<string, string | number | undefined>;

const PLACEHOLDER = /\{([a-zA-Z_À-ÿ][\w.À-ÿ-]*)\}/g;

/** Placeholders used by a template, in order (duplicates kept). */
export function placeholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]);
}

const NBSP = '\u00a0';
const typesetCache = new Map<string, string>();

/** French spacing outside code spans and fenced blocks: ` :` → `\u00a0:`, `« x »` → `«\u00a0x\u00a0»`. Idempotent. */
export function frenchTypography(text: string): string {
  const cached = typesetCache.get(text);
  if (cached !== undefined) return cached;
  const out = text.split(/(```[\s\S]*?```|`[^`\n]*`)/).map((part, i) => (i % 2 === 1 ? part : part
    .replace(/ +([:;?!»])/g, `${NBSP}$1`)
    .replace(/« +/g, `«${NBSP}`))).join('');
  if (typesetCache.size < 5000) typesetCache.set(text, out);
  return out;
}

/** A whole text as shown in `lang` (arguments included): French typography in French, unchanged in English. */
export function typeset(text: string, lang: Lang): string {
  return lang === 'fr' ? frenchTypography(text) : text;
}

/** Fills `{name}` placeholders; with lang `fr`, typesets the template first. */
export function format(template: string, args: Args = {}, lang?: Lang): string {
  const t = lang === 'fr' ? frenchTypography(template) : template;
  return t.replace(PLACEHOLDER, (m, name: string) => (args[name] === undefined ? m : String(args[name])));
}
