// French texts of the labs engine's coded errors (domain `labErrors`, thrown as LabError by core/labs and rendered in
// the user's language where they are caught): bad field paths, missing cluster or snapshot, paths outside the folder.
export const fr = {
  badPath: 'chemin invalide « {path} » (position {position}).',
  noSnapshot: 'vérification de l’espace de travail sans instantané des manifestes.',
  unknownKind: 'Genre de ressource inconnu des labs : « {kind} ».',
  outsideWorkDir: 'Chemin hors du dossier du lab : « {path} ».',
  needsCluster: 'Cette action a besoin d’un cluster.',
  applyNeedsCluster: 'Appliquer des fichiers a besoin d’un cluster.',
  applyRenderNeedsCluster: 'Appliquer un rendu a besoin d’un cluster.',
  unknownAction: 'Action inconnue : {action}',
};

export type LabErrorKey = keyof typeof fr;
