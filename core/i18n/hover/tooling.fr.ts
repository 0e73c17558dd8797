// Curated French hovers of the tools' files: Helm's Chart.yaml and Kustomize's kustomization.yaml. Keys are
// `<file kind>.<field>` (`Chart.version`, `ChartDependency.condition`, `Kustomization.nameSuffix`, `Image.newTag`…);
// tooling.en.ts has the same keys, sections and code spans (test/unit/hover/tooling-hover.test.ts).
import type { FieldDocs } from './types';

export const toolingFr: FieldDocs = {
  'Chart.apiVersion': {
    texte: 'Version du format de chart. Avec Helm 3 et 4, écrivez `v2` : les dépendances se déclarent alors dans `dependencies` de ce fichier (plus de `requirements.yaml`).',
    exemple: 'apiVersion: v2',
    erreur: '`v1` est l’ancien format de Helm 2 ; `apps/v1` ou `v1` copiés d’un manifeste n’ont rien à faire ici.',
  },
  'Chart.name': {
    texte: 'Nom du chart. Il sert de préfixe aux noms générés (`{{ .Chart.Name }}`, le helper `fullname`) et doit être celui du dossier du chart.',
    exemple: 'name: monsterchart',
    erreur: 'Minuscules, chiffres et tirets seulement : pas d’espace ni de majuscule. Un nom différent du dossier trouble `helm package` et les dépendances.',
  },
  'Chart.version': {
    texte: 'Version **du chart** lui-même, au format SemVer (`MAJEUR.MINEUR.CORRECTIF`). Augmentez-la à chaque modification des templates ou des valeurs par défaut.',
    exemple: 'version: 0.1.0',
    erreur: 'Ce n’est pas la version de l’application (c’est `appVersion`). `1.0` n’est pas du SemVer : écrivez `1.0.0`.',
  },
  'Chart.appVersion': {
    texte: 'Version de l’application déployée par le chart, à titre d’information. Les templates la lisent avec `{{ .Chart.AppVersion }}`, souvent comme tag d’image par défaut.',
    exemple: 'appVersion: "1.16.0"',
    erreur: 'Mettez-la entre guillemets : `1.10` sans guillemets est lu comme le nombre `1.1`.',
  },
  'Chart.description': {
    texte: 'Une phrase qui décrit le chart, affichée par `helm search` et `helm show chart`.',
    exemple: 'description: Le générateur de monstres du cours',
  },
  'Chart.type': {
    texte: 'Type du chart : `application` (par défaut, il installe des objets) ou `library` (il ne fournit que des helpers réutilisés par d’autres charts, et ne s’installe pas seul).',
    exemple: 'type: application',
    erreur: 'Un chart `library` ne rend aucun objet : `helm install` le refuse.',
  },
  'Chart.dependencies': {
    texte: 'Les charts dont celui-ci a besoin (sous-charts). `helm dependency update` les télécharge dans `charts/` ; leurs valeurs se règlent sous une clé portant leur nom dans `values.yaml`.',
    exemple: 'dependencies:\n  - name: redis\n    version: 19.x.x\n    repository: https://charts.bitnami.com/bitnami\n    condition: redis.enabled',
    erreur: 'Sans `helm dependency update`, le dossier `charts/` est vide et le rendu échoue (dépendance manquante).',
  },
  'Chart.kubeVersion': {
    texte: 'Versions de Kubernetes acceptées, sous forme de contrainte SemVer : Helm refuse d’installer sur un autre cluster.',
    exemple: 'kubeVersion: ">=1.28.0-0"',
  },
  'Chart.keywords': {
    texte: 'Mots-clés pour la recherche (`helm search`).',
    exemple: 'keywords:\n  - web\n  - redis',
  },
  'Chart.home': {
    texte: 'Adresse de la page du projet.',
    exemple: 'home: https://example.org/monsterstack',
  },
  'Chart.sources': {
    texte: 'Adresses du code source du projet (une liste).',
    exemple: 'sources:\n  - https://github.com/exemple/monsterstack',
  },
  'Chart.maintainers': {
    texte: 'Les personnes qui maintiennent le chart : `name`, et si besoin `email` et `url`.',
    exemple: 'maintainers:\n  - name: Alice\n    email: alice@example.org',
  },
  'Chart.icon': {
    texte: 'Adresse d’une image (SVG ou PNG) qui représente le chart dans les catalogues.',
    exemple: 'icon: https://example.org/logo.svg',
  },
  'Chart.deprecated': {
    texte: 'Avec `true`, le chart est signalé comme obsolète dans les dépôts.',
    exemple: 'deprecated: false',
  },
  'Chart.annotations': {
    texte: 'Informations libres en paires `clé: valeur`, lues par des outils (catalogues, Artifact Hub…).',
    exemple: 'annotations:\n  category: Demo',
  },
  'ChartDependency.name': {
    texte: 'Nom du chart dont on dépend, tel qu’il est publié dans le dépôt.',
    exemple: 'name: redis',
  },
  'ChartDependency.version': {
    texte: 'Version voulue du sous-chart : une version exacte ou une plage SemVer (`19.x.x`, `^19.0.0`).',
    exemple: 'version: 19.x.x',
  },
  'ChartDependency.repository': {
    texte: 'Dépôt où trouver le sous-chart : une adresse `https://`, un registre `oci://`, ou `file://../autre-chart` pour un chart local.',
    exemple: 'repository: https://charts.bitnami.com/bitnami',
    erreur: 'Avec un alias de dépôt (`@bitnami`), le dépôt doit avoir été ajouté avec `helm repo add`.',
  },
  'ChartDependency.condition': {
    texte: 'Chemin d’une valeur booléenne qui active ou désactive le sous-chart (`redis.enabled` : la clé `enabled` sous `redis` dans `values.yaml`).',
    exemple: 'condition: redis.enabled',
  },
  'ChartDependency.alias': {
    texte: 'Autre nom pour le sous-chart : ses valeurs se règlent alors sous cette clé. Utile pour inclure deux fois le même chart.',
    exemple: 'alias: cache',
  },
  'ChartDependency.tags': {
    texte: 'Étiquettes qui activent plusieurs sous-charts à la fois depuis `tags:` dans `values.yaml`.',
    exemple: 'tags:\n  - backend',
  },
  'Kustomization.apiVersion': {
    texte: 'Version du format de kustomization : `kustomize.config.k8s.io/v1beta1` (facultatif, mais clair).',
    exemple: 'apiVersion: kustomize.config.k8s.io/v1beta1',
  },
  'Kustomization.kind': {
    texte: '`Kustomization` pour un dossier qui produit des objets, `Component` pour un morceau réutilisable inclus avec `components:`.',
    exemple: 'kind: Kustomization',
  },
  'Kustomization.resources': {
    texte: 'Ce que cette kustomization assemble : des fichiers de manifestes et des dossiers contenant eux-mêmes un `kustomization.yaml` (une base). Les chemins sont relatifs au dossier de ce fichier.',
    exemple: 'resources:\n  - ../../base\n  - ingress.yaml',
    erreur: 'Depuis un overlay `dev/`, la base se trouve en `../base` et non en `./base` : le chemin part du dossier du `kustomization.yaml`.',
  },
  'Kustomization.bases': {
    texte: 'Ancienne façon de désigner les bases, remplacée par `resources:` (qui accepte les dossiers).',
    exemple: 'resources:\n  - ../base',
    erreur: '`bases` est obsolète : déplacez ses entrées dans `resources`.',
  },
  'Kustomization.components': {
    texte: 'Composants (`kind: Component`) ajoutés à cette kustomization : des morceaux réutilisables (une option, une fonctionnalité) partagés par plusieurs overlays.',
    exemple: 'components:\n  - ../components/monitoring',
  },
  'Kustomization.patches': {
    texte: 'Modifications appliquées aux objets des ressources : un fichier (`path`) ou un texte (`patch`), en fusion stratégique ou en JSON Patch, et éventuellement une `target` qui choisit les objets visés.',
    exemple: 'patches:\n  - path: replicas.yaml\n  - target:\n      kind: Deployment\n      name: frontend\n    patch: |-\n      - op: replace\n        path: /spec/replicas\n        value: 3',
    erreur: 'Sous `target:`, `kind` et `name` doivent être indentés d’un cran : au même niveau que `target`, ils ne la remplissent pas et le patch ne vise rien.',
  },
  'Kustomization.patchesStrategicMerge': {
    texte: 'Ancienne liste de patchs en fusion stratégique, remplacée par `patches:` (avec `path:`).',
    exemple: 'patches:\n  - path: replicas.yaml',
  },
  'Kustomization.configMapGenerator': {
    texte: 'Génère des ConfigMaps à partir de valeurs (`literals`), de fichiers (`files`) ou de fichiers `.env` (`envs`). Un suffixe de hachage est ajouté au nom, et les références à la ConfigMap dans les ressources sont mises à jour : changer une valeur redéploie les Pods.',
    exemple: 'configMapGenerator:\n  - name: frontend-config\n    literals:\n      - TITLE=Bonjour',
    erreur: 'Le nom réel devient `frontend-config-<hachage>` : un objet qui n’est pas géré par cette kustomization ne peut pas l’écrire en dur.',
  },
  'Kustomization.secretGenerator': {
    texte: 'Génère des Secrets, comme `configMapGenerator` : valeurs encodées en base64 pour vous, suffixe de hachage ajouté au nom.',
    exemple: 'secretGenerator:\n  - name: redis-credentials\n    envs:\n      - redis.env',
    erreur: 'Le fichier source contient le secret en clair : ne le versionnez pas dans Git.',
  },
  'Kustomization.generatorOptions': {
    texte: 'Options de tous les générateurs de ce fichier : labels et annotations ajoutés, ou `disableNameSuffixHash: true` pour garder le nom sans hachage.',
    exemple: 'generatorOptions:\n  disableNameSuffixHash: true',
  },
  'Kustomization.nameSuffix': {
    texte: 'Suffixe ajouté au nom de chaque objet (`-dev`). Les références gérées par Kustomize (Service d’un Ingress, ConfigMap d’un Deployment…) suivent.',
    exemple: 'nameSuffix: -dev',
    erreur: 'Un nom écrit dans un texte libre (une variable d’environnement, une URL) ne suit pas : `redis` y reste `redis` alors que le Service s’appelle `redis-dev`.',
  },
  'Kustomization.namePrefix': {
    texte: 'Préfixe ajouté au nom de chaque objet (`dev-`), avec les références mises à jour comme pour `nameSuffix`.',
    exemple: 'namePrefix: dev-',
  },
  'Kustomization.namespace': {
    texte: 'Namespace donné à tous les objets (il remplace celui des manifestes).',
    exemple: 'namespace: monster-dev',
    erreur: 'Le namespace lui-même doit exister (ou être une des ressources) avant l’application.',
  },
  'Kustomization.labels': {
    texte: 'Labels ajoutés aux objets ; avec `includeSelectors: true`, aussi aux sélecteurs et aux templates de Pods.',
    exemple: 'labels:\n  - pairs:\n      env: dev\n    includeSelectors: true',
    erreur: 'Changer un label inclus dans les sélecteurs d’un Deployment existant est refusé par l’API (sélecteur immuable) : il faut le recréer.',
  },
  'Kustomization.commonLabels': {
    texte: 'Ancienne forme de `labels:` : les labels sont ajoutés aux objets **et** à tous les sélecteurs.',
    exemple: 'labels:\n  - pairs:\n      env: dev\n    includeSelectors: true',
  },
  'Kustomization.commonAnnotations': {
    texte: 'Annotations ajoutées à tous les objets.',
    exemple: 'commonAnnotations:\n  equipe: web',
  },
  'Kustomization.images': {
    texte: 'Change l’image des conteneurs sans toucher aux manifestes : `name` désigne l’image telle qu’écrite dans les ressources, `newName` et `newTag` (ou `digest`) la remplacent.',
    exemple: 'images:\n  - name: tecp1/monstericon\n    newTag: "2.0"',
    erreur: '`name` doit être l’image des manifestes, sans son tag : sinon rien n’est remplacé.',
  },
  'Kustomization.replicas': {
    texte: 'Fixe le nombre de réplicas d’un Deployment ou d’un StatefulSet désigné par son nom, sans écrire de patch.',
    exemple: 'replicas:\n  - name: frontend\n    count: 3',
  },
  'Image.name': {
    texte: 'L’image à remplacer, telle qu’écrite dans les manifestes (sans le tag).',
    exemple: 'name: redis',
  },
  'Image.newName': {
    texte: 'Le nouveau nom d’image (autre dépôt ou autre registre).',
    exemple: 'newName: registry.example.org/redis',
  },
  'Image.newTag': {
    texte: 'Le nouveau tag de l’image.',
    exemple: 'newTag: "7.2"',
    erreur: 'Mettez le tag entre guillemets : `7.10` sans guillemets devient le nombre `7.1`.',
  },
  'Patch.path': {
    texte: 'Fichier du patch, relatif au dossier de ce `kustomization.yaml`.',
    exemple: 'path: replicas.yaml',
  },
  'Patch.patch': {
    texte: 'Le patch écrit directement ici (fusion stratégique ou JSON Patch), souvent en bloc `|-`.',
    exemple: 'patch: |-\n  - op: replace\n    path: /spec/replicas\n    value: 3',
  },
  'Patch.target': {
    texte: 'Les objets visés par le patch : `kind`, `name`, `namespace`, `labelSelector`… indentés sous `target:`.',
    exemple: 'target:\n  kind: Deployment\n  name: frontend',
    erreur: 'Un patch dont la cible ne correspond à aucun objet fait échouer le rendu : vérifiez `kind` et `name`.',
  },
  'Generator.name': {
    texte: 'Nom de base de l’objet généré (un suffixe de hachage y est ajouté).',
    exemple: 'name: frontend-config',
  },
  'Generator.literals': {
    texte: 'Paires `CLÉ=valeur` écrites directement.',
    exemple: 'literals:\n  - TITLE=Bonjour',
  },
  'Generator.files': {
    texte: 'Fichiers dont le contenu devient une clé (nommée comme le fichier, ou `clé=fichier`).',
    exemple: 'files:\n  - nginx.conf',
  },
  'Generator.envs': {
    texte: 'Fichiers `.env` dont chaque ligne `CLÉ=valeur` devient une clé.',
    exemple: 'envs:\n  - config.env',
  },
  'Generator.behavior': {
    texte: 'Dans un overlay, que faire d’un générateur de même nom dans la base : `create` (par défaut), `merge` (ajouter ou remplacer des clés) ou `replace` (tout remplacer).',
    exemple: 'behavior: merge',
    erreur: '`merge` et `replace` exigent un générateur de même nom dans une base : sinon le rendu échoue.',
  },
};
