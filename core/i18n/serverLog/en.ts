// English lines of the language server's log: same keys and placeholders as fr.ts.
import type { ServerLogKey } from './fr';

export const en: Record<ServerLogKey, string> = {
  'trace.scanFound': '{n} YAML files found',
  'trace.scanRead': 'files read',
  'trace.analysis': 'analysis {read} ms (reading) + {rules} ms (rules, sending), {cpu} ms of CPU; {files} file(s) changed',
  'analysisFailed': 'analysis failed: {error}',
  'renderFailed': 'rendering failed: {error}',
};
