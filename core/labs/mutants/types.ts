// Mutation testing of labs: a mutation is a typical student mistake (« mutant ») or a valid way of writing the same
// thing (« alternative »). Each module finds its sites in a manifest file's text through the `yaml` AST and rewrites
// only the characters concerned, so comments and formatting stay. No vscode import.
import type { Lang } from '../../i18n';

export type Path = (string | number)[];

export interface ParsedResource {
  kind: string;
  name: string;
  /** Index of the YAML document in its file. */
  doc: number;
  object: Record<string, unknown>;
}

/** Every manifest of the folder (file → resources), for mutations that need another object (ports, selectors). */
export interface MutationContext {
  resources: { file: string; resource: ParsedResource }[];
}

export interface MutationSite {
  file: string;
  /** `Kind/name` of the mutated resource. */
  resource: string;
  /** Path of the mutated field in the resource (for relevance and for the generated checks). */
  path: Path;
  /** Value before the mutation, when it is a scalar. */
  before?: unknown;
  /** Value after the mutation, when it is a scalar. */
  after?: unknown;
}

export interface Candidate {
  site: MutationSite;
  /** The whole file's text with this mutation applied. */
  apply(): string;
}

export interface Mutation {
  /** Stable id (used in lab.yaml's `mutants.acceptés`). */
  id: string;
  nature: 'mutant' | 'alternative';
  /** Kinds this mutation applies to. */
  kinds: readonly string[];
  /** Fields it changes (documentation; `*` = any element). */
  fields: readonly string[];
  /** Diagnostic code this mistake relates to (mutants), when the engine knows it. */
  diagnostic?: string;
  title: Record<Lang, string>;
  /** Sites of this mutation in one file. */
  find(file: string, text: string, ctx: MutationContext): Candidate[];
}

export function siteKey(mutationId: string, s: MutationSite): string {
  return `${mutationId}|${s.file}|${s.resource}|${s.path.join('.')}`;
}

export function pathText(p: Path): string {
  return p.map((x, i) => (typeof x === 'number' ? `[${x}]` : `${i ? '.' : ''}${/^[A-Za-z0-9_-]+$/.test(x) ? x : `["${x}"]`}`)).join('');
}
