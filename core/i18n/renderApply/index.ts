// « Appliquer le rendu » sentences: render failures before an apply of a chart or an overlay.
import { type Args, domain, type Lang, msg } from '..';
import { en } from './en';
import { fr, type RenderApplyKey } from './fr';

export type { RenderApplyKey } from './fr';

export const renderApplyText = domain<RenderApplyKey>('renderApply', fr, en);

export function renderMsg(lang: Lang, key: RenderApplyKey, args: Args = {}): string {
  return msg(renderApplyText, lang, key, args);
}
