// Texts of the chart values features (hover, completion, values file choice, render preview).
import { type Args, domain, type Lang, msg } from '..';
import { en } from './en';
import { fr, type HelmValuesKey } from './fr';

export type { HelmValuesKey } from './fr';

export const helmValuesText = domain<HelmValuesKey>('helmValues', fr, en);

export function hv(lang: Lang, key: HelmValuesKey, args: Args = {}): string {
  return msg(helmValuesText, lang, key, args);
}
