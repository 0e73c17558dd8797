// Messages for lab authors: lab.yaml loading and `lab check` (French by default, English on request).
import { type Args, domain, type Lang, msg } from '..';
import { en } from './en';
import { fr, type LabAuthoringKey } from './fr';

export type { LabAuthoringKey } from './fr';

export const labAuthoringText = domain<LabAuthoringKey>('labAuthoring', fr, en);

export function lt(lang: Lang, key: LabAuthoringKey, args: Args = {}): string {
  return msg(labAuthoringText, lang, key, args);
}
