// « Appliquer le rendu » / « Diff » on a chart or an overlay: render it with ka-render (the renderer the diagnostics
// use), turn the rendered objects into manifest documents for the same server-side apply as plain manifests, and say
// which commands do the same (`kubectl apply -k dev/`, `helm template … | kubectl apply --server-side -f -`).
// A render error gives a French message (the diagnostic's sentence and where it is) and no document. No vscode.
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMap, parseAllDocuments, stringify } from 'yaml';
import { renderErrorFindings } from '../analysis/render/renderErrors';
import { formatMessage } from '../analysis/messages';
import { parseManifestText, type ManifestDoc } from '../cluster/apply/manifests';
import { kubectlApplyCommand } from '../cluster/apply/report';
import type { Lang } from '../i18n';
import { renderMsg } from '../i18n/renderApply';
import type { RendererClient } from './client';
import type { RenderTarget } from './detect';
import { renderTarget, type RenderOptions } from './prepare';

export interface RenderForApplyOptions extends Pick<RenderOptions, 'values' | 'set' | 'kubeVersion' | 'overrides' | 'timeoutMs'> {
  namespace?: string;
  /** Folder the equivalent commands are relative to (the workspace folder). */
  cwd?: string;
  context?: string;
  dryRun?: boolean;
  lang?: Lang;
}

export interface RenderedForApply {
  target: RenderTarget;
  /** Helm release name (`helm template <release> ./chart`). */
  release?: string;
  /** Rendered objects, one document each, `file` = the source file they came from (template, base file…). */
  docs: ManifestDoc[];
  /** French (or English) explanation of a render failure: nothing is to be applied. */
  error?: string;
  /** What a student would type to do the same. */
  command: string;
}

/** Annotations Kustomize adds for the editor (origin of each object): not sent to the cluster (`kubectl apply -k` does not add them). */
const EDITOR_ANNOTATIONS = [/^config\.kubernetes\.io\/origin$/, /^internal\.config\.kubernetes\.io\//, /^config\.k8s\.io\/id$/];

/** A Helm release name from a chart folder (`monsterchart`), as `helm template` accepts it. */
export function releaseNameFor(dir: string): string {
  const base = path.basename(dir).toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '');
  return (base || 'release').slice(0, 53);
}

const q = (s: string): string => (/^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);

function rel(cwd: string | undefined, p: string): string {
  if (!cwd) return p;
  const r = path.relative(cwd, p);
  if (!r) return '.';
  return r.startsWith('..') || path.isAbsolute(r) ? p : `./${r}`;
}

/** `kubectl apply --server-side … -k dev/` or `helm template r ./chart -f values-dev.yaml | kubectl apply --server-side … -f -`. */
export function renderApplyCommand(target: RenderTarget, o: { release?: string; values?: string[]; set?: string[]; cwd?: string; namespace?: string; context?: string; dryRun?: boolean }): string {
  const dir = rel(o.cwd, target.dir).replace(/\/?$/, '/');
  if (target.kind === 'kustomize') {
    return kubectlApplyCommand({ files: [], namespace: o.namespace, context: o.context, dryRun: o.dryRun }).replace(/^kubectl apply/, `kubectl apply -k ${q(dir)}`);
  }
  const helm = ['helm', 'template', q(o.release ?? releaseNameFor(target.dir)), q(dir.replace(/\/$/, ''))];
  for (const v of o.values ?? []) helm.push('-f', q(rel(o.cwd, v).replace(/^\.\//, '')));
  for (const s of o.set ?? []) helm.push('--set', q(s));
  if (o.namespace) helm.push('-n', q(o.namespace));
  return `${helm.join(' ')} | ${kubectlApplyCommand({ files: [], stdin: true, namespace: o.namespace, context: o.context, dryRun: o.dryRun })}`;
}

/** The file an object came from: Kustomize's origin annotation, or the Helm template. */
function originFile(target: RenderTarget, fileName: string, obj: Record<string, unknown>): string {
  if (target.kind === 'helm') return path.join(target.dir, fileName.slice(fileName.indexOf('/') + 1));
  const ann = ((obj.metadata as Record<string, unknown> | undefined)?.annotations ?? {}) as Record<string, unknown>;
  const origin = typeof ann['config.kubernetes.io/origin'] === 'string' ? ann['config.kubernetes.io/origin'] : '';
  const m = /^\s*(?:path|configuredIn):\s*["']?([^\s"']+)/m.exec(origin);
  return m ? path.resolve(target.dir, m[1]) : path.join(target.dir, 'kustomization.yaml');
}

function withoutEditorAnnotations(obj: Record<string, unknown>): Record<string, unknown> {
  const meta = obj.metadata as Record<string, unknown> | undefined;
  const ann = meta?.annotations as Record<string, unknown> | undefined;
  if (!meta || !ann || typeof ann !== 'object') return obj;
  const kept = Object.fromEntries(Object.entries(ann).filter(([k]) => !EDITOR_ANNOTATIONS.some((re) => re.test(k))));
  const { annotations: _dropped, ...rest } = meta;
  return { ...obj, metadata: Object.keys(kept).length ? { ...rest, annotations: kept } : rest };
}

/** The rendered objects of a ka-render answer (one document per object, editor annotations removed). */
export function renderedDocs(target: RenderTarget, files: { name: string; text: string }[]): ManifestDoc[] {
  const docs: ManifestDoc[] = [];
  for (const f of files) {
    for (const d of parseAllDocuments(f.text)) {
      if (d.errors.length || !isMap(d.contents)) continue;
      const obj = d.toJS() as Record<string, unknown>;
      if (!obj || (obj.apiVersion === undefined && obj.kind === undefined)) continue;
      const text = stringify(withoutEditorAnnotations(obj), { lineWidth: 0 });
      for (const doc of parseManifestText(text, originFile(target, f.name, obj))) docs.push({ ...doc, index: docs.length });
    }
  }
  return docs;
}

/** Where a finding is, for a message: `dev/kustomization.yaml:6`. */
function where(uri: string, text: string | undefined, offset: number, cwd?: string): string {
  let file = uri;
  try { file = fileURLToPath(uri); } catch { /* not a file URI */ }
  const line = text ? text.slice(0, offset).split('\n').length : 1;
  return `${rel(cwd, file).replace(/^\.\//, '')}:${line}`;
}

/** Renders the target and returns what to apply, or the render error in a sentence. */
export async function renderForApply(client: RendererClient, target: RenderTarget, opts: RenderForApplyOptions = {}): Promise<RenderedForApply> {
  const lang = opts.lang ?? 'fr';
  const release = target.kind === 'helm' ? releaseNameFor(target.dir) : undefined;
  const command = renderApplyCommand(target, { release, values: opts.values, set: opts.set, cwd: opts.cwd, namespace: opts.namespace, context: opts.context, dryRun: opts.dryRun });
  const outcome = await renderTarget(client, target, {
    values: opts.values, set: opts.set, kubeVersion: opts.kubeVersion, overrides: opts.overrides, timeoutMs: opts.timeoutMs,
    release, namespace: opts.namespace,
  });
  if (outcome.error) {
    const f = renderErrorFindings(outcome)[0];
    const detail = f
      ? renderMsg(lang, 'errorAt', { message: formatMessage(f.messageKey ?? f.code, f.args, lang), where: where(f.uri, outcome.sources.get(f.uri), f.range.start, opts.cwd) })
      : outcome.error.message;
    return { target, release, docs: [], error: renderMsg(lang, target.kind === 'helm' ? 'failedHelm' : 'failedKustomize', { detail }), command };
  }
  const docs = renderedDocs(target, outcome.files);
  if (docs.length === 0) return { target, release, docs, error: renderMsg(lang, 'empty', { dir: rel(opts.cwd, target.dir) }), command };
  return { target, release, docs, command };
}
