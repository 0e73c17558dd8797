// t(lang, key, args): the tree's, status bar's and inspect actions' texts in French (default) or English.
import { type Args, domain, type Lang, msg } from '..';
import { en } from './en';
import { fr, type TextKey } from './fr';

export type { TextKey } from './fr';
export type { Lang } from '..';
export type TextArgs = Args;

export const treeText = domain<TextKey>('tree', fr, en);

export function t(lang: Lang, key: TextKey, args: TextArgs = {}): string {
  return msg(treeText, lang, key, args);
}
