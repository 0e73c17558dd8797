// t(lang, key, args): the labs' check texts (French by default, English behind kubeApprenti.langue).
import { type Args, domain, type Lang, msg } from '..';
import { en } from './en';
import { fr, type MessageKey } from './fr';

export type { MessageKey } from './fr';
export type { Lang } from '..';

export const labsText = domain<MessageKey>('labs', fr, en);

export function t(lang: Lang, key: MessageKey, args: Args = {}): string {
  return msg(labsText, lang, key, args);
}
