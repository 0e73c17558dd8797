// The text of the « Aperçu du rendu »: the rendered YAML of a chart or overlay as `helm template` / `kustomize build`
// print it, each object preceded by `# Source:` (the template for Helm, the file the object came from for Kustomize,
// read from the origin annotation that ka-render turns on, then removed). Pure: a RenderOutcome in, text out.
import { isMap, parseDocument } from 'yaml';
import type { Lang } from '../i18n';
import { hv } from '../i18n/helmValues';
import type { RenderOutcome } from './outcome';
import { relativeName } from './values';

/** Header lines, then the objects. `title`: the chart or overlay folder as the user sees it. */
export function previewText(outcome: RenderOutcome, title: string, lang: Lang): string {
  const head = [hv(lang, 'preview.header', { target: title })];
  if (outcome.kind === 'helm' && outcome.valuesUris.length) {
    head.push(hv(lang, 'preview.values', { files: outcome.valuesUris.map((u) => relativeName(outcome.dirUri, u)).join(', ') }));
  }
  if (outcome.error) return `${[...head, ...outcome.error.message.split('\n').map((l, i) => (i === 0 ? hv(lang, 'preview.error', { message: l }) : `#   ${l}`))].join('\n')}\n`;
  const parts: string[] = [];
  if (outcome.kind === 'helm') {
    for (const f of outcome.files) {
      for (const chunk of f.text.split(/^---[ \t]*$/m)) {
        const body = chunk.replace(/^\n+/, '').trimEnd();
        if (!/^[ \t]*[^\s#]/m.test(body)) continue;
        parts.push(`---\n# Source: ${f.name}\n${body.replace(/^# Source: .*\n/, '')}\n`);
      }
    }
  } else {
    const text = outcome.files[0]?.text ?? '';
    for (const chunk of text.split(/^---[ \t]*$/m)) {
      if (!/^[ \t]*[^\s#]/m.test(chunk)) continue;
      const doc = parseDocument(chunk);
      let source = '';
      const md = isMap(doc.contents) ? doc.contents.get('metadata') : undefined;
      const annotations = isMap(md) ? md.get('annotations') : undefined;
      if (isMap(annotations)) {
        const raw = annotations.get('config.kubernetes.io/origin');
        if (typeof raw === 'string') {
          const o = parseDocument(raw).toJS() as Record<string, unknown> | null;
          source = String(o?.path ?? o?.configuredIn ?? '');
        }
        annotations.delete('config.kubernetes.io/origin');
        if (annotations.items.length === 0 && isMap(md)) md.delete('annotations');
      }
      parts.push(`---\n${source ? `# Source: ${source}\n` : ''}${doc.toString({ lineWidth: 0 }).trimEnd()}\n`);
    }
  }
  return `${head.join('\n')}\n${parts.join('')}`;
}

/** What the server says of the chart or overlay a file belongs to (`kubeApprenti/rendu/cible` and the choice requests). */
export interface RenderTargetInfo {
  kind: 'helm' | 'kustomize';
  /** The chart or overlay folder previewed for this file. */
  dirUri: string;
  /** The folder relative to its workspace folder (`monsterchart`, `kustomize/overlays/dev`). */
  title: string;
  /** Helm: values files of the chart folder that may be chosen, and the chosen ones (in order). */
  valuesCandidates: string[];
  values: string[];
  /** Kustomize: the overlays that render this file (the student may choose one). */
  overlays: string[];
}
