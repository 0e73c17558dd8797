// Completion items of the pure engine (the LSP adapter converts them).
import type { OffsetRange } from '../model';

export type EntryKind = 'field' | 'value' | 'enum' | 'reference' | 'snippet' | 'label' | 'kind';

export interface CompletionEntry {
  label: string;
  kind: EntryKind;
  /** Text inserted; a snippet (with ${1:…} placeholders) when `isSnippet`. Indentation is relative to the line. */
  insertText: string;
  isSnippet: boolean;
  detail?: string;
  /** Markdown. */
  documentation?: string;
  sortText?: string;
  filterText?: string;
  /** File offsets replaced by the item (the word being typed). */
  range: OffsetRange;
  preselect?: boolean;
}
