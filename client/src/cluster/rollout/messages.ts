// French/English sentences for rollouts (status steps, actions' results).
import type { Lang } from '../rbacWords';
import type { RolloutStatus } from './status';

const s = (n: number, one: string, many: string): string => `${n} ${n > 1 ? many : one}`;

/** What a rollout is doing, in the student's words. */
export function statusText(kind: string, name: string, st: RolloutStatus, lang: Lang = 'fr'): string {
  const c = st.counts;
  const fr = lang === 'fr';
  const obj = `${kind} « ${name} »`;
  const objEn = `${kind} "${name}"`;
  if (st.error === 'progressDeadlineExceeded') {
    return fr
      ? `Déploiement bloqué : le ${obj} a dépassé son délai de progression (progressDeadlineSeconds) sans que la nouvelle version devienne disponible.`
      : `Rollout stuck: ${objEn} exceeded its progress deadline (progressDeadlineSeconds) before the new version became available.`;
  }
  if (st.error === 'revisionMismatch') {
    return fr ? `La révision suivie n'est plus celle en cours : une autre mise à jour a commencé entre-temps.` : 'The watched revision is no longer the current one: another update started meanwhile.';
  }
  if (st.error === 'unsupportedStrategy') {
    return fr
      ? `Le suivi du déploiement n'existe que pour la stratégie RollingUpdate ; ce ${kind} utilise OnDelete : ses Pods ne sont remplacés que lorsque vous les supprimez.`
      : `Rollout status only exists for the RollingUpdate strategy; this ${kind} uses OnDelete.`;
  }
  switch (st.step) {
    case 'observing':
      return fr ? `Le contrôleur n'a pas encore pris en compte la nouvelle version du ${obj}…` : `Waiting for the controller to observe the new ${objEn} spec…`;
    case 'updating':
      return fr
        ? `Mise à jour en cours : ${c.updated} sur ${c.desired} ${kind === 'DaemonSet' ? 'Pods' : 'réplicas'} ${c.updated > 1 ? 'ont' : 'a'} la nouvelle version…`
        : `Rolling out: ${c.updated} of ${c.desired} ${kind === 'DaemonSet' ? 'pods' : 'replicas'} have the new version…`;
    case 'terminatingOld':
      return fr ? `Arrêt des anciens Pods : ${s(c.old, 'ancien réplica', 'anciens réplicas')} en cours d'arrêt…` : `Stopping old pods: ${c.old} old replicas pending termination…`;
    case 'waitingAvailable':
      return fr
        ? `Presque fini : ${c.available} sur ${c.updated} Pods de la nouvelle version ${c.available > 1 ? 'sont disponibles' : 'est disponible'}…`
        : `Almost done: ${c.available} of ${c.updated} updated pods are available…`;
    case 'stsWaitingReady':
      return fr ? `En attente : ${s(c.missing, 'Pod doit', 'Pods doivent')} encore devenir prêt${c.missing > 1 ? 's' : ''}…` : `Waiting for ${c.missing} pods to be ready…`;
    case 'stsPartitioned':
      return fr ? `Mise à jour partielle (partition) : ${c.updated} sur ${c.target} Pods mis à jour…` : `Partitioned rollout: ${c.updated} of ${c.target} pods updated…`;
    case 'stsRolling':
      return fr ? `Mise à jour en cours : ${c.updated} Pods à la révision ${st.revision}…` : `Rolling update: ${c.updated} pods at revision ${st.revision}…`;
    case 'done':
      if (kind === 'Deployment') {
        return fr
          ? `Déploiement terminé : le ${obj} tourne avec sa nouvelle version (${c.available}/${c.desired} Pods disponibles).`
          : `Rollout complete: ${objEn} runs its new version (${c.available}/${c.desired} pods available).`;
      }
      return fr ? `Déploiement terminé pour le ${obj}.` : `Rollout complete for ${objEn}.`;
  }
}

export const actionText = {
  restarted: (kind: string, name: string, lang: Lang): string => (lang === 'fr'
    ? `Redémarrage demandé : le ${kind} « ${name} » remplace ses Pods un par un (annotation kubectl.kubernetes.io/restartedAt).`
    : `Restart requested: ${kind} "${name}" replaces its pods one by one (kubectl.kubernetes.io/restartedAt annotation).`),
  restartedAlready: (lang: Lang): string => (lang === 'fr' ? 'Un redémarrage a déjà été demandé il y a moins d\'une seconde.' : 'A restart was already requested within the past second.'),
  rolledBack: (kind: string, name: string, revision: number, lang: Lang): string => (lang === 'fr'
    ? `Retour arrière effectué : le ${kind} « ${name} » reprend le modèle de Pod de la révision ${revision}. Le déploiement de cette version commence.`
    : `Rolled back: ${kind} "${name}" uses the pod template of revision ${revision} again.`),
  rollbackSkipped: (revision: number, lang: Lang): string => (lang === 'fr'
    ? `Rien à faire : la version actuelle correspond déjà à la révision ${revision}.`
    : `Skipped rollback (current template already matches revision ${revision}).`),
  paused: (name: string, lang: Lang): string => (lang === 'fr'
    ? `Déploiement « ${name} » en pause : vos prochaines modifications du modèle de Pod ne déclencheront pas de mise à jour tant que vous ne le reprenez pas.`
    : `Deployment "${name}" paused: template changes will not roll out until you resume it.`),
  resumed: (name: string, lang: Lang): string => (lang === 'fr' ? `Déploiement « ${name} » repris : les modifications en attente sont déployées.` : `Deployment "${name}" resumed.`),
  alreadyPaused: (name: string, lang: Lang): string => (lang === 'fr' ? `Le Deployment « ${name} » est déjà en pause.` : `Deployment "${name}" is already paused.`),
  notPaused: (name: string, lang: Lang): string => (lang === 'fr' ? `Le Deployment « ${name} » n'est pas en pause.` : `Deployment "${name}" is not paused.`),
  scaled: (kind: string, name: string, from: number | undefined, to: number, lang: Lang): string => (lang === 'fr'
    ? `${kind} « ${name} » : ${from ?? '?'} → ${to} réplica${to > 1 ? 's' : ''}.`
    : `${kind} "${name}": ${from ?? '?'} → ${to} replicas.`),
};

/** Errors of rollout commands that are not cluster errors (kubectl's own refusals). */
export type RolloutRefusal =
  | { code: 'pausedRestart' } | { code: 'pausedUndo' } | { code: 'noHistory' } | { code: 'revisionNotFound'; revision: number }
  | { code: 'notSupported'; kind: string; action: string } | { code: 'badReplicas' };

export function refusalText(r: RolloutRefusal, lang: Lang): string {
  const fr = lang === 'fr';
  switch (r.code) {
    case 'pausedRestart': return fr ? 'Impossible de redémarrer un Deployment en pause : reprenez-le d\'abord (« Reprendre le déploiement »).' : "can't restart paused deployment (run rollout resume first)";
    case 'pausedUndo': return fr ? 'Impossible de revenir en arrière sur un Deployment en pause : reprenez-le d\'abord.' : 'you cannot rollback a paused deployment; resume it first';
    case 'noHistory': return fr ? "Aucune révision précédente : ce workload n'a qu'une seule version, il n'y a rien vers quoi revenir." : 'no rollout history found (no previous revision)';
    case 'revisionNotFound': return fr ? `La révision ${r.revision} n'existe pas (ou n'est plus conservée : voir revisionHistoryLimit).` : `unable to find specified revision ${r.revision} in history`;
    case 'notSupported': return fr ? `« ${r.action} » n'existe pas pour un ${r.kind}.` : `"${r.action}" is not supported for ${r.kind}.`;
    case 'badReplicas': return fr ? 'Le nombre de réplicas doit être un entier positif ou nul.' : 'replicas must be a non-negative integer';
  }
}

export class RolloutError extends Error {
  constructor(readonly refusal: RolloutRefusal) {
    super(refusalText(refusal, 'en'));
    this.name = 'RolloutError';
  }
}
