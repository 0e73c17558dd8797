// Texts of `lab grade` (French by default, English with --langue en).
import { type Args, domain, type Lang, msg } from '..';
import { en } from './en';
import { fr, type GradingKey } from './fr';

export type { GradingKey } from './fr';

export const gradingText = domain<GradingKey>('grading', fr, en);

export function gt(lang: Lang, key: GradingKey, args: Args = {}): string {
  return msg(gradingText, lang, key, args);
}
