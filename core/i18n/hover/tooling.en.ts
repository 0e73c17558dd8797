// Curated English hovers of Chart.yaml and kustomization.yaml: same keys and sections as tooling.fr.ts.
import type { FieldDocs } from './types';

export const toolingEn: FieldDocs = {
  'Chart.apiVersion': {
    texte: 'Version of the chart format. With Helm 3 and 4, write `v2`: dependencies are then declared under `dependencies` in this file (no more `requirements.yaml`).',
    exemple: 'apiVersion: v2',
    erreur: '`v1` is the old Helm 2 format; `apps/v1` or `v1` copied from a manifest do not belong here.',
  },
  'Chart.name': {
    texte: 'Name of the chart. It prefixes generated names (`{{ .Chart.Name }}`, the `fullname` helper) and must be the name of the chart folder.',
    exemple: 'name: monsterchart',
    erreur: 'Lowercase letters, digits and dashes only: no space, no capital. A name that differs from the folder confuses `helm package` and dependencies.',
  },
  'Chart.version': {
    texte: 'Version **of the chart** itself, in SemVer form (`MAJOR.MINOR.PATCH`). Bump it on every change of the templates or default values.',
    exemple: 'version: 0.1.0',
    erreur: 'It is not the application version (that is `appVersion`). `1.0` is not SemVer: write `1.0.0`.',
  },
  'Chart.appVersion': {
    texte: 'Version of the application the chart deploys, for information. Templates read it with `{{ .Chart.AppVersion }}`, often as the default image tag.',
    exemple: 'appVersion: "1.16.0"',
    erreur: 'Quote it: `1.10` without quotes is read as the number `1.1`.',
  },
  'Chart.description': {
    texte: 'One sentence describing the chart, shown by `helm search` and `helm show chart`.',
    exemple: 'description: The course monster generator',
  },
  'Chart.type': {
    texte: 'Chart type: `application` (default, it installs objects) or `library` (it only provides helpers reused by other charts, and cannot be installed alone).',
    exemple: 'type: application',
    erreur: 'A `library` chart renders no object: `helm install` refuses it.',
  },
  'Chart.dependencies': {
    texte: 'The charts this one needs (subcharts). `helm dependency update` downloads them into `charts/`; their values are set under a key named after them in `values.yaml`.',
    exemple: 'dependencies:\n  - name: redis\n    version: 19.x.x\n    repository: https://charts.bitnami.com/bitnami\n    condition: redis.enabled',
    erreur: 'Without `helm dependency update`, the `charts/` folder is empty and the render fails (missing dependency).',
  },
  'Chart.kubeVersion': {
    texte: 'Accepted Kubernetes versions, as a SemVer constraint: Helm refuses to install on another cluster.',
    exemple: 'kubeVersion: ">=1.28.0-0"',
  },
  'Chart.keywords': {
    texte: 'Keywords for searching (`helm search`).',
    exemple: 'keywords:\n  - web\n  - redis',
  },
  'Chart.home': {
    texte: 'Address of the project page.',
    exemple: 'home: https://example.org/monsterstack',
  },
  'Chart.sources': {
    texte: 'Addresses of the project source code (a list).',
    exemple: 'sources:\n  - https://github.com/example/monsterstack',
  },
  'Chart.maintainers': {
    texte: 'The people who maintain the chart: `name`, and when needed `email` and `url`.',
    exemple: 'maintainers:\n  - name: Alice\n    email: alice@example.org',
  },
  'Chart.icon': {
    texte: 'Address of an image (SVG or PNG) shown for the chart in catalogues.',
    exemple: 'icon: https://example.org/logo.svg',
  },
  'Chart.deprecated': {
    texte: 'With `true`, the chart is flagged as deprecated in repositories.',
    exemple: 'deprecated: false',
  },
  'Chart.annotations': {
    texte: 'Free information as `key: value` pairs, read by tools (catalogues, Artifact Hub…).',
    exemple: 'annotations:\n  category: Demo',
  },
  'ChartDependency.name': {
    texte: 'Name of the chart depended upon, as published in the repository.',
    exemple: 'name: redis',
  },
  'ChartDependency.version': {
    texte: 'Wanted version of the subchart: an exact version or a SemVer range (`19.x.x`, `^19.0.0`).',
    exemple: 'version: 19.x.x',
  },
  'ChartDependency.repository': {
    texte: 'Repository holding the subchart: an `https://` address, an `oci://` registry, or `file://../other-chart` for a local chart.',
    exemple: 'repository: https://charts.bitnami.com/bitnami',
    erreur: 'With a repository alias (`@bitnami`), the repository must have been added with `helm repo add`.',
  },
  'ChartDependency.condition': {
    texte: 'Path of a boolean value that enables or disables the subchart (`redis.enabled`: the `enabled` key under `redis` in `values.yaml`).',
    exemple: 'condition: redis.enabled',
  },
  'ChartDependency.alias': {
    texte: 'Another name for the subchart: its values are then set under this key. Useful to include the same chart twice.',
    exemple: 'alias: cache',
  },
  'ChartDependency.tags': {
    texte: 'Tags that enable several subcharts at once from `tags:` in `values.yaml`.',
    exemple: 'tags:\n  - backend',
  },
  'Kustomization.apiVersion': {
    texte: 'Version of the kustomization format: `kustomize.config.k8s.io/v1beta1` (optional, but clear).',
    exemple: 'apiVersion: kustomize.config.k8s.io/v1beta1',
  },
  'Kustomization.kind': {
    texte: '`Kustomization` for a folder that produces objects, `Component` for a reusable piece included with `components:`.',
    exemple: 'kind: Kustomization',
  },
  'Kustomization.resources': {
    texte: 'What this kustomization assembles: manifest files and folders that hold a `kustomization.yaml` themselves (a base). Paths are relative to this file’s folder.',
    exemple: 'resources:\n  - ../../base\n  - ingress.yaml',
    erreur: 'From an overlay `dev/`, the base is at `../base`, not `./base`: the path starts from the folder of the `kustomization.yaml`.',
  },
  'Kustomization.bases': {
    texte: 'Old way to name bases, replaced by `resources:` (which accepts folders).',
    exemple: 'resources:\n  - ../base',
    erreur: '`bases` is deprecated: move its entries into `resources`.',
  },
  'Kustomization.components': {
    texte: 'Components (`kind: Component`) added to this kustomization: reusable pieces (an option, a feature) shared by several overlays.',
    exemple: 'components:\n  - ../components/monitoring',
  },
  'Kustomization.patches': {
    texte: 'Changes applied to the objects of the resources: a file (`path`) or a text (`patch`), as a strategic merge or a JSON Patch, with an optional `target` choosing the objects.',
    exemple: 'patches:\n  - path: replicas.yaml\n  - target:\n      kind: Deployment\n      name: frontend\n    patch: |-\n      - op: replace\n        path: /spec/replicas\n        value: 3',
    erreur: 'Under `target:`, `kind` and `name` must be indented one level: at the level of `target`, they do not fill it and the patch targets nothing.',
  },
  'Kustomization.patchesStrategicMerge': {
    texte: 'Old list of strategic merge patches, replaced by `patches:` (with `path:`).',
    exemple: 'patches:\n  - path: replicas.yaml',
  },
  'Kustomization.configMapGenerator': {
    texte: 'Generates ConfigMaps from values (`literals`), files (`files`) or `.env` files (`envs`). A hash suffix is added to the name, and references to the ConfigMap in the resources are updated: changing a value redeploys the Pods.',
    exemple: 'configMapGenerator:\n  - name: frontend-config\n    literals:\n      - TITLE=Hello',
    erreur: 'The real name becomes `frontend-config-<hash>`: an object not managed by this kustomization cannot hard-code it.',
  },
  'Kustomization.secretGenerator': {
    texte: 'Generates Secrets, like `configMapGenerator`: values base64-encoded for you, hash suffix added to the name.',
    exemple: 'secretGenerator:\n  - name: redis-credentials\n    envs:\n      - redis.env',
    erreur: 'The source file holds the secret in clear text: do not commit it to Git.',
  },
  'Kustomization.generatorOptions': {
    texte: 'Options of every generator of this file: added labels and annotations, or `disableNameSuffixHash: true` to keep the name without a hash.',
    exemple: 'generatorOptions:\n  disableNameSuffixHash: true',
  },
  'Kustomization.nameSuffix': {
    texte: 'Suffix added to every object’s name (`-dev`). References managed by Kustomize (an Ingress’s Service, a Deployment’s ConfigMap…) follow.',
    exemple: 'nameSuffix: -dev',
    erreur: 'A name written in free text (an environment variable, a URL) does not follow: `redis` stays `redis` there while the Service is named `redis-dev`.',
  },
  'Kustomization.namePrefix': {
    texte: 'Prefix added to every object’s name (`dev-`), with references updated as for `nameSuffix`.',
    exemple: 'namePrefix: dev-',
  },
  'Kustomization.namespace': {
    texte: 'Namespace given to every object (it replaces the manifests’ one).',
    exemple: 'namespace: monster-dev',
    erreur: 'The namespace itself must exist (or be one of the resources) before applying.',
  },
  'Kustomization.labels': {
    texte: 'Labels added to the objects; with `includeSelectors: true`, also to selectors and Pod templates.',
    exemple: 'labels:\n  - pairs:\n      env: dev\n    includeSelectors: true',
    erreur: 'Changing a label included in the selectors of an existing Deployment is refused by the API (immutable selector): it must be recreated.',
  },
  'Kustomization.commonLabels': {
    texte: 'Old form of `labels:`: labels are added to the objects **and** to every selector.',
    exemple: 'labels:\n  - pairs:\n      env: dev\n    includeSelectors: true',
  },
  'Kustomization.commonAnnotations': {
    texte: 'Annotations added to every object.',
    exemple: 'commonAnnotations:\n  team: web',
  },
  'Kustomization.images': {
    texte: 'Changes the containers’ image without touching the manifests: `name` is the image as written in the resources, `newName` and `newTag` (or `digest`) replace it.',
    exemple: 'images:\n  - name: tecp1/monstericon\n    newTag: "2.0"',
    erreur: '`name` must be the manifests’ image, without its tag: otherwise nothing is replaced.',
  },
  'Kustomization.replicas': {
    texte: 'Sets the number of replicas of a Deployment or StatefulSet named here, without writing a patch.',
    exemple: 'replicas:\n  - name: frontend\n    count: 3',
  },
  'Image.name': {
    texte: 'The image to replace, as written in the manifests (without the tag).',
    exemple: 'name: redis',
  },
  'Image.newName': {
    texte: 'The new image name (another repository or registry).',
    exemple: 'newName: registry.example.org/redis',
  },
  'Image.newTag': {
    texte: 'The new tag of the image.',
    exemple: 'newTag: "7.2"',
    erreur: 'Quote the tag: `7.10` without quotes becomes the number `7.1`.',
  },
  'Patch.path': {
    texte: 'File of the patch, relative to the folder of this `kustomization.yaml`.',
    exemple: 'path: replicas.yaml',
  },
  'Patch.patch': {
    texte: 'The patch written right here (strategic merge or JSON Patch), often as a `|-` block.',
    exemple: 'patch: |-\n  - op: replace\n    path: /spec/replicas\n    value: 3',
  },
  'Patch.target': {
    texte: 'The objects the patch targets: `kind`, `name`, `namespace`, `labelSelector`… indented under `target:`.',
    exemple: 'target:\n  kind: Deployment\n  name: frontend',
    erreur: 'A patch whose target matches no object makes the render fail: check `kind` and `name`.',
  },
  'Generator.name': {
    texte: 'Base name of the generated object (a hash suffix is added to it).',
    exemple: 'name: frontend-config',
  },
  'Generator.literals': {
    texte: '`KEY=value` pairs written directly.',
    exemple: 'literals:\n  - TITLE=Hello',
  },
  'Generator.files': {
    texte: 'Files whose content becomes a key (named like the file, or `key=file`).',
    exemple: 'files:\n  - nginx.conf',
  },
  'Generator.envs': {
    texte: '`.env` files whose every `KEY=value` line becomes a key.',
    exemple: 'envs:\n  - config.env',
  },
  'Generator.behavior': {
    texte: 'In an overlay, what to do with a generator of the same name in the base: `create` (default), `merge` (add or replace keys) or `replace` (replace everything).',
    exemple: 'behavior: merge',
    erreur: '`merge` and `replace` require a generator of the same name in a base: otherwise the render fails.',
  },
};
