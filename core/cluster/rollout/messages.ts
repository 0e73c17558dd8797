// French/English sentences for rollouts (status steps, actions' results).
import type { Lang } from '../rbacWords';
import { rt, rtN } from '../../i18n/rollout';
import type { RolloutStatus } from './status';

/** What a rollout is doing, in the student's words. */
export function statusText(kind: string, name: string, st: RolloutStatus, lang: Lang = 'fr'): string {
  const c = st.counts;
  const object = rt(lang, 'object', { kind, name });
  if (st.error === 'progressDeadlineExceeded') return rt(lang, 'status.deadline', { object });
  if (st.error === 'revisionMismatch') return rt(lang, 'status.revisionMismatch');
  if (st.error === 'unsupportedStrategy') return rt(lang, 'status.unsupportedStrategy', { kind });
  switch (st.step) {
    case 'observing': return rt(lang, 'status.observing', { object });
    case 'updating': return rtN(lang, 'status.updating', c.updated, { desired: c.desired, unit: rt(lang, kind === 'DaemonSet' ? 'unit.pods' : 'unit.replicas') });
    case 'terminatingOld': return rtN(lang, 'status.terminatingOld', c.old);
    case 'waitingAvailable': return rtN(lang, 'status.waitingAvailable', c.available, { updated: c.updated });
    case 'stsWaitingReady': return rtN(lang, 'status.stsWaitingReady', c.missing);
    case 'stsPartitioned': return rt(lang, 'status.stsPartitioned', { updated: c.updated, target: c.target });
    case 'stsRolling': return rt(lang, 'status.stsRolling', { updated: c.updated, revision: st.revision });
    case 'done':
      return kind === 'Deployment'
        ? rt(lang, 'status.doneDeployment', { object, available: c.available, desired: c.desired })
        : rt(lang, 'status.done', { object });
  }
}

export const actionText = {
  restarted: (kind: string, name: string, lang: Lang): string => rt(lang, 'action.restarted', { object: rt(lang, 'object', { kind, name }) }),
  restartedAlready: (lang: Lang): string => rt(lang, 'action.restartedAlready'),
  rolledBack: (kind: string, name: string, revision: number, lang: Lang): string => rt(lang, 'action.rolledBack', { object: rt(lang, 'object', { kind, name }), revision }),
  rollbackSkipped: (revision: number, lang: Lang): string => rt(lang, 'action.rollbackSkipped', { revision }),
  paused: (name: string, lang: Lang): string => rt(lang, 'action.paused', { name }),
  resumed: (name: string, lang: Lang): string => rt(lang, 'action.resumed', { name }),
  alreadyPaused: (name: string, lang: Lang): string => rt(lang, 'action.alreadyPaused', { name }),
  notPaused: (name: string, lang: Lang): string => rt(lang, 'action.notPaused', { name }),
  scaled: (kind: string, name: string, from: number | undefined, to: number, lang: Lang): string =>
    rtN(lang, 'action.scaled', to, { object: rt(lang, 'object', { kind, name }), from: from ?? '?' }),
};

/** Errors of rollout commands that are not cluster errors (kubectl's own refusals). */
export type RolloutRefusal =
  | { code: 'pausedRestart' } | { code: 'pausedUndo' } | { code: 'noHistory' } | { code: 'revisionNotFound'; revision: number }
  | { code: 'notSupported'; kind: string; action: string } | { code: 'badReplicas' };

export function refusalText(r: RolloutRefusal, lang: Lang): string {
  const { code, ...args } = r;
  return rt(lang, `refusal.${code}`, args);
}

export class RolloutError extends Error {
  constructor(readonly refusal: RolloutRefusal) {
    super(refusalText(refusal, 'en'));
    this.name = 'RolloutError';
  }
}
