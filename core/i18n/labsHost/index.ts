// The lab panel's messages shown by VS Code (notifications, confirmations), as a translator bound to a language.
import { type Args, domain, type Lang, translator } from '..';
import { en } from './en';
import { fr, type HostKey } from './fr';

export type { HostKey } from './fr';
export type HostText = (key: HostKey, args?: Args) => string;

export const labsHostText = domain<HostKey>('labsHost', fr, en);

export function hostText(lang: Lang): HostText {
  return translator(labsHostText, lang);
}
