// Public types of the workspace model: files → documents → resources. Ranges stored on yaml nodes are
// relative to their document; `doc.base` is the document's offset in the file (it moves when an earlier
// document is edited, without re-parsing this one). Use `rangeOf(doc, node)` (index/ranges.ts) for file offsets.
import type { Document, Node, Pair, YAMLMap } from 'yaml';
import type { Finding } from '../model';

/** What a file is, decided from its path and content. Only `manifest` files get Kubernetes rules. */
export type FileKind =
  | 'manifest' // Kubernetes manifests (or YAML that may be one)
  | 'helm-template' // Go templates (`{{ … }}`): not parsed at all
  | 'kustomization' // kustomization.yaml: only its paths are checked
  | 'tooling'; // docker-compose, CI workflows, Chart.yaml, values.yaml, skaffold, lab.yaml…: YAML syntax only

/**
 * Why a file gets no Kubernetes rule (`helm-template` or `tooling`), for the notice KA104 shown on open files.
 * `lab` files are checked against the lab format (KA160): they get no notice.
 */
export type NotAnalysedReason =
  | 'helm-template' | 'compose' | 'github-actions' | 'github' | 'helm-values' | 'helm-chart' | 'ci' | 'tooling' | 'lab';

export interface YamlIssue {
  /** `yaml`'s error code (DUPLICATE_KEY, TAB_AS_INDENT, MISSING_CHAR…) or our own (e.g. MISSING_SEPARATOR). */
  code: string;
  /** Offsets relative to the document. */
  start: number;
  end: number;
  warning: boolean;
  /** The parser's English message, used only to pick a French wording. */
  detail: string;
}

export interface ManifestDoc {
  uri: string;
  /** Offset of the document's first character in the file (updated when an earlier document changes). */
  base: number;
  /** Index of the document in its file (0-based). */
  index: number;
  text: string;
  yaml: Document.Parsed;
  issues: YamlIssue[];
  /** True when the document has YAML errors that make its structure unreliable (duplicate keys do not count). */
  broken: boolean;
  /** The Kubernetes objects of this document: one, or one per item of a `List`. */
  resources: Resource[];
  /** Set when the document left the model (its file changed or was removed): caches referring to it are stale. */
  dead?: boolean;
  /** Engine cache: findings of document-scoped rules, computed at `cacheBase`. */
  cache?: { findings: Finding[]; base: number; key: string };
}

export interface ManifestFile {
  uri: string;
  text: string;
  kind: FileKind;
  /** Why a `helm-template` or `tooling` file is not analysed as a manifest. */
  reason?: NotAnalysedReason;
  docs: ManifestDoc[];
  /** Set when the file was not analysed (binary or too large); the notice is reported as KA101. */
  skipped?: 'binary' | 'too-large';
  /** Size in bytes (or characters) of a skipped file. */
  skippedSize?: number;
  /** Offsets of line starts, built lazily by `lineStarts(file)`. */
  lineStartsCache?: number[];
}

export interface Resource {
  uri: string;
  doc: ManifestDoc;
  /** The object's mapping node (the document root, or an item of a `List`). */
  node: YAMLMap<unknown, unknown>;
  /** Index in the `List` items, when the object comes from a `List`. */
  listIndex?: number;
  apiVersion?: string;
  /** The API group (`apps`, `networking.k8s.io`, '' for core v1). */
  group?: string;
  kind?: string;
  name?: string;
  /** `metadata.namespace` as written. */
  explicitNamespace?: string;
  /** Effective namespace: explicit one, else `default`; '' for cluster-scoped kinds. */
  namespace: string;
  labels: Map<string, string>;
  /** True when apiVersion + kind look like a Kubernetes API object (not kustomize, skaffold, kubeconfig…). */
  isKubernetes: boolean;
  /** The pod template of a workload (or the Pod itself). */
  podTemplate?: PodTemplate;
  /** References to other objects by name (ConfigMaps, Secrets, Services…), for rules and go-to-definition. */
  references: Reference[];
}

export interface PodTemplate {
  owner: Resource;
  /** Dotted path from the object to the template ('' for a Pod, 'spec.template' for a Deployment…). */
  path: string;
  /** The template's `metadata` mapping (the object's own for a Pod). */
  metadata?: YAMLMap<unknown, unknown>;
  labels: Map<string, string>;
  labelsNode?: YAMLMap<unknown, unknown>;
  /** The pod spec mapping. */
  spec?: YAMLMap<unknown, unknown>;
  containers: Container[];
}

export interface Container {
  name?: string;
  node: YAMLMap<unknown, unknown>;
  /** `initContainers` (and ephemeral containers) do not serve traffic. */
  init: boolean;
  ports: ContainerPort[];
}

export interface ContainerPort {
  containerPort?: number;
  name?: string;
  protocol: string;
  node: YAMLMap<unknown, unknown>;
}

export type ReferenceKind = 'ConfigMap' | 'Secret' | 'ServiceAccount' | 'PersistentVolumeClaim' | 'Service' | 'Role' | 'ClusterRole' | 'IngressClass'
  // Targets of a HorizontalPodAutoscaler's scaleTargetRef.
  | 'Deployment' | 'StatefulSet' | 'ReplicaSet';

export interface Reference {
  owner: Resource;
  targetKind: ReferenceKind;
  name: string;
  /** Namespace where the target must live ('' when cluster-scoped). */
  namespace: string;
  /** Key inside a ConfigMap/Secret (configMapKeyRef, secretKeyRef, volume items). */
  key?: string;
  optional: boolean;
  /** Where it comes from, e.g. `envFrom`, `env`, `volume`, `imagePullSecrets`, `serviceAccountName`, `ingress`,
   * `ingressTls`, `roleRef`, `subjects`, `scaleTargetRef`. */
  via: string;
  nameNode: Node;
  keyNode?: Node;
  /** The pair that holds the name (`name: x`), for precise ranges. */
  namePair?: Pair<Node, Node | null>;
  /** Port of a Service reference (Ingress backends): number or name. */
  port?: number | string;
  portNode?: Node;
}

/** Query of `findResources`: every field is optional; `namespace` is the effective namespace. */
export interface ResourceQuery {
  kind?: string;
  name?: string;
  namespace?: string;
  apiVersion?: string;
  uri?: string;
}
