// « Carte de l’application » (kubeApprenti.carte): one webview panel drawing the namespace's objects, workspace files
// and live cluster together (core/map). It follows the cluster (the tree's watch hub), the workspace files and the
// editor's text, and the diagnostics. A node opens its manifest line, or its live YAML when only the cluster has it.
import * as vscode from 'vscode';
import { stripMarkup, webviewPage } from '../webview/page';
import { prefixed } from '../../../core/i18n';
import { buildMap, mt, type MapGraph } from '../../../core/map';
import { hubObjects, mapWatchKeys, readExtras, type LiveRead } from '../../../core/map/live';
import { isMapViewMessage, type HostToMapView, type MapViewToHost } from '../../../core/map/protocol';
import { keyString } from '../../../core/cluster/watchHub';
import { resourceByKind } from '../../../core/cluster/watchResources';
import type { ConnectionManager } from '../connection/manager';
import { currentLang } from '../i18n';
import { liveUri } from '../inspect/liveYaml';
import { MapFiles } from './mapFiles';

export const MAP_VIEW_TYPE = 'kubeApprenti.carte';
const HUB_OWNER = 'carte';

/** A tree item (namespace or object) or nothing (palette). */
export type MapArg = { namespace?: string; ref?: { namespace?: string } } | undefined;

export class MapController implements vscode.Disposable {
  private panel?: vscode.WebviewPanel;
  private files?: MapFiles;
  private namespace = 'default';
  private graph?: MapGraph;
  private extras?: LiveRead;
  private timer?: ReturnType<typeof setTimeout>;
  private readonly panelDisposables: vscode.Disposable[] = [];
  private hubOff?: () => void;
  private viewReady = false;

  constructor(private readonly extensionUri: vscode.Uri, private readonly conn: ConnectionManager) {}

  /** The graph last drawn (in-host tests read it). */
  get current(): MapGraph | undefined { return this.graph; }

  async open(arg?: MapArg): Promise<void> {
    this.namespace = arg?.namespace ?? arg?.ref?.namespace ?? this.conn.session?.namespace ?? 'default';
    const lang = currentLang();
    if (!this.panel) this.create(lang);
    else this.panel.reveal(undefined, false);
    this.panel!.title = mt(lang, 'ui.titleNs', { namespace: this.namespace });
    this.bindSession(true);
    await this.files!.ready;
    await this.refresh(true);
  }

  private create(lang: ReturnType<typeof currentLang>): void {
    const assets = vscode.Uri.joinPath(this.extensionUri, 'dist', 'webviews');
    const panel = vscode.window.createWebviewPanel(MAP_VIEW_TYPE, mt(lang, 'ui.title'), vscode.ViewColumn.Active, {
      enableScripts: true, retainContextWhenHidden: true, localResourceRoots: [assets],
    });
    this.panel = panel;
    this.viewReady = false;
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'icon.png');
    panel.webview.html = html(panel.webview, assets, lang);
    this.files = new MapFiles();
    this.panelDisposables.push(
      this.files,
      this.files.onDidChange(() => this.schedule(true)),
      vscode.languages.onDidChangeDiagnostics(() => this.schedule(false)),
      this.conn.onDidChange(() => this.bindSession(false)),
      panel.webview.onDidReceiveMessage((m: unknown) => { if (isMapViewMessage(m)) void this.onMessage(m); }),
      panel.onDidDispose(() => this.closed()),
    );
  }

  private bindSession(force: boolean): void {
    this.hubOff?.();
    this.hubOff = undefined;
    const s = this.conn.session;
    if (!s) { if (!force) this.schedule(true); return; }
    s.hub.want(HUB_OWNER, mapWatchKeys(this.namespace));
    const keys = new Set(mapWatchKeys(this.namespace).map(keyString));
    this.hubOff = s.hub.onDidChange((changed) => { if ([...changed].some((k) => keys.has(k))) this.schedule(false); });
    if (!force) this.schedule(true);
  }

  private schedule(rereadExtras: boolean): void {
    if (rereadExtras) this.extras = undefined;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(false), 250);
  }

  async refresh(rereadExtras: boolean): Promise<void> {
    if (!this.panel || !this.files) return;
    const lang = currentLang();
    const s = this.conn.session;
    let live: LiveRead | undefined;
    if (s) {
      if (rereadExtras || !this.extras) this.extras = await readExtras(s.gateway, this.namespace);
      const watched = hubObjects(s.hub, this.namespace);
      live = { objects: [...watched.objects, ...this.extras.objects], kinds: [...watched.kinds, ...this.extras.kinds], unread: [...watched.unread, ...this.extras.unread] };
    }
    this.graph = buildMap({
      namespace: this.namespace, files: this.files.all(), live: live?.objects, liveKinds: live && new Set(live.kinds),
    }, lang);
    countProblems(this.graph);
    const note = !s ? prefixed(lang, mt(lang, 'ui.noCluster')) : live?.unread.length ? mt(lang, 'ui.forbidden', { what: [...live.unread].sort().join(', ') }) : undefined;
    this.post({ type: 'graph', graph: this.graph, lang, note, updated: new Date().toISOString() });
  }

  private post(m: HostToMapView): void {
    if (this.panel && this.viewReady) void this.panel.webview.postMessage(m);
  }

  private async onMessage(m: MapViewToHost): Promise<void> {
    if (m.type === 'ready') { this.viewReady = true; await this.refresh(false); return; }
    if (m.type === 'refresh') { await this.refresh(true); return; }
    await this.openNode(m.id);
  }

  /** Opens a node: its manifest line, else its live YAML. */
  async openNode(id: string): Promise<void> {
    const lang = currentLang();
    const n = this.graph?.nodes.find((x) => x.id === id);
    if (!n) return;
    const column = this.panel?.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One;
    if (n.manifest) {
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(n.manifest.uri));
      const pos = new vscode.Position(n.manifest.line, 0);
      await vscode.window.showTextDocument(doc, { viewColumn: column, selection: new vscode.Range(pos, pos), preview: true });
      return;
    }
    const s = this.conn.session;
    const t = resourceByKind(n.kind);
    if (s && t && n.origin === 'cluster') {
      const ref = { resource: t.id, kind: t.kind, name: n.name, namespace: t.namespaced ? this.namespace : undefined };
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(liveUri(s.context, ref)), { viewColumn: column, preview: true });
      return;
    }
    void vscode.window.showInformationMessage(prefixed(lang, mt(lang, 'ui.noOpen', { kind: n.kind, name: n.name })));
  }

  private closed(): void {
    if (this.timer) clearTimeout(this.timer);
    this.hubOff?.();
    this.hubOff = undefined;
    this.conn.session?.hub.release(HUB_OWNER);
    for (const d of this.panelDisposables.splice(0)) d.dispose();
    this.panel = undefined;
    this.files = undefined;
    this.graph = undefined;
    this.extras = undefined;
  }

  dispose(): void {
    this.panel?.dispose();
  }
}

function html(webview: vscode.Webview, assets: vscode.Uri, lang: ReturnType<typeof currentLang>): string {
  const title = stripMarkup(mt(lang, 'ui.title'));
  const body = `<header><h1>${title}</h1><vscode-button id="refresh" secondary>${stripMarkup(mt(lang, 'ui.refresh'))}</vscode-button></header>
<main id="app" data-ready="false"></main>`;
  return webviewPage(webview, assets, { lang, title, body, script: 'map.js' });
}

/** Errors and warnings of the editor's diagnostics on each node's manifest document (from its line to the next one's). */
function countProblems(graph: MapGraph): void {
  const starts = new Map<string, number[]>();
  for (const n of graph.nodes) if (n.manifest) (starts.get(n.manifest.uri) ?? starts.set(n.manifest.uri, []).get(n.manifest.uri)!).push(n.manifest.line);
  for (const lines of starts.values()) lines.sort((a, b) => a - b);
  const diags = new Map<string, vscode.Diagnostic[]>();
  for (const n of graph.nodes) {
    const m = n.manifest;
    if (!m) continue;
    if (!diags.has(m.uri)) diags.set(m.uri, vscode.languages.getDiagnostics(vscode.Uri.parse(m.uri)).filter((d) => d.severity <= vscode.DiagnosticSeverity.Warning));
    const next = starts.get(m.uri)!.find((l) => l > m.line) ?? Infinity;
    const count = diags.get(m.uri)!.filter((d) => d.range.start.line >= m.line && d.range.start.line < next).length;
    if (count) n.problems = count;
  }
}
