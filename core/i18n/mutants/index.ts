// mt(lang, key, args): the texts of `lab verify --mutants` and of the exercises of `lab mutate`.
import { type Args, domain, type Lang, msg } from '..';
import { en } from './en';
import { fr, type MutantsKey } from './fr';

export type { MutantsKey } from './fr';
export const mutantsText = domain<MutantsKey>('mutants', fr, en);

export function mt(lang: Lang, key: MutantsKey, args: Args = {}): string {
  return msg(mutantsText, lang, key, args);
}
