// le(lang, key, args): the texts of the labs engine's coded errors (core/labs/errors.ts, LabError).
import { type Args, domain, type Lang, msg } from '..';
import { en } from './en';
import { fr, type LabErrorKey } from './fr';

export type { LabErrorKey } from './fr';
export const labErrorsText = domain<LabErrorKey>('labErrors', fr, en);

export function le(lang: Lang, key: LabErrorKey, args: Args = {}): string {
  return msg(labErrorsText, lang, key, args);
}
