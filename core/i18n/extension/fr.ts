// French texts of the extension's own notifications (domain `extension`); shown after the product prefix.
export const fr = {
  checkWorkspaceClean: 'aucun problème trouvé dans les manifestes de l’espace de travail. Bravo !',
  checkWorkspaceSummary: '{errors}, {warnings} et {hints} dans {files}. Le détail est dans le panneau Problèmes.',
  'errors.one': '{n} erreur',
  'errors.other': '{n} erreurs',
  'warnings.one': '{n} avertissement',
  'warnings.other': '{n} avertissements',
  'hints.one': '{n} conseil',
  'hints.other': '{n} conseils',
  'files.one': '{n} fichier',
  'files.other': '{n} fichiers',
  clusterStartFailed: 'les fonctions liées au cluster n’ont pas pu démarrer ({detail}).',
};
export type ExtensionKey = keyof typeof fr;
