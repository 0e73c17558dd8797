// Rollout sentences (status steps, actions, refusals).
import { type Args, domain, type Lang, msg, plural } from '..';
import { en } from './en';
import { fr, type RolloutKey } from './fr';

export type { RolloutKey } from './fr';

export const rolloutText = domain<RolloutKey>('rollout', fr, en);

export function rt(lang: Lang, key: RolloutKey, args: Args = {}): string {
  return msg(rolloutText, lang, key, args);
}

export function rtN(lang: Lang, key: string, n: number, args: Args = {}): string {
  return plural(rolloutText, lang, key, n, args);
}
