// French texts of « Appliquer le rendu » (domain `renderApply`): a chart or an overlay that does not render.
export const fr = {
  failedHelm: 'Le rendu du chart a échoué : rien n’a été appliqué. {detail}',
  failedKustomize: 'Le rendu de l’overlay a échoué : rien n’a été appliqué. {detail}',
  errorAt: '{message} ({where})',
  empty: 'Le rendu de « {dir} » ne contient aucun objet Kubernetes : rien à appliquer.',
  noTarget: 'Ce fichier n’est ni le Chart.yaml d’un chart Helm ni le kustomization.yaml d’un overlay Kustomize.',
  rendering: 'Rendu de « {dir} »…',
  pickValues: 'Avec quel fichier de valeurs rendre le chart ?',
  commandLine: 'Commande équivalente : {command}',
  showDetails: 'Voir le détail',
  onlyDefaults: 'values.yaml seul',
  rendererMissing: 'le moteur de rendu ka-render est introuvable ; construisez-le avec « {command} » (ou indiquez son chemin dans la variable KUBE_APPRENTI_RENDERER)',
};
export type RenderApplyKey = keyof typeof fr;
