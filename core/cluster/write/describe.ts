// Why a write failed, in the student's words (French or English): kubectl-like refusals (RolloutError) and API
// errors (ClusterError, through errorMessages.ts). Never JSON.
import { describeClusterError, type ErrorHints } from '../errorMessages';
import { toClusterError } from '../errors';
import type { Lang } from '../rbacWords';
import { refusalText, RolloutError } from '../rollout/messages';

export function describeWriteError(err: unknown, lang: Lang = 'fr', hints: ErrorHints = {}, server?: string): string {
  if (err instanceof RolloutError) return refusalText(err.refusal, lang);
  return describeClusterError(toClusterError(err, server).info, lang, hints);
}
