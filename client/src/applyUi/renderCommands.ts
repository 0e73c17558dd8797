// « Appliquer le rendu » / « Diff » on a chart's Chart.yaml or an overlay's kustomization.yaml: the target is rendered
// by ka-render (the renderer of the diagnostics, open editors' texts included), then goes through the same
// server-side apply (dry run first), French report and diff view as plain manifests. A render error: a French
// message, nothing applied.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { RendererClient } from '../../../core/render/client';
import type { RenderTarget } from '../../../core/render/detect';
import { renderApplyCommand, renderForApply, type RenderedForApply } from '../../../core/render/forApply';
import { prefixed } from '../../../core/i18n';
import { renderMsg } from '../../../core/i18n/renderApply';
import { log, output } from '../clusterUi/output';
import { gateway } from '../clusterUi/target';
import { currentLang } from '../i18n';
import { runApply, type ApplyUiDeps } from './applyCommands';
import { runDiff, type DiffContentProvider } from './diffCommand';
import type { Target } from './documents';

export const CHART_FILE = /^Chart\.ya?ml$/;
export const KUSTOMIZATION_FILE = /^(kustomization\.ya?ml|Kustomization)$/;

let client: RendererClient | undefined;

/** Stops the renderer helper (extension deactivation). */
export function disposeRenderClient(): void {
  client?.dispose();
  client = undefined;
}

/** The chart or overlay of a Chart.yaml / kustomization.yaml (undefined for another file or a Kustomize Component). */
export function renderTargetOf(file: string, text?: string): RenderTarget | undefined {
  const name = path.basename(file);
  if (CHART_FILE.test(name)) return { kind: 'helm', dir: path.dirname(file) };
  if (KUSTOMIZATION_FILE.test(name) && !/^kind:[ \t]*["']?Component\b/m.test(text ?? '')) return { kind: 'kustomize', dir: path.dirname(file) };
  return undefined;
}

/** Extra values files of a chart (`values-dev.yaml`, `values.prod.yaml`), sorted. */
function extraValues(dir: string): string[] {
  try {
    return fs.readdirSync(dir).filter((n) => /^values[-_.].+\.ya?ml$/.test(n)).sort().map((n) => path.join(dir, n));
  } catch {
    return [];
  }
}

/** The target of the command: its argument (CodeLens, explorer) or the active editor. */
function resolveFile(uri?: vscode.Uri): { file: string; text?: string } | undefined {
  const u = uri instanceof vscode.Uri ? uri : vscode.window.activeTextEditor?.document.uri;
  if (!u || u.scheme !== 'file') return undefined;
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === u.toString());
  return { file: u.fsPath, text: open?.getText() };
}

async function render(uri: vscode.Uri | undefined, values: string[] | undefined, dryRun: boolean): Promise<{ target: Target; rendered: RenderedForApply } | undefined> {
  const lang = currentLang();
  const at = resolveFile(uri);
  let text = at?.text;
  if (at && text === undefined) { try { text = fs.readFileSync(at.file, 'utf8'); } catch { /* read by the renderer */ } }
  const rt = at ? renderTargetOf(at.file, text) : undefined;
  if (!rt) {
    void vscode.window.showWarningMessage(prefixed(lang, renderMsg(lang, 'noTarget')));
    return undefined;
  }
  let chosen = values;
  if (rt.kind === 'helm' && chosen === undefined) {
    const extra = extraValues(rt.dir);
    chosen = [];
    if (extra.length) {
      const picked = await vscode.window.showQuickPick(
        [{ label: renderMsg(lang, 'onlyDefaults'), files: [] as string[] }, ...extra.map((f) => ({ label: path.basename(f), description: 'values.yaml + ', files: [f] }))],
        { placeHolder: renderMsg(lang, 'pickValues') },
      );
      if (!picked) return undefined;
      chosen = picked.files;
    }
  }
  const gw = gateway();
  if (!gw) return undefined;
  const overrides = new Map<string, string>();
  for (const d of vscode.workspace.textDocuments) if (d.uri.scheme === 'file' && d.isDirty) overrides.set(d.uri.fsPath, d.getText());
  const cwd = vscode.workspace.getWorkspaceFolder(vscode.Uri.file(rt.dir))?.uri.fsPath;
  const kubeVersion = vscode.workspace.getConfiguration('kubeApprenti').get<string>('versionKubernetes') || undefined;
  client ??= new RendererClient();
  const c = client;
  const rendered = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: prefixed(lang, renderMsg(lang, 'rendering', { dir: path.relative(cwd ?? '', rt.dir) || path.basename(rt.dir) })) },
    () => renderForApply(c, rt, { values: chosen, overrides, kubeVersion, namespace: rt.kind === 'helm' ? gw.namespace : undefined, cwd, lang, dryRun }),
  );
  if (rendered.error) {
    log(['', rendered.error, renderMsg(lang, 'commandLine', { command: rendered.command })]);
    void vscode.window.showErrorMessage(prefixed(lang, rendered.error), renderMsg(lang, 'showDetails')).then((a) => { if (a) output().show(true); });
    return undefined;
  }
  const command = (o: { dryRun: boolean; force: boolean; context?: string }) => {
    const base = renderApplyCommand(rt, { release: rendered.release, values: chosen, cwd, namespace: rt.kind === 'helm' ? gw.namespace : undefined, context: o.context, dryRun: o.dryRun });
    return o.force ? `${base} --force-conflicts` : base;
  };
  return { rendered, target: { docs: rendered.docs, files: [], stdin: false, rendered: { command } } };
}

/** « Appliquer le rendu »: render, then the apply of plain manifests (server dry run first, French report). */
export async function applyRender(deps: ApplyUiDeps, uri?: vscode.Uri, values?: string[]): Promise<unknown> {
  const r = await render(uri, values, false);
  return r ? runApply(deps, r.target, false) : undefined;
}

/** « Diff » of a render: the same diff view as plain manifests. */
export async function diffRender(provider: DiffContentProvider, deps: ApplyUiDeps, uri?: vscode.Uri, values?: string[]): Promise<unknown> {
  const r = await render(uri, values, true);
  return r ? runDiff(provider, deps.diagnostics, r.target) : undefined;
}
