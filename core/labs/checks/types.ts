// What a check sees and what it returns. No vscode import.
import type { Check, LabelMap } from '../format/types';
import type { Lang } from '../../i18n/labs';

export type CheckStatus = 'passed' | 'failed' | 'skipped' | 'error';

export interface CheckResult {
  /** Index of the check in the step. */
  index: number;
  type: Check['type'];
  status: CheckStatus;
  /** Short description of what is checked (French or English UI text). */
  title: string;
  /** The lab's French `échec` message, when the check failed. */
  failMessage?: string;
  /** What was found, e.g. « 2 réplicas prêts sur 3 », or why the check could not run. */
  detail?: string;
  /** A failed workspace check explained by a diagnostic of the analysis engine. */
  diagnostic?: DiagnosticHint;
}

/** One manifest document of the lab's working folder, as indexed by the analysis engine. */
export interface WsResource {
  kind: string;
  name: string;
  namespace?: string;
  /** File relative to the working folder, `/` separators. */
  file: string;
  object: Record<string, unknown>;
  /** 1-based first and last lines of the object in its file (when known). */
  lines?: { start: number; end: number };
}

export interface WsDiagnostic {
  code: string;
  file: string;
  severity: 'error' | 'warning' | 'information' | 'hint';
  /** The catalogue's sentence, the same as in the Problems panel. */
  message?: string;
  /** 1-based line of the diagnostic's start. */
  line?: number;
  /** Title of the diagnostic's quick fix, when it has one. */
  fix?: string;
}

/** A diagnostic that explains why a workspace check failed (shown in the lab panel with a link to its line). */
export interface DiagnosticHint {
  code: string;
  /** The catalogue's sentence (Problems panel). */
  message: string;
  /** File relative to the working folder. */
  file: string;
  /** 1-based line. */
  line: number;
  /** Title of the diagnostic's quick fix (the last hint level), when it has one. */
  fix?: string;
}

/** The lab's working folder seen through the analysis engine. */
export interface WorkspaceSnapshot {
  resources: WsResource[];
  diagnostics: WsDiagnostic[];
  /** Text of a file of the working folder, undefined when missing. */
  readFile(rel: string): string | undefined;
  /** Every file of the working folder (relative, `/` separators): what a render of a chart or an overlay reads. */
  files?(): string[];
}

/** Read-only access to the current namespace, as the checks need it. Errors are thrown as LabClusterError. */
export interface ClusterReader {
  readonly namespace: string;
  /** undefined when the object does not exist. */
  get(kind: string, name: string): Promise<Record<string, unknown> | undefined>;
  list(kind: string, selector?: LabelMap, fieldSelector?: string): Promise<Record<string, unknown>[]>;
  /**
   * Asks the API server whether a ServiceAccount of the namespace may do something there (a LocalSubjectAccessReview,
   * like `kubectl auth can-i --as=system:serviceaccount:<ns>:<sa>`). Optional: readers without it cannot run
   * `cluster.autorisation`.
   */
  accessReview?(review: AccessReview): Promise<{ allowed: boolean; reason?: string }>;
}

export interface AccessReview {
  serviceAccount: string;
  verb: string;
  group: string;
  resource: string;
  subresource?: string;
}

/** A cluster failure with a French message (403, unreachable…); the check reports « erreur » with it. */
export class LabClusterError extends Error {
  constructor(message: string, readonly kind: 'forbidden' | 'unreachable' | 'notFound' | 'other' = 'other') {
    super(message);
  }
}

export interface StepClock {
  /** When the student started the step (ms since epoch). */
  startedAt: number;
  /** UIDs of the Pods that existed when the step started, by selector key (see selectorKey). */
  podsAtStart?: Record<string, string[]>;
}

export interface CheckContext {
  lang: Lang;
  workspace?: WorkspaceSnapshot;
  cluster?: ClusterReader;
  clock: StepClock;
  /** Multiplies every cluster timeout (tests use small values; default 1). */
  timeoutScale?: number;
  /** Upper bound of any cluster timeout, in seconds (the panel keeps the student's wait short). */
  maxTimeoutS?: number;
  /** Called before a `commande` check runs; false = refused (untrusted workspace, no confirmation). */
  allowCommand?: (argv: string[]) => Promise<boolean>;
  /** The lab's working folder (absolute), where `commande` checks run. */
  workDir?: string;
  /** Poll interval for cluster checks, ms (default 1000). */
  pollMs?: number;
  signal?: AbortSignal;
}

/** Outcome of one evaluation, before the runner turns it into a CheckResult. */
export interface Evaluation {
  ok: boolean;
  detail?: string;
  /** The failure cannot resolve by itself (the object does not exist): stop polling at once. */
  final?: boolean;
}

export function selectorKey(sel: LabelMap): string {
  return Object.keys(sel).sort().map((k) => `${k}=${sel[k]}`).join(',');
}

export function matchesLabels(labels: unknown, sel: LabelMap): boolean {
  if (!labels || typeof labels !== 'object') return false;
  const l = labels as Record<string, unknown>;
  return Object.entries(sel).every(([k, v]) => l[k] === v);
}
