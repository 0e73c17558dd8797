// Coded errors of the labs engine (no vscode import). Code deep in core/labs does not know the user's language, so
// it throws a LabError: a catalogue key of core/i18n/labErrors and its arguments. Where the error is caught and shown
// (the check runner, `lab check`, toLabError for the CLI and the panel), errorText renders it in the user's language,
// as describeWriteError does for ClusterError and RolloutError.
import type { Args, Lang } from '../i18n';
import { type LabErrorKey, le } from '../i18n/labErrors';

export class LabError extends Error {
  constructor(readonly key: LabErrorKey, readonly args: Args = {}) {
    // The French text (the product's default language) for a catch that does not render it.
    super(le('fr', key, args));
    this.name = 'LabError';
  }

  /** The message in `lang`. */
  text(lang: Lang): string {
    return le(lang, this.key, this.args);
  }
}

/** The message of any caught error in `lang`: a LabError's text in that language, else the error's own message. */
export function errorText(err: unknown, lang: Lang): string {
  if (err instanceof LabError) return err.text(lang);
  return err instanceof Error ? err.message : String(err);
}
