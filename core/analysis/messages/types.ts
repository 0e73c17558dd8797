import type { Severity } from '../model';

/** Catalogue of one language: message key → text with `{placeholders}`. Keys: codes (`KA010`), variants
 * (`KA017.pvc`), fix titles (`fix.…`), related-information texts (`related.…`), YAML parser errors (`yaml.…`). */
export type MessageCatalogue = Record<string, string>;

export interface CodeInfo {
  /** File name (without `.md`) of the rule's page in docs/regles/. */
  slug: string;
  severity: Severity;
  /** Short French title of the rule (used by the docs index and the CLI's SARIF rules). */
  title: string;
  /** English title. */
  titleEn: string;
}
