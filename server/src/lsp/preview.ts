// Custom requests of the « Aperçu du rendu » and of the values file / overlay choice. The client shows the preview as a
// read-only virtual document and asks again when the server says a render changed (`kubeApprenti/rendu/modifie`).
//   kubeApprenti/rendu/cible          { uri }                      → RenderTargetInfo | null
//   kubeApprenti/rendu/apercu         { uri }                      → { dirUri, text }
//   kubeApprenti/rendu/choisirValeurs { chartDirUri, values: [] }  → RenderTargetInfo | null
//   kubeApprenti/rendu/choisirOverlay { uri, overlayDirUri }       → RenderTargetInfo | null
import { readdirSync } from 'node:fs';
import type { Connection } from 'vscode-languageserver';
import { RenderRegistry } from '../../../core/analysis/render/renders';
import { previewText, type RenderTargetInfo } from '../../../core/render/preview';
import { hv } from '../../../core/i18n/helmValues';
import type { ServerContext } from './context';
import type { RenderSync } from './renders';
import { normalizeUri, pathToUri, uriToPath } from './uris';

const dirUriOf = (p: string) => pathToUri(p).replace(/\/$/, '');

export function register(connection: Connection, ctx: ServerContext, renders: RenderSync): void {
  const titleOf = (dirUri: string): string => {
    const folder = ctx.workspaceFolders().map((f) => f.replace(/\/$/, '')).filter((f) => dirUri === f || dirUri.startsWith(`${f}/`)).sort((a, b) => b.length - a.length)[0];
    const rel = folder ? dirUri.slice(folder.length + 1) : dirUri.slice(dirUri.lastIndexOf('/') + 1);
    try { return decodeURIComponent(rel || dirUri.slice(dirUri.lastIndexOf('/') + 1)); } catch { return rel; }
  };

  const valuesCandidates = (dirUri: string): string[] => {
    const dir = uriToPath(dirUri);
    if (!dir) return [];
    let names: string[] = [];
    try { names = readdirSync(dir); } catch { return []; }
    return names.filter((n) => /\.ya?ml$/i.test(n) && !/^(Chart|values|requirements)\.ya?ml$/i.test(n)).sort().map((n) => `${dirUri}/${encodeURIComponent(n)}`);
  };

  const targetInfo = (rawUri: string): RenderTargetInfo | null => {
    const uri = normalizeUri(rawUri).replace(/\/$/, '');
    const targets = renders.targets().map((t) => ({ ...t, dirUri: dirUriOf(t.dir) }));
    const contains = (t: { dirUri: string }) => uri === t.dirUri || uri.startsWith(`${t.dirUri}/`);
    const chart = targets.filter((t) => t.kind === 'helm' && contains(t)).sort((a, b) => b.dirUri.length - a.dirUri.length)[0];
    if (chart) {
      return { kind: 'helm', dirUri: chart.dirUri, title: titleOf(chart.dirUri), valuesCandidates: valuesCandidates(chart.dirUri), values: ctx.choices.valuesOf(chart.dirUri), overlays: [] };
    }
    const overlays = targets.filter((t) => t.kind === 'kustomize'
      && (contains(t) || renders.outcome(RenderRegistry.keyOf('kustomize', t.dirUri))?.sources.has(uri)));
    if (overlays.length === 0) return null;
    const dirs = overlays.map((t) => t.dirUri);
    const chosen = ctx.choices.overlayOf(uri);
    const own = overlays.filter(contains).sort((a, b) => b.dirUri.length - a.dirUri.length)[0]?.dirUri;
    const dirUri = chosen && dirs.includes(chosen) ? chosen : own ?? dirs[0];
    return { kind: 'kustomize', dirUri, title: titleOf(dirUri), valuesCandidates: [], values: [], overlays: dirs };
  };

  renders.onRendered((dirUri) => { void connection.sendNotification('kubeApprenti/rendu/modifie', { dirUri }); });

  connection.onRequest('kubeApprenti/rendu/cible', (p: { uri: string }) => targetInfo(p.uri));

  connection.onRequest('kubeApprenti/rendu/apercu', async (p: { uri: string }) => {
    const lang = ctx.settings().langue;
    await renders.whenIdle();
    const info = targetInfo(p.uri);
    if (!info) return { dirUri: '', text: `# ${hv(lang, 'preview.none')}\n` };
    const outcome = renders.outcome(RenderRegistry.keyOf(info.kind, info.dirUri));
    if (!outcome) return { dirUri: info.dirUri, text: `${hv(lang, 'preview.header', { target: info.title })}\n${hv(lang, 'preview.pending')}\n` };
    return { dirUri: info.dirUri, text: previewText(outcome, info.title, lang) };
  });

  connection.onRequest('kubeApprenti/rendu/choisirValeurs', async (p: { chartDirUri: string; values: string[] }) => {
    const dirUri = normalizeUri(p.chartDirUri).replace(/\/$/, '');
    ctx.choices.setValues(dirUri, (p.values ?? []).map((u) => normalizeUri(u)));
    await renders.whenIdle();
    return targetInfo(dirUri);
  });

  connection.onRequest('kubeApprenti/rendu/choisirOverlay', (p: { uri: string; overlayDirUri: string }) => {
    const uri = normalizeUri(p.uri).replace(/\/$/, '');
    ctx.choices.setOverlay(uri, normalizeUri(p.overlayDirUri).replace(/\/$/, ''));
    void connection.sendNotification('kubeApprenti/rendu/modifie', { dirUri: normalizeUri(p.overlayDirUri).replace(/\/$/, '') });
    return targetInfo(uri);
  });
}
