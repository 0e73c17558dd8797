// Messages of the schema validation (codes KA041, KA042, KA043, KA046, KA150–KA199), owned by the schema engineer.
// Placeholders: {field} the field concerned, {where} the object that holds it (`spec.template.spec`, or the kind
// at the top level), {value} the value as written, {suggestion} the corrected name or value, {target} the path
// where a misplaced field belongs, {allowed} the allowed values, {apiVersion}, {kind}, {k8sVersion}.
import type { MessageCatalogue } from './types';

export const schemaFr: MessageCatalogue = {
  // KA041 — enum value with the wrong case
  KA041: 'Valeur invalide `{value}` pour `{field}` : les valeurs autorisées sont {allowed}. Attention aux majuscules : écrivez `{suggestion}`.',
  // KA042 — apiVersion and kind do not go together
  KA042: '`kind: {kind}` n’existe pas dans `apiVersion: {apiVersion}` : un {kind} se déclare avec `apiVersion: {suggestion}`.',
  'KA042.unknownKind': '`{value}` n’est pas un type de ressource de `{apiVersion}` dans Kubernetes {k8sVersion}. S’il s’agit d’une ressource personnalisée (CRD), son `apiVersion` doit être celui de son groupe.',
  'KA042.unknownKind.suggestion': '`{value}` n’est pas un type de ressource de `{apiVersion}` dans Kubernetes {k8sVersion} : vouliez-vous dire `{suggestion}` ?',
  // KA043 — missing required field
  KA043: 'Le champ obligatoire `{field}` manque dans `{where}`.',
  'KA043.empty': 'Le champ `{field}` est obligatoire et ne peut pas être vide.',
  'KA043.name': 'Le champ `metadata.name` est obligatoire et ne peut pas être vide : donnez un nom à la ressource (minuscules, chiffres et tirets, par exemple `mon-application`).',
  'KA043.apiVersion': 'Ce manifeste n’a pas d’`apiVersion` : chaque ressource commence par `apiVersion` et `kind` (par exemple `apiVersion: apps/v1` et `kind: Deployment`).',
  'KA043.kind': 'Ce manifeste n’a pas de `kind` : indiquez le type de la ressource (`Pod`, `Deployment`, `Service`…), juste sous `apiVersion`.',
  'KA043.document': 'Ce document YAML n’a ni `apiVersion` ni `kind` : s’il s’agit d’un manifeste Kubernetes, commencez-le par ces deux champs (par exemple `apiVersion: v1` et `kind: ConfigMap`) ; sinon, vous pouvez ignorer ce message.',
  // KA046 — unknown field, or field at the wrong level
  KA046: '`{field}` n’est pas un champ valide de `{where}`. Vérifiez l’orthographe (majuscules comprises) et l’indentation.',
  'KA046.suggestion': '`{field}` n’est pas un champ valide de `{where}` : vouliez-vous dire `{suggestion}` ?',
  'KA046.up': '`{field}` n’est pas un champ de `{where}` : il appartient à `{target}`, plus haut dans le manifeste. Il est sans doute trop indenté : décalez-le vers la gauche (2 espaces par niveau).',
  'KA046.down': '`{field}` n’est pas un champ de `{where}` : il se place plus à l’intérieur, dans `{target}`. Il manque sans doute un niveau d’indentation (ou le bloc qui doit l’entourer).',
  'KA046.containerRestartPolicy': '`restartPolicy` n’est pas permis sur un conteneur ordinaire (seulement sur un conteneur d’initialisation « sidecar », avec la valeur `Always`) : la politique de redémarrage se règle pour tout le Pod, dans `{target}`.',
  'KA046.daemonSetReplicas': 'Un DaemonSet n’a pas de `replicas` : il lance un Pod sur chaque nœud (ou sur chaque nœud choisi). Pour choisir le nombre de Pods, utilisez un Deployment.',
  'KA046.podReplicas': 'Un Pod n’a pas de `replicas` : c’est une seule instance. Pour avoir plusieurs réplicas (et qu’ils soient recréés s’ils disparaissent), utilisez un Deployment avec ce Pod comme template.',
  // Wrong type (see also KA037, KA063)
  KA150: 'Type de valeur incorrect pour `{field}`.',
  'KA150.quoted': '`{field}` attend un nombre, mais `{value}` est écrit entre guillemets : c’est alors une chaîne de caractères. Retirez les guillemets : `{field}: {value}`.',
  'KA150.integer': '`{field}` attend un nombre entier, pas `{value}`.',
  'KA150.number': '`{field}` attend un nombre, pas `{value}`.',
  'KA150.string': '`{field}` attend une valeur simple (une chaîne de caractères), pas une liste ni un bloc.',
  'KA150.string.number': '`{field}` attend une chaîne de caractères, mais `{value}` est lu comme un nombre : kubectl refusera le manifeste. Mettez la valeur entre guillemets : `{field}: "{value}"`.',
  'KA150.string.boolean': '`{field}` attend une chaîne de caractères, mais `{value}` est lu comme un booléen (kubectl lit `yes`, `no`, `on`, `off`, `true` et `false` comme des booléens). Mettez la valeur entre guillemets : `{field}: "{value}"`.',
  'KA150.array': '`{field}` attend une liste : un élément par ligne, précédé d’un tiret `-` (ou `[a, b]` sur une ligne).',
  'KA150.array.object': '`{field}` attend une liste, mais ses champs sont écrits directement dessous, sans tiret : chaque élément de la liste commence par `-` (par exemple `- name: web`).',
  'KA150.object': '`{field}` attend un bloc de champs `clé: valeur` indentés en dessous, pas une valeur simple ni une liste.',
  'KA150.boolean': '`{field}` attend un booléen : `true` ou `false`, sans guillemets.',
  'KA150.intOrString': '`{field}` attend un nombre entier (par exemple un numéro de port) ou un nom (une chaîne de caractères).',
  'KA150.quantity': '`{field}` attend une quantité, comme `500m` pour du CPU ou `256Mi` pour de la mémoire.',
  // KA151 — value not among the allowed values
  KA151: 'Valeur invalide `{value}` pour `{field}` : les valeurs autorisées sont {allowed}.',
  'KA151.suggestion': 'Valeur invalide `{value}` pour `{field}` : les valeurs autorisées sont {allowed}. Vouliez-vous dire `{suggestion}` ?',
  // KA029 — quantities
  KA152: '`{value}` n’est pas une quantité valide pour `{field}` : écrivez un nombre suivi, sans espace, d’un suffixe éventuel (`m`, `k`, `M`, `G`, `Ki`, `Mi`, `Gi`…).',
  'KA152.memory': '`{value}` n’est pas une quantité valide pour `{field}` : utilisez les suffixes `Ki`, `Mi`, `Gi` (puissances de 1024, par exemple `256Mi`) ou `k`, `M`, `G` (puissances de 1000), collés au nombre. `MB` ou `Go` ne sont pas reconnus.',
  'KA152.cpu': '`{value}` n’est pas une quantité de CPU valide : écrivez `500m` (500 millicœurs, soit un demi-cœur) ou `0.5`, sans unité ni espace.',
  KA153: 'Dans `{field}: {value}`, le suffixe `m` veut dire « milli » (des millièmes d’octet), pas « méga » : vouliez-vous dire `{suggestion}` (mébioctets) ?',
  // Int-or-string written as a quoted number
  KA154: '`{field}: {value}` est écrit entre guillemets : Kubernetes le lit comme un nom de port, pas comme le numéro {suggestion}. Retirez les guillemets.',
  'KA154.percent': '`{field}` accepte un nombre (`1`) ou un pourcentage (`25%`) : `{value}` entre guillemets et sans `%` est refusé. Retirez les guillemets ou ajoutez `%`.',
  // lab.yaml against schemas/lab.schema.json
  KA160: 'lab.yaml : valeur invalide à `{path}`.',
  'KA160.unknown-field': 'lab.yaml : `{field}` n’est pas un champ prévu à `{path}`. Voir docs/labs-format.md.',
  'KA160.suggestion': 'lab.yaml : `{field}` n’est pas un champ prévu à `{path}` : vouliez-vous dire `{suggestion}` ?',
  'KA160.moved': 'lab.yaml : `{field}` n’est pas un champ prévu à `{path}` : il se place dans `{target}` (vérifiez l’indentation).',
  'KA160.missing-required': 'lab.yaml : le champ obligatoire `{field}` manque à `{path}`.',
  'KA160.wrong-type.string': 'lab.yaml : `{path}` attend une chaîne de caractères.',
  'KA160.wrong-type.integer': 'lab.yaml : `{path}` attend un nombre entier.',
  'KA160.wrong-type.number': 'lab.yaml : `{path}` attend un nombre.',
  'KA160.wrong-type.boolean': 'lab.yaml : `{path}` attend un booléen (`true` ou `false`).',
  'KA160.wrong-type.object': 'lab.yaml : `{path}` attend un bloc de champs `clé: valeur`.',
  'KA160.wrong-type.array': 'lab.yaml : `{path}` attend une liste (éléments précédés de `-`).',
  'KA160.wrong-type.any': 'lab.yaml : type de valeur incorrect à `{path}`.',
  'KA160.enum': 'lab.yaml : valeur invalide `{value}` à `{path}` : les valeurs possibles sont {allowed}.',
  'KA160.const': 'lab.yaml : `{path}` doit valoir {allowed}.',
  'KA160.pattern': 'lab.yaml : `{value}` n’a pas la forme attendue à `{path}` (motif `{expected}`).',
  'KA160.min-length': 'lab.yaml : `{path}` est trop court (au moins {limit} caractères).',
  'KA160.max-length': 'lab.yaml : `{path}` est trop long (au plus {limit} caractères).',
  'KA160.minimum': 'lab.yaml : `{path}` doit valoir au moins {limit}.',
  'KA160.maximum': 'lab.yaml : `{path}` doit valoir au plus {limit}.',
  'KA160.min-items': 'lab.yaml : la liste `{path}` doit contenir au moins {limit} élément(s).',
  'KA160.max-items': 'lab.yaml : la liste `{path}` contient trop d’éléments (au plus {limit}).',
  'KA160.min-properties': 'lab.yaml : le bloc `{path}` ne peut pas être vide.',
  'KA160.unique-items': 'lab.yaml : `{value}` apparaît deux fois dans la liste `{path}`.',
  'KA160.no-branch': 'lab.yaml : `{path}` ne correspond à aucune des formes prévues ({allowed}, voir docs/labs-format.md).',
  // Quick fixes
  'fix.schema.rename': 'Remplacer par « {suggestion} »',
  'fix.schema.replace': 'Remplacer par « {suggestion} »',
  'fix.schema.quote': 'Mettre la valeur entre guillemets',
  'fix.schema.unquote': 'Retirer les guillemets',
  'fix.schema.list': 'Transformer en liste (ajouter le tiret « - »)',
  'fix.schema.apiVersion': 'Utiliser « apiVersion: {suggestion} »',
};
