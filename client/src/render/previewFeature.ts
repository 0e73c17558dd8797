// « Aperçu du rendu »: a read-only virtual YAML document (scheme `ka-apercu`) showing the rendered chart or overlay
// of a file, asked from the language server (the same ka-render process as the diagnostics) and refreshed when the
// server says the render changed; the status bar item and CodeLenses that show and change the values files (Helm)
// or the previewed overlay (Kustomize). Lives in the extension bundle, beside the language client; its commands are
// in client/src/commands/table.ts.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { hv } from '../../../core/i18n/helmValues';
import type { RenderTargetInfo } from '../../../core/render/preview';
import { currentLang } from '../i18n';

export const PREVIEW_SCHEME = 'ka-apercu';

/** What the commands of the table call. */
export interface RenderPreview {
  /** Opens the preview of the chart or overlay of `uri` (default: the active editor's file). */
  open(uri?: vscode.Uri): Promise<vscode.TextEditor | undefined>;
  /** Lets the student choose the values files (chart) or the overlay (Kustomize) of `uri`. */
  choose(uri?: vscode.Uri): Promise<void>;
}

const TOOL_FILES = '**/{Chart.yaml,Chart.yml,kustomization.yaml,kustomization.yml,templates/**/*.yaml,templates/**/*.yml,templates/**/*.tpl}';

function baseName(uri: string): string {
  const s = uri.replace(/\/$/, '');
  return decodeURIComponent(s.slice(s.lastIndexOf('/') + 1));
}

export function registerRenderPreview(context: vscode.ExtensionContext, client: LanguageClient): RenderPreview {
  const changed = new vscode.EventEmitter<vscode.Uri>();
  /** Open previews: virtual URI → the chart or overlay folder it shows (from the last answer). */
  const shown = new Map<string, string>();
  const lenses = new vscode.EventEmitter<void>();
  let timer: NodeJS.Timeout | undefined;
  const pendingDirs = new Set<string>();

  const previewUri = (source: vscode.Uri, title: string) =>
    vscode.Uri.from({ scheme: PREVIEW_SCHEME, path: `/${title}/rendu.yaml`, query: source.toString() });

  context.subscriptions.push(changed, lenses, vscode.workspace.registerTextDocumentContentProvider(PREVIEW_SCHEME, {
    onDidChange: changed.event,
    async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
      const res = await client.sendRequest<{ dirUri: string; text: string }>('kubeApprenti/rendu/apercu', { uri: uri.query });
      shown.set(uri.toString(), res.dirUri);
      return res.text;
    },
  }));
  context.subscriptions.push(vscode.workspace.onDidCloseTextDocument((d) => { shown.delete(d.uri.toString()); }));

  const target = async (uri: vscode.Uri | undefined): Promise<RenderTargetInfo | null> => {
    if (!uri || uri.scheme !== 'file') return null;
    try {
      return await client.sendRequest<RenderTargetInfo | null>('kubeApprenti/rendu/cible', { uri: uri.toString() });
    } catch {
      return null;
    }
  };

  // Status bar: the values files or the overlay of the active file's chart or overlay.
  const status = vscode.window.createStatusBarItem('kubeApprenti.rendu', vscode.StatusBarAlignment.Left, 50);
  status.command = 'kubeApprenti.rendu.choisirValeurs';
  context.subscriptions.push(status);
  const label = (t: RenderTargetInfo) => (t.kind === 'helm'
    ? ['values.yaml', ...t.values.map(baseName)].join(', ')
    : t.title);
  const refreshStatus = async () => {
    const editor = vscode.window.activeTextEditor;
    const t = await target(editor?.document.uri);
    if (!t) { status.hide(); return; }
    const lang = currentLang();
    status.text = t.kind === 'helm' ? hv(lang, 'status.values', { files: label(t) }) : hv(lang, 'status.overlay', { overlay: label(t) });
    status.tooltip = t.kind === 'helm' ? hv(lang, 'status.valuesTooltip', { chart: t.title }) : hv(lang, 'status.overlayTooltip');
    status.show();
  };
  context.subscriptions.push(vscode.window.onDidChangeActiveTextEditor(() => { void refreshStatus(); }));
  void refreshStatus();

  // The server rendered a chart or overlay again: the previews that show it are asked again (debounced).
  context.subscriptions.push(client.onNotification('kubeApprenti/rendu/modifie', (p: { dirUri: string }) => {
    pendingDirs.add(p.dirUri);
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      const dirs = new Set(pendingDirs);
      pendingDirs.clear();
      for (const [uri, dir] of shown) if (dirs.has(dir) || dir === '') changed.fire(vscode.Uri.parse(uri));
      lenses.fire();
      void refreshStatus();
    }, 100);
  }));

  // CodeLenses on Chart.yaml, kustomization.yaml and templates: the preview and the values / overlay choice.
  context.subscriptions.push(vscode.languages.registerCodeLensProvider({ scheme: 'file', pattern: TOOL_FILES }, {
    onDidChangeCodeLenses: lenses.event,
    async provideCodeLenses(doc: vscode.TextDocument): Promise<vscode.CodeLens[]> {
      const t = await target(doc.uri);
      if (!t) return [];
      const lang = currentLang();
      const top = new vscode.Range(0, 0, 0, 0);
      return [
        new vscode.CodeLens(top, { title: hv(lang, 'lens.preview'), command: 'kubeApprenti.rendu.apercu', arguments: [doc.uri] }),
        new vscode.CodeLens(top, {
          title: t.kind === 'helm' ? hv(lang, 'lens.values', { files: label(t) }) : hv(lang, 'lens.overlay', { overlay: label(t) }),
          command: 'kubeApprenti.rendu.choisirValeurs', arguments: [doc.uri],
        }),
      ];
    },
  }));

  const fileOf = (uri?: vscode.Uri) => (uri instanceof vscode.Uri ? uri : vscode.window.activeTextEditor?.document.uri);

  return {
    async open(arg?: vscode.Uri) {
      const uri = fileOf(arg);
      const lang = currentLang();
      const t = await target(uri);
      if (!uri || !t) {
        void vscode.window.showInformationMessage(hv(lang, 'preview.none'));
        return undefined;
      }
      const doc = await vscode.workspace.openTextDocument(previewUri(uri, t.title));
      if (doc.languageId !== 'yaml') await vscode.languages.setTextDocumentLanguage(doc, 'yaml');
      return vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true, preview: false });
    },
    async choose(arg?: vscode.Uri) {
      const uri = fileOf(arg);
      const lang = currentLang();
      const t = await target(uri);
      if (!uri || !t) {
        void vscode.window.showInformationMessage(hv(lang, 'preview.none'));
        return;
      }
      if (t.kind === 'helm') {
        const items = t.valuesCandidates.map((u) => ({ label: baseName(u), uri: u, picked: t.values.includes(u) }));
        const picked = await vscode.window.showQuickPick(items, { canPickMany: true, title: hv(lang, 'pick.valuesTitle', { chart: t.title }), placeHolder: hv(lang, 'pick.valuesPlaceholder') });
        if (!picked) return;
        await client.sendRequest('kubeApprenti/rendu/choisirValeurs', { chartDirUri: t.dirUri, values: picked.map((p) => p.uri) });
      } else {
        const items = t.overlays.map((u) => ({ label: u === t.dirUri ? `$(check) ${baseName(u)}` : baseName(u), description: vscode.workspace.asRelativePath(vscode.Uri.parse(u)), uri: u }));
        const picked = await vscode.window.showQuickPick(items, { title: hv(lang, 'pick.overlayTitle'), placeHolder: hv(lang, 'pick.overlayPlaceholder') });
        if (!picked) return;
        await client.sendRequest('kubeApprenti/rendu/choisirOverlay', { uri: uri.toString(), overlayDirUri: picked.uri });
      }
      lenses.fire();
      await refreshStatus();
      for (const u of shown.keys()) changed.fire(vscode.Uri.parse(u));
    },
  };
}
