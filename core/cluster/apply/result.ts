// Shapes of an apply run's results (shared by the engine, the CLI, the VS Code adapter and the labs).
import type { Lang } from '../rbacWords';
import type { ClusterErrorInfo } from '../errors';
import type { ApiObjectRef, K8sObject } from '../types';
import type { TextRange } from './lineIndex';
import type { ManifestProblem } from './manifests';

export interface ApplyRunOptions {
  /** Server dry-run only (`kubectl apply --server-side --dry-run=server`). */
  dryRun?: boolean;
  /** Take ownership of fields managed by someone else (`--force-conflicts`). */
  force?: boolean;
  /** Explicit namespace (`--namespace`): objects without one go there; a different one in a manifest is an error. */
  namespace?: string;
  /** Extra labels merged into every object's metadata.labels (labs mark what they create). */
  labels?: Record<string, string>;
  /** Follow sub-folders (`kubectl -R`). */
  recursive?: boolean;
  concurrency?: number;
  lang?: Lang;
}

export type Outcome = 'created' | 'configured' | 'unchanged' | 'failed' | 'notApplied' | 'skipped';

/** An object of the batch, with the scope discovery gave its kind. */
export type ResolvedRef = ApiObjectRef & { namespaced: boolean };

export interface ManifestDiagnostic {
  file: string;
  range: TextRange;
  severity: 'error' | 'warning';
  message: string;
  /** Stable code: unknownField, duplicateField, invalidValue, requiredValue, conflict, forbidden, unknownKind, yaml, admissionWarning… */
  code: string;
}

export interface ObjectResult {
  file: string;
  index: number;
  /** Range of the whole document. */
  range: TextRange;
  ref?: ResolvedRef;
  outcome: Outcome;
  /** Where it failed. */
  phase?: 'parse' | 'prepare' | 'dryRun' | 'apply';
  problem?: ManifestProblem;
  error?: ClusterErrorInfo;
  /** Applied later without a dry run: its namespace or CRD is created by the same batch. */
  deferred?: 'namespace' | 'crd';
  warnings: string[];
  diagnostics: ManifestDiagnostic[];
  /** Live object before (undefined when absent). */
  before?: K8sObject;
  /** We were not allowed to read it before. */
  beforeUnknown?: boolean;
  /** Object returned by the apply (or by the dry run). */
  after?: K8sObject;
}

export interface ApplyReport {
  dryRun: boolean;
  force: boolean;
  /** Something was sent for real (false when a dry run failed or in dry-run mode). */
  applied: boolean;
  /** No object failed. */
  ok: boolean;
  /** At least one field-manager conflict (409): the caller may offer to force. */
  conflicts: boolean;
  results: ObjectResult[];
  diagnostics: ManifestDiagnostic[];
  context: string;
  namespace: string;
}
