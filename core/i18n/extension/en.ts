// English texts of the extension's own notifications: same keys and placeholders as fr.ts.
import type { ExtensionKey } from './fr';

export const en: Record<ExtensionKey, string> = {
  checkWorkspaceClean: 'no problem found in the workspace manifests. Well done!',
  checkWorkspaceSummary: '{errors}, {warnings} and {hints} in {files}. See the Problems panel for details.',
  'errors.one': '{n} error',
  'errors.other': '{n} errors',
  'warnings.one': '{n} warning',
  'warnings.other': '{n} warnings',
  'hints.one': '{n} hint',
  'hints.other': '{n} hints',
  'files.one': '{n} file',
  'files.other': '{n} files',
  clusterStartFailed: 'the cluster features could not start ({detail}).',
};
