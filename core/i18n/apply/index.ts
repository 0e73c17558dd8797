// Apply/diff result texts (report lines, summaries, what will change, field errors).
import { type Args, domain, type Lang, msg, plural } from '..';
import { en } from './en';
import { type ApplyKey, fr } from './fr';

export type { ApplyKey } from './fr';

export const applyText = domain<ApplyKey>('apply', fr, en);

export function at(lang: Lang, key: ApplyKey, args: Args = {}): string {
  return msg(applyText, lang, key, args);
}

/** `key.one` / `key.other` by n (n is also passed as {n}). */
export function atN(lang: Lang, key: string, n: number, args: Args = {}): string {
  return plural(applyText, lang, key, n, args);
}
