// What the schema validator finds. Ranges are offsets relative to the parsed YAML document (node ranges); the
// rule adds the document's base offset. Paths are printed with `pathText` (`spec.containers[0].image`).
import type { JsonType } from './types';

export type Segment = string | number;

export type IssueKind =
  | 'unknown-field'
  | 'wrong-type'
  | 'missing-required'
  | 'enum-case'
  | 'enum'
  | 'quantity'
  | 'memory-milli'
  | 'int-or-string-number'
  | 'pattern'
  | 'min-length'
  | 'max-length'
  | 'minimum'
  | 'maximum'
  | 'min-items'
  | 'max-items'
  | 'min-properties'
  | 'unique-items'
  | 'const'
  | 'no-branch'
  /** The apiVersion is served, but this kind lives in another API group (KA042). */
  | 'api-mismatch'
  /** A served built-in apiVersion that has no such kind (never an error: could be a typo or a future kind). */
  | 'unknown-kind';

export interface IssueEdit {
  /** Document-relative offsets. */
  start: number;
  end: number;
  newText: string;
}

/** Where an unknown field would be valid: higher up (`up`) or deeper inside (`down`). */
export interface Relocation {
  direction: 'up' | 'down';
  /** Full path where the field belongs, with `[]` for list items: spec.template.spec.containers[].image */
  path: Segment[];
  /** Levels of indentation between the field and its place (for up). */
  levels: number;
}

export interface SchemaIssue {
  kind: IssueKind;
  start: number;
  end: number;
  /** Path of the value concerned (for missing-required: of the object that lacks the field). */
  path: Segment[];
  /** The field concerned (unknown or missing field, or the last key of path). */
  field?: string;
  expected?: JsonType | 'int-or-string' | 'quantity' | string;
  actual?: JsonType;
  /** The value as written (scalar text), for messages. */
  value?: string;
  allowed?: unknown[];
  /** Corrected field name or value, when one is obvious. */
  suggestion?: string;
  moved?: Relocation;
  limit?: number;
  /** A safe edit that fixes the issue (key rename, quotes, case…). */
  fix?: IssueEdit[];
  /** A more specific wording of the same issue (e.g. 'container-restart-policy', 'both' for apiVersion+kind). */
  variant?: string;
  /** The property's description in the schema (lab.schema.json: French), for messages. */
  description?: string;
}

/** `spec.template.spec.containers[0].image`; `[]` for the -1 index used by relocations. */
export function pathText(path: readonly Segment[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += seg < 0 ? '[]' : `[${seg}]`;
    else out += out ? `.${seg}` : seg;
  }
  return out;
}
