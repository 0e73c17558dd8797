// French messages for lab authors (domain `labAuthoring`): reading lab.yaml and `lab check`'s problems.
export const fr = {
  'load.tooBig': 'lab.yaml est trop volumineux ({size} Ko, maximum 512 Ko).',
  'load.notText': 'lab.yaml n’est pas un fichier texte.',
  'load.badYaml': 'YAML illisible : {error}',
  'load.unreadable': 'lab.yaml est illisible ({error}).',
  'load.missingText': 'étape « {step} » : le fichier de consigne « {file} » est introuvable.',
  'check.duplicateId': 'l’identifiant d’étape « {step} » est utilisé deux fois.',
  'check.emptyText': 'la consigne « {file} » est vide ou presque.',
  'check.unknownFile': 'le fichier « {file} » n’est ni dans depart/ ni dans une solution.',
  'check.noSolution': '« solution » demandé mais le dossier solution/{step}/ est vide ou absent.',
  'check.applyRenderTarget': '« appliquer-rendu » cite « {dir} », qui n’est ni un chart (Chart.yaml) ni un overlay (kustomization.yaml) de depart/ ou des solutions.',
  'check.applyMissing': '« appliquer » cite « {file} », absent de depart/ et des solutions.',
  'check.orphanSolution': 'le dossier solution/{dir}/ ne correspond à aucune étape.',
  'check.badRegex': 'expression régulière invalide « {regex} » : {error}',
  'check.unknownCode.fails': 'le code {code} n’existe pas (encore) dans le moteur d’analyse : cette vérification échouera.',
  'check.unknownCode.passes': 'le code {code} n’existe pas (encore) dans le moteur d’analyse : cette vérification réussira toujours.',
  'check.command': 'vérification « commande » : elle ne s’exécutera que dans un espace de travail approuvé, après confirmation.',
  'check.solutionFails': 'avec la solution, la vérification « {check} » échoue{detail}.',
  'check.solutionFails.detail': ' ({detail})',
  'check.passesBefore': 'l’étape « {step} » réussit déjà avant sa solution.',
} as const;

export type LabAuthoringKey = keyof typeof fr;
