// Setting and scheme ids of the apply/diff/rollout features, and the command ids their code invokes (CodeLens,
// buttons). All commands are declared in client/src/commands/table.ts (checked against package.json).
export const CMD = {
  applyDocument: 'kubeApprenti.appliquerRessource',
  diffDocument: 'kubeApprenti.diffRessource',
  applyRender: 'kubeApprenti.appliquerRendu',
  diffRender: 'kubeApprenti.diffRendu',
  rolloutStatus: 'kubeApprenti.deploiement.statut',
  rolloutUndo: 'kubeApprenti.deploiement.annuler',
} as const;

export const SETTING_ALLOWED_CLUSTERS = 'clusters.autorisés';
export const SETTING_CODELENS = 'codeLens.activer';
export const DIFF_SCHEME = 'kube-apprenti-diff';
export const DIAGNOSTIC_SOURCE = 'kube-apprenti (cluster)';
export const OUTPUT_NAME = 'Kube Apprenti';
