// Texts of the extension's own UI (the language server and the cluster features have their own catalogues).
// The language follows the setting kubeApprenti.langue (fr by default), not VS Code's display language.
import * as vscode from 'vscode';

export type Lang = 'fr' | 'en';

export function currentLang(): Lang {
  return vscode.workspace.getConfiguration('kubeApprenti').get<string>('langue', 'fr') === 'en' ? 'en' : 'fr';
}

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

const fr = {
  checkWorkspaceClean: 'Kube Apprenti : aucun problème trouvé dans les manifestes de l’espace de travail. Bravo !',
  checkWorkspaceSummary: (e: number, w: number, i: number, f: number) =>
    `Kube Apprenti : ${plural(e, 'erreur', 'erreurs')}, ${plural(w, 'avertissement', 'avertissements')} et ${plural(i, 'conseil', 'conseils')} dans ${plural(f, 'fichier', 'fichiers')}. Le détail est dans le panneau Problèmes.`,
  clusterStartFailed: (detail: string) => `Kube Apprenti : les fonctions liées au cluster n’ont pas pu démarrer (${detail}).`,
};
const en: typeof fr = {
  checkWorkspaceClean: 'Kube Apprenti: no problem found in the workspace manifests. Well done!',
  checkWorkspaceSummary: (e, w, i, f) =>
    `Kube Apprenti: ${plural(e, 'error', 'errors')}, ${plural(w, 'warning', 'warnings')} and ${plural(i, 'hint', 'hints')} in ${plural(f, 'file', 'files')}. See the Problems panel for details.`,
  clusterStartFailed: (detail) => `Kube Apprenti: the cluster features could not start (${detail}).`,
};

export function uiText(): typeof fr {
  return currentLang() === 'en' ? en : fr;
}
