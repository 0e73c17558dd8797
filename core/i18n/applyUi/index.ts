// The apply/diff/rollout UI texts, as a translator bound to a language.
import { type Args, domain, type Lang, plural, translator } from '..';
import { en } from './en';
import { fr, type ApplyUiKey } from './fr';

export type { ApplyUiKey } from './fr';

export const applyUiText = domain<ApplyUiKey>('applyUi', fr, en);

export interface ApplyUi {
  (key: ApplyUiKey, args?: Args): string;
  /** `key.one` / `key.other` by the count n. */
  n: (key: 'applying' | 'applyAction', n: number) => string;
}

export function applyUi(lang: Lang): ApplyUi {
  return Object.assign(translator(applyUiText, lang), { n: (key: 'applying' | 'applyAction', n: number) => plural(applyUiText, lang, key, n) });
}
