// A render's result as the analysis engine receives it: pure data (URIs and texts), produced by the adapters
// (language server, CLI) from a ka-render response and the source files they read.
import type { RenderFailure, RenderedFile } from './protocol';

export interface RenderOutcome {
  kind: 'helm' | 'kustomize';
  /** URI of the chart or overlay folder (no trailing slash). */
  dirUri: string;
  /** Source texts used to place findings (templates, helpers, values files, kustomizations, bases, patches), by URI. */
  sources: Map<string, string>;
  /** Helm: values.yaml then the `-f` files, in order (the last one that sets a key wins). */
  valuesUris: string[];
  /** Helm: one entry per template (`monsterchart/templates/deployment.yaml`); Kustomize: one entry (name ''). */
  files: RenderedFile[];
  error?: RenderFailure;
  /** Time spent rendering, in ms (helper time). */
  ms: number;
}

/** Joins a relative POSIX path to a folder URI (`file:///a/b` + `../c/d.yaml`). */
export function joinUri(dirUri: string, rel: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(rel)) return rel;
  const m = /^([a-z][a-z0-9+.-]*:\/\/[^/]*)(.*)$/i.exec(dirUri);
  const prefix = m ? m[1] : '';
  const parts = (m ? m[2] : dirUri).split('/');
  if (rel.startsWith('/')) parts.length = 1;
  for (const seg of rel.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') { if (parts.length > 1) parts.pop(); continue; }
    parts.push(encodeURIComponent(seg).replace(/%40/g, '@'));
  }
  return prefix + parts.join('/');
}
