// The contract of one check kind: describe it, evaluate it once. The runner polls cluster kinds.
import type { Check } from '../format/types';
import type { Lang } from '../../i18n/labs';
import type { CheckContext, Evaluation } from './types';

export interface CheckKind<C extends Check = Check> {
  scope: 'workspace' | 'cluster' | 'commande';
  describe(check: C, lang: Lang): string;
  evaluate(check: C, ctx: CheckContext): Promise<Evaluation> | Evaluation;
}
