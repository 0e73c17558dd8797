// Core types of the analysis engine. This folder imports no vscode, no vscode-languageserver, no fs, no network:
// it takes text and returns findings with offsets, so the LSP server, the CLI and the tests share it.

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type { Lang } from '../i18n';

/** Half-open range of offsets [start, end) into one file's text. */
export interface OffsetRange {
  start: number;
  end: number;
}

export type MessageArgs = Record<string, string | number>;

/** A place in another (or the same) file that explains a finding: "the Deployment whose labels differ". */
export interface RelatedPlace {
  uri: string;
  range: OffsetRange;
  /** Catalogue key of the short text shown next to the place. */
  messageKey: string;
  args: MessageArgs;
}

export interface TextEdit {
  uri: string;
  range: OffsetRange;
  newText: string;
}

/** A quick fix offered where the fix is obvious. */
export interface Fix {
  /** Catalogue key of the fix's title. */
  titleKey: string;
  args: MessageArgs;
  edits: TextEdit[];
  preferred?: boolean;
  /**
   * New files the fix creates (their text comes from the edits at offset 0). An adapter never changes a file
   * that already exists on disk: it drops that creation and the edits of that file.
   */
  creates?: string[];
}

export interface Finding {
  /** Stable code, e.g. KA010 (never renumbered; its page is docs/regles/KA010-….md). */
  code: string;
  /**
   * Catalogue key of the message when a code has several wordings (e.g. `KA017.pvc`); defaults to `code`.
   * Every key is present in both the French and the English catalogue (checked by a meta-test).
   */
  messageKey?: string;
  severity: Severity;
  uri: string;
  range: OffsetRange;
  /** Values for the catalogue message's {placeholders}. */
  args: MessageArgs;
  related?: RelatedPlace[];
  fixes?: Fix[];
}
