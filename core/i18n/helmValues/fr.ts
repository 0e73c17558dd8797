// French texts of the chart values features (hover and completion on `.Values…`, the values file choice, the
// « Aperçu du rendu »). en.ts has the same keys and placeholders (test/unit/i18n).
export const fr = {
  'hover.value': 'Valeur : `{value}`',
  'hover.valueBlock': 'Valeur :',
  'hover.setIn': 'Définie dans `{file}`, ligne {line}.',
  'hover.overrides': 'Elle remplace celle de `{file}`, ligne {line}.',
  'hover.unset': 'Aucun fichier de valeurs ({files}) ne définit `{path}` : le gabarit reçoit une valeur vide. Vérifiez l’orthographe et l’indentation dans `values.yaml`.',
  'hover.nullValue': '`null` (la clé est définie, mais vide)',
  'hover.files': 'Fichiers de valeurs utilisés : {files}.',
  'completion.detail': 'valeur du chart : {value}',
  'completion.detailMap': 'bloc de valeurs du chart',
  'status.values': '$(file-code) Valeurs : {files}',
  'status.overlay': '$(layers) Overlay : {overlay}',
  'status.valuesTooltip': 'Fichiers de valeurs du chart « {chart} » utilisés pour le rendu, les diagnostics et l’aperçu. Cliquez pour en choisir d’autres.',
  'status.overlayTooltip': 'Overlay Kustomize rendu pour l’aperçu. Cliquez pour en choisir un autre.',
  'pick.valuesTitle': 'Fichiers de valeurs du chart « {chart} »',
  'pick.valuesPlaceholder': '`values.yaml` est toujours lu en premier ; cochez les fichiers à appliquer par-dessus (le dernier l’emporte).',
  'pick.overlayTitle': 'Overlay à prévisualiser',
  'pick.overlayPlaceholder': 'Choisissez le dossier (kustomization.yaml) dont vous voulez voir le rendu.',
  'preview.none': 'Ce fichier n’appartient à aucun chart Helm ni à aucun overlay Kustomize : ouvrez un fichier d’un chart (Chart.yaml, templates/…) ou un kustomization.yaml.',
  'preview.header': '# Aperçu du rendu de {target} (lecture seule, mis à jour à chaque modification)',
  'preview.values': '# Valeurs : {files}',
  'preview.error': '# Le rendu a échoué : {message}',
  'preview.pending': '# Rendu en cours…',
  'lens.preview': 'Aperçu du rendu',
  'lens.values': 'Valeurs : {files}',
  'lens.overlay': 'Overlay : {overlay}',
} as const;

export type HelmValuesKey = keyof typeof fr;
