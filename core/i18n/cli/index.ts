// Command-line messages.
import { type Args, domain, type Lang, msg, plural } from '..';
import { en } from './en';
import { type CliKey, fr } from './fr';

export type { CliKey } from './fr';

export const cliText = domain<CliKey>('cli', fr, en);

export function ct(lang: Lang, key: CliKey, args: Args = {}): string {
  return msg(cliText, lang, key, args);
}

export function ctN(lang: Lang, key: string, n: number, args: Args = {}): string {
  return plural(cliText, lang, key, n, args);
}
