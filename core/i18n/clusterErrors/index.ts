// Cluster error explanations (connection, rights, validation, conflicts, kubeconfig).
import { type Args, domain, type Lang, msg } from '..';
import { en } from './en';
import { type ClusterErrorKey, fr } from './fr';

export type { ClusterErrorKey } from './fr';

export const clusterErrorsText = domain<ClusterErrorKey>('clusterErrors', fr, en);

export function ce(lang: Lang, key: ClusterErrorKey, args: Args = {}): string {
  return msg(clusterErrorsText, lang, key, args);
}
