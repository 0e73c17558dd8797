// The contract of a rule. One rule per file (rules/<id>.ts), listed explicitly in rules/registry.ts.
// A rule never builds text: it reports a stable code, a range and the arguments of the catalogue message.
import type { Finding, MessageArgs, OffsetRange, RelatedPlace, Fix, Severity } from '../model';
import type { ManifestDoc, ManifestFile, Resource } from '../index/types';
import type { ManifestIndex } from '../index/manifestIndex';
import type { ManifestWorkspace } from '../index/workspace';

/** What a rule reports; the engine fills `uri` (document rules) and the default severity of the code. */
export interface Report {
  code: string;
  /** Catalogue key when the code has several wordings (`KA017.pvc`); defaults to `code`. */
  messageKey?: string;
  range: OffsetRange;
  args?: MessageArgs;
  /** Overrides the code's default severity (see messages/codes.ts). */
  severity?: Severity;
  related?: RelatedPlace[];
  fixes?: Fix[];
  /** File of the finding; document rules may omit it (it is the document's file). */
  uri?: string;
}

export interface DocRuleContext {
  file: ManifestFile;
  doc: ManifestDoc;
  /** The Kubernetes-looking objects of the document (one, or the items of a List); [] for non-manifest files. */
  resources: Resource[];
  report(r: Report): void;
}

export interface WorkspaceRuleContext {
  workspace: ManifestWorkspace;
  index: ManifestIndex;
  report(r: Report & { uri: string }): void;
  /**
   * Runs `compute` (which reports findings about `key`, usually a resource) unless it already ran for the same
   * key with the same `deps` (topic versions such as `index.topic('tpl:default')`): then its findings are reused,
   * moved with their documents. This keeps a one-line edit cheap in a workspace of thousands of objects.
   * `slot` separates several memos of one rule for the same key.
   */
  memo(key: object, deps: readonly unknown[], compute: () => void, slot?: string): void;
}

interface RuleBase {
  /** kebab-case identifier, equal to the file name. */
  id: string;
  /** Every code this rule can report. */
  codes: readonly string[];
}

/** Looks at one document at a time; its findings are cached until the document's text changes. */
export interface DocRule extends RuleBase {
  scope: 'document';
  check(ctx: DocRuleContext): void;
}

/** Looks across files (through the index); re-run after any change of the workspace. */
export interface WorkspaceRule extends RuleBase {
  scope: 'workspace';
  check(ctx: WorkspaceRuleContext): void;
}

export type Rule = DocRule | WorkspaceRule;

export type { Finding };
