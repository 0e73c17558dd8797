// Command, setting and scheme ids of the apply/diff/rollout features (mirrored in package.json `contributes`).
export const CMD = {
  apply: 'kubeApprenti.appliquer',
  applySelection: 'kubeApprenti.appliquerSelection',
  dryRun: 'kubeApprenti.simuler',
  diff: 'kubeApprenti.diff',
  applyDocument: 'kubeApprenti.appliquerRessource',
  diffDocument: 'kubeApprenti.diffRessource',
  rolloutStatus: 'kubeApprenti.deploiement.statut',
  rolloutRestart: 'kubeApprenti.deploiement.redemarrer',
  rolloutUndo: 'kubeApprenti.deploiement.annuler',
  rolloutHistory: 'kubeApprenti.deploiement.historique',
  rolloutPause: 'kubeApprenti.deploiement.pause',
  rolloutResume: 'kubeApprenti.deploiement.reprendre',
} as const;

export const SETTING_ALLOWED_CLUSTERS = 'clusters.autorisés';
export const SETTING_CODELENS = 'codeLens.activer';
export const DIFF_SCHEME = 'kube-apprenti-diff';
export const DIAGNOSTIC_SOURCE = 'kube-apprenti (cluster)';
export const OUTPUT_NAME = 'Kube Apprenti';
