// Types of a guided lab. `lab.yaml`'s keys are French (they are what instructors write, described by
// `schemas/lab.schema.json`); the loader maps them to these English names (fromYaml.ts, one table: the French key
// is given in each field's comment). Values (check types, levels, environments) stay as written.
// No vscode import: the CLI and the tests use this module.

export type Environment = 'local' | 'sspcloud-lecture' | 'sspcloud-edition';
export const ENVIRONMENTS: readonly Environment[] = ['local', 'sspcloud-lecture', 'sspcloud-edition'];

export type Level = 'débutant' | 'intermédiaire' | 'avancé';

/** `{ app: redis }`: a label selector written as a map (matchLabels semantics). */
export type LabelMap = Record<string, string>;

interface CheckBase {
  /** French message shown when the check fails (Instruqt's fail-message). */
  /** `échec` */
  failMessage: string;
  /** Optional short label of the check; a French description is generated otherwise. */
  /** `titre` */
  title?: string;
}

// ---- workspace checks (run on the language server's analysis engine) ----

export interface ManifestExistsCheck extends CheckBase {
  type: 'manifeste.existe';
  /** `Kind/name`, e.g. `Service/redis`. */
  /** `ressource` */
  resource: string;
  /** `fichier` */
  file?: string;
}

export interface FieldExpectation {
  /** `égal` */
  equals?: unknown;
  /** Regular expression (JavaScript syntax) that the value, as text, must match. */
  /** `correspond` */
  matches?: string;
  /** Map: every key/value is present; list: contains the element; text: contains the substring. */
  /** `contient` */
  contains?: unknown;
  min?: number;
  max?: number;
  /** true: the field must be absent (or null). */
  absent?: boolean;
}

export interface ManifestFieldCheck extends CheckBase, FieldExpectation {
  type: 'manifeste.champ';
  /** `ressource` */
  resource: string;
  /** Path such as `spec.template.spec.containers[0].env[name=REDIS_URL].value`; `[*]` means "some element". */
  /** `chemin` */
  path: string;
  /** `fichier` */
  file?: string;
}

export interface ManifestSelectorCheck extends CheckBase {
  type: 'manifeste.selecteur';
  /** The resource whose selector is checked: a Service, Deployment, ReplicaSet, StatefulSet, DaemonSet, Job or NetworkPolicy (`spec.podSelector`). */
  source: string;
  /** Another LabelSelector of the source, e.g. `spec.ingress[0].from[0].podSelector` (`{}` = every Pod). */
  /** `chemin` */
  path?: string;
  /** The workload whose Pod template labels (or the Pod whose labels) must be selected. */
  /** `cible` */
  target: string;
}

export interface NoDiagnosticCheck extends CheckBase {
  type: 'manifeste.sans-diagnostic';
  /** Codes that must be absent; when omitted, no diagnostic of severity `error` may remain. */
  codes?: string[];
  /** `fichier` */
  file?: string;
}

export interface DiagnosticPresentCheck extends CheckBase {
  type: 'manifeste.diagnostic';
  code: string;
  /** `fichier` */
  file?: string;
}

export interface FileExistsCheck extends CheckBase {
  type: 'fichier.existe';
  /** `fichier` */
  file: string;
}

export interface FileContainsCheck extends CheckBase {
  type: 'fichier.contient';
  /** `fichier` */
  file: string;
  /** `correspond`: regular expression, multiline; the file must contain a match. */
  matches: string;
}

export interface SecretValueCheck extends CheckBase {
  type: 'manifeste.secret';
  /** `Secret/name`. */
  /** `ressource` */
  resource: string;
  /** `clé` */
  key: string;
  /** Expected decoded value (exact: a trailing newline counts). */
  /** `valeur` */
  value: string;
}

/** A field (or the existence) of an object in the render of a Helm chart or a Kustomize overlay of the working folder. */
export interface RenderFieldCheck extends CheckBase, FieldExpectation {
  type: 'rendu.existe' | 'rendu.champ';
  /** Folder of the chart (holding Chart.yaml) or of the overlay (holding kustomization.yaml). */
  /** `rendu` */
  render: string;
  /** Helm: extra values files (`-f`), relative to the working folder. */
  /** `valeurs` */
  values?: string[];
  /** `Kind/name` as rendered (`Deployment/frontend-dev`), or only `Kind` when the render has one object of that kind. */
  /** `ressource` */
  resource: string;
  /** rendu.champ: the field, as in manifeste.champ. */
  /** `chemin` */
  path?: string;
}

// ---- cluster checks (current namespace, polled with a timeout) ----

interface ClusterCheckBase extends CheckBase {
  /** Seconds to keep polling before the check fails. */
  /** `délai` (seconds) */
  timeout?: number;
}

export interface ClusterExistsCheck extends ClusterCheckBase, FieldExpectation {
  type: 'cluster.existe' | 'cluster.absent';
  /** `Kind/name`, or only `Kind` together with `sélecteur`. */
  /** `ressource` */
  resource: string;
  /** `sélecteur` */
  selector?: LabelMap;
  /** cluster.existe only: some matching object must also have this field meet the expectation. */
  /** `chemin` */
  path?: string;
}

export interface ClusterFieldCheck extends ClusterCheckBase, FieldExpectation {
  type: 'cluster.champ';
  /** `ressource` */
  resource: string;
  /** `chemin` */
  path: string;
}

export interface DeploymentReadyCheck extends ClusterCheckBase {
  type: 'cluster.deployment-pret';
  deployment: string;
  /** `réplicas` */
  replicas: number;
}

export interface EndpointsCheck extends ClusterCheckBase {
  type: 'cluster.endpoints';
  service: string;
  min?: number;
  max?: number;
  /** When set, the ready endpoints must be on this port number. */
  port?: number;
}

export interface PodsRecreatedCheck extends ClusterCheckBase {
  type: 'cluster.pods-recrees';
  /** `sélecteur` */
  selector: LabelMap;
  /** How many Ready Pods must have been created after the step started (default 1). */
  min?: number;
  /** Every Ready Pod matching the selector was created after the step started. */
  /** `tous` */
  all?: boolean;
}

export interface ContainerRestartedCheck extends ClusterCheckBase {
  type: 'cluster.redemarrages';
  /** `sélecteur` */
  selector: LabelMap;
  /** `conteneur` */
  container?: string;
  /** Minimum restartCount on some matching Pod (default 1). */
  min?: number;
}

export interface RevisionsCheck extends ClusterCheckBase {
  type: 'cluster.revisions';
  deployment: string;
  min: number;
}

export interface EventCheck extends ClusterCheckBase {
  type: 'cluster.evenement';
  /** `raison` */
  reason: string;
  /** `Kind/name` of the object the event is about, or only `Kind`. */
  /** `objet` */
  object?: string;
  /** Only events that happened after the step started (default true). */
  /** `depuisEtape` */
  sinceStepStart?: boolean;
}

export interface AccessCheck extends ClusterCheckBase {
  type: 'cluster.autorisation';
  /** A ServiceAccount of the current namespace, whose rights are checked (like `kubectl auth can-i --as=…`). */
  /** `compte` */
  serviceAccount: string;
  /** `verbe`: get, list, watch, create, update, patch, delete… */
  verb: string;
  /** Resource in the plural, optionally with a subresource: `pods`, `pods/log`, `deployments`. */
  /** `ressource` */
  resource: string;
  /** API group of the resource: '' (the core group, default), `apps`, `batch`… */
  /** `groupe` */
  group?: string;
  /** Expected answer (default true); false: the ServiceAccount must NOT have this right. */
  /** `autorisé` */
  allowed?: boolean;
}

// ---- command (opt-in, trusted workspaces only) ----

export interface CommandCheck extends CheckBase {
  type: 'commande';
  /** Program and arguments (no shell). */
  /** `commande` */
  command: string[];
  /** Expected exit code (default 0). */
  code?: number;
  /** `sortie` */
  output?: string;
  /** `délai` (seconds) */
  timeout?: number;
}

export type WorkspaceCheck =
  | ManifestExistsCheck | ManifestFieldCheck | ManifestSelectorCheck | NoDiagnosticCheck | DiagnosticPresentCheck
  | FileExistsCheck | FileContainsCheck | SecretValueCheck | RenderFieldCheck;
export type ClusterCheck =
  | ClusterExistsCheck | ClusterFieldCheck | DeploymentReadyCheck | EndpointsCheck | PodsRecreatedCheck
  | ContainerRestartedCheck | RevisionsCheck | EventCheck | AccessCheck;
export type Check = WorkspaceCheck | ClusterCheck | CommandCheck;
export type CheckType = Check['type'];

// ---- résoudre (solve): actions that make a step pass ----

export type SolveAction =
  | 'solution'
  | { apply: string[] } // appliquer
  | { applyRender: string } // appliquer-rendu: folder of a chart or an overlay (`kubectl apply -k`)
  | { delete: string } // supprimer
  | { deletePods: { selector: LabelMap; count?: number } } // supprimer-pods: { sélecteur, nombre }
  | { scale: { deployment: string; replicas: number } } // échelle: { deployment, réplicas }
  | { restart: { deployment: string } } // redémarrer
  | { undo: { deployment: string } } // annuler
  | { createJob: { cronjob: string; job: string } } // créer-job
  | { wait: number }; // attendre

export interface Step {
  id: string;
  /** `titre` */
  title: string;
  /** `texte`: Markdown file of the step, relative to the lab folder. */
  text: string;
  /** `environnements` */
  environments?: Environment[];
  /** `fichiers`: files of the working folder the step is about (« Ouvrir », « Appliquer les fichiers de l'étape »). */
  files?: string[];
  /** `vérifications` */
  checks: Check[];
  /** `indices` */
  hints?: string[];
  /** `résoudre` */
  solve?: SolveAction[];
  /** `optionnelle` */
  optional?: boolean;
}

export interface LabDefinition {
  id: string;
  /** `titre` */
  title: string;
  /** `résumé` */
  summary?: string;
  /** `niveau` */
  level: Level;
  /** `durée`, in minutes. */
  duration: number;
  /** `prérequis` */
  prerequisites?: string[];
  sources?: string[];
  /** `environnements` */
  environments: Environment[];
  /** `étapes` */
  steps: Step[];
  /** `mutants`: outcomes of `lab verify --mutants` the author accepts. */
  mutants?: MutantSettings;
}

/** `mutants: { acceptés: [...] }` */
export interface MutantSettings {
  /** `acceptés` */
  accepted?: AcceptedMutant[];
}

export interface AcceptedMutant {
  /** Mutation id, e.g. `selecteur-service-faute` or `cles-reordonnees`. */
  mutant: string;
  /** `étape`: only in this step. */
  step?: string;
  /** `ressource`: only on this `Kind/name`. */
  resource?: string;
  /** `raison` */
  reason: string;
}

/** A lab loaded from a folder. */
export interface Lab {
  /** Absolute folder holding lab.yaml. */
  dir: string;
  origin: 'extension' | 'espace';
  def: LabDefinition;
  /** Markdown of each step, by step id. */
  markdown: Record<string, string>;
  /** Relative paths of the starter files (under depart/). */
  startFiles: string[];
  /** Relative paths of each step's solution files (under solution/<step id>/), by step id. */
  solutionFiles: Record<string, string[]>;
}

export function isClusterCheck(c: Check): c is ClusterCheck {
  return c.type.startsWith('cluster.');
}

export function isWorkspaceCheck(c: Check): c is WorkspaceCheck {
  return c.type.startsWith('manifeste.') || c.type.startsWith('fichier.') || c.type.startsWith('rendu.');
}
