// Types of a guided lab as read from `lab.yaml`. The keys are French (they are what instructors write);
// `schemas/lab.schema.json` is the single description of the file, these types mirror it.
// No vscode import: the CLI and the tests use this module.

export type Environment = 'local' | 'sspcloud-lecture' | 'sspcloud-edition';
export const ENVIRONMENTS: readonly Environment[] = ['local', 'sspcloud-lecture', 'sspcloud-edition'];

export type Level = 'débutant' | 'intermédiaire' | 'avancé';

/** `{ app: redis }`: a label selector written as a map (matchLabels semantics). */
export type LabelMap = Record<string, string>;

interface CheckBase {
  /** French message shown when the check fails (Instruqt's fail-message). */
  échec: string;
  /** Optional short label of the check; a French description is generated otherwise. */
  titre?: string;
}

// ---- workspace checks (run on the language server's analysis engine) ----

export interface ManifestExistsCheck extends CheckBase {
  type: 'manifeste.existe';
  /** `Kind/name`, e.g. `Service/redis`. */
  ressource: string;
  fichier?: string;
}

export interface FieldExpectation {
  égal?: unknown;
  /** Regular expression (JavaScript syntax) that the value, as text, must match. */
  correspond?: string;
  /** Map: every key/value is present; list: contains the element; text: contains the substring. */
  contient?: unknown;
  min?: number;
  max?: number;
  /** true: the field must be absent (or null). */
  absent?: boolean;
}

export interface ManifestFieldCheck extends CheckBase, FieldExpectation {
  type: 'manifeste.champ';
  ressource: string;
  /** Path such as `spec.template.spec.containers[0].env[name=REDIS_URL].value`; `[*]` means "some element". */
  chemin: string;
  fichier?: string;
}

export interface ManifestSelectorCheck extends CheckBase {
  type: 'manifeste.selecteur';
  /** The resource whose selector is checked: a Service, Deployment, ReplicaSet, StatefulSet, DaemonSet or Job. */
  source: string;
  /** The workload whose Pod template labels (or the Pod whose labels) must be selected. */
  cible: string;
}

export interface NoDiagnosticCheck extends CheckBase {
  type: 'manifeste.sans-diagnostic';
  /** Codes that must be absent; when omitted, no diagnostic of severity « erreur » may remain. */
  codes?: string[];
  fichier?: string;
}

export interface DiagnosticPresentCheck extends CheckBase {
  type: 'manifeste.diagnostic';
  code: string;
  fichier?: string;
}

export interface FileExistsCheck extends CheckBase {
  type: 'fichier.existe';
  fichier: string;
}

export interface FileContainsCheck extends CheckBase {
  type: 'fichier.contient';
  fichier: string;
  /** Regular expression, multiline; the file must contain a match. */
  correspond: string;
}

export interface SecretValueCheck extends CheckBase {
  type: 'manifeste.secret';
  /** `Secret/name`. */
  ressource: string;
  clé: string;
  /** Expected decoded value (exact: a trailing newline counts). */
  valeur: string;
}

// ---- cluster checks (current namespace, polled with a timeout) ----

interface ClusterCheckBase extends CheckBase {
  /** Seconds to keep polling before the check fails. */
  délai?: number;
}

export interface ClusterExistsCheck extends ClusterCheckBase, FieldExpectation {
  type: 'cluster.existe' | 'cluster.absent';
  /** `Kind/name`, or only `Kind` together with `sélecteur`. */
  ressource: string;
  sélecteur?: LabelMap;
  /** cluster.existe only: some matching object must also have this field meet the expectation. */
  chemin?: string;
}

export interface ClusterFieldCheck extends ClusterCheckBase, FieldExpectation {
  type: 'cluster.champ';
  ressource: string;
  chemin: string;
}

export interface DeploymentReadyCheck extends ClusterCheckBase {
  type: 'cluster.deployment-pret';
  deployment: string;
  réplicas: number;
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
  sélecteur: LabelMap;
  /** How many Ready Pods must have been created after the step started (default 1). */
  min?: number;
  /** Every Ready Pod matching the selector was created after the step started. */
  tous?: boolean;
}

export interface ContainerRestartedCheck extends ClusterCheckBase {
  type: 'cluster.redemarrages';
  sélecteur: LabelMap;
  conteneur?: string;
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
  raison: string;
  /** `Kind/name` of the object the event is about, or only `Kind`. */
  objet?: string;
  /** Only events that happened after the step started (default true). */
  depuisEtape?: boolean;
}

// ---- command (opt-in, trusted workspaces only) ----

export interface CommandCheck extends CheckBase {
  type: 'commande';
  /** Program and arguments (no shell). */
  commande: string[];
  /** Expected exit code (default 0). */
  code?: number;
  sortie?: string;
  délai?: number;
}

export type WorkspaceCheck =
  | ManifestExistsCheck | ManifestFieldCheck | ManifestSelectorCheck | NoDiagnosticCheck | DiagnosticPresentCheck
  | FileExistsCheck | FileContainsCheck | SecretValueCheck;
export type ClusterCheck =
  | ClusterExistsCheck | ClusterFieldCheck | DeploymentReadyCheck | EndpointsCheck | PodsRecreatedCheck
  | ContainerRestartedCheck | RevisionsCheck | EventCheck;
export type Check = WorkspaceCheck | ClusterCheck | CommandCheck;
export type CheckType = Check['type'];

// ---- résoudre: actions that make a step pass ----

export type SolveAction =
  | 'solution'
  | { appliquer: string[] }
  | { supprimer: string }
  | { 'supprimer-pods': { sélecteur: LabelMap; nombre?: number } }
  | { échelle: { deployment: string; réplicas: number } }
  | { redémarrer: { deployment: string } }
  | { annuler: { deployment: string } }
  | { 'créer-job': { cronjob: string; job: string } }
  | { attendre: number };

export interface Step {
  id: string;
  titre: string;
  /** Markdown file of the step, relative to the lab folder. */
  texte: string;
  environnements?: Environment[];
  /** Files of the working folder the step is about (« Ouvrir », « Appliquer les fichiers de l'étape »). */
  fichiers?: string[];
  vérifications: Check[];
  indices?: string[];
  résoudre?: SolveAction[];
  optionnelle?: boolean;
}

export interface LabDefinition {
  id: string;
  titre: string;
  résumé?: string;
  niveau: Level;
  /** Minutes. */
  durée: number;
  prérequis?: string[];
  sources?: string[];
  environnements: Environment[];
  étapes: Step[];
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
  return c.type.startsWith('manifeste.') || c.type.startsWith('fichier.');
}
