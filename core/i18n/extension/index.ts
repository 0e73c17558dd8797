// The extension's own notifications (check of the workspace, start-up failure), product prefix included.
import { domain, type Lang, msg, plural, prefixed } from '..';
import { en } from './en';
import { fr, type ExtensionKey } from './fr';

export const extensionText = domain<ExtensionKey>('extension', fr, en);

export interface CheckCounts { errors: number; warnings: number; hints: number; files: number }

/** « Kube Apprenti : 2 erreurs, 1 avertissement et 0 conseil dans 3 fichiers. … » (or the « Bravo » when clean). */
export function checkWorkspaceText(lang: Lang, c: CheckCounts): string {
  if (c.files === 0) return prefixed(lang, msg(extensionText, lang, 'checkWorkspaceClean'));
  const p = (k: string, n: number) => plural(extensionText, lang, k, n);
  return prefixed(lang, msg(extensionText, lang, 'checkWorkspaceSummary', {
    errors: p('errors', c.errors), warnings: p('warnings', c.warnings), hints: p('hints', c.hints), files: p('files', c.files),
  }));
}

export function clusterStartFailedText(lang: Lang, detail: string): string {
  return prefixed(lang, msg(extensionText, lang, 'clusterStartFailed', { detail }));
}
