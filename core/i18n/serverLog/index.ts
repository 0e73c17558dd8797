// The language server's log lines, in the language of its settings (initializationOptions / kubeApprenti.langue).
import { type Args, domain, type Lang, msg } from '..';
import { en } from './en';
import { fr, type ServerLogKey } from './fr';

export type { ServerLogKey } from './fr';

export const serverLogText = domain<ServerLogKey>('serverLog', fr, en);

export function serverLogLine(lang: Lang, key: ServerLogKey, args: Args = {}): string {
  return msg(serverLogText, lang, key, args);
}
