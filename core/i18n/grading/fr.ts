// French texts of `lab grade` (domain `grading`): the class report an instructor reads (Markdown) and its alerts.
export const fr = {
  'alert.invalid': 'signature invalide : le fichier a été modifié après l’export, ou signé avec une autre clé (exclu des taux)',
  'alert.unreadable': 'fichier illisible : ce n’est pas un export de progression de Kube Apprenti (exclu)',
  'alert.missing': 'signature absente : export non signé (comptez-le seulement si vous savez pourquoi)',
  'signature.valid': 'valide',
  'signature.invalid': 'invalide',
  'signature.missing': 'absente',
  'signature.unchecked': 'non vérifiée (sans clé)',
  'signature.unreadable': 'illisible',
  'csv.unsigned': 'non signé (aucune clé de classe)',
  // `lab grade --format csv`: the column headers (separated by `|`) and the signature column's values.
  'csv.stepsHead': 'lab|étape|titre|élèves|réussies|taux|indices (moyenne)|résoudre',
  'csv.studentsHead': 'étudiant|fichier|signature|étapes réussies|étapes|temps passé (s)|indices|résoudre',
  'csv.signature.valid': 'valide',
  'csv.signature.invalid': 'invalide',
  'csv.signature.missing': 'absente',
  'csv.signature.unchecked': 'non-vérifiée',
  'csv.signature.unreadable': 'illisible',
  'md.title': '# Bilan de la classe',
  'md.read': '{read} export(s) lu(s), {counted} compté(s){excluded}.',
  'md.excluded': ', {n} exclu(s)',
  'md.steps': '## Réussite par étape (de la plus difficile à la plus facile)',
  'md.stepsHead': '| Lab | Étape | Réussie par | Taux | Indices (moyenne) | Résoudre |',
  'md.hardest': 'Étape la plus difficile : {lab} / {step} ({rate} de réussite).',
  'md.students': '## Par étudiant',
  'md.studentsHead': '| Étudiant | Fichier | Signature | Étapes réussies | Temps | Indices | Résoudre |',
  'md.flagged': '## Fichiers signalés',
  'md.flaggedLine': '- {file} ({student}) : {warning}.',
} as const;

export type GradingKey = keyof typeof fr;
