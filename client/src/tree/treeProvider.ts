// VS Code adapter of the tree model: converts nodes to TreeItems, starts the watches of expanded folders (and
// releases them on collapse), refreshes only the parts whose caches changed. No Kubernetes logic here.
import * as vscode from 'vscode';
import type { WatchKey } from '../../../core/cluster/watchHub';
import { keyString } from '../../../core/cluster/watchHub';
import type { ConnectionManager } from '../connection/manager';
import { currentLang } from '../i18n';
import { HubStore } from './hubStore';
import type { ManifestIndex } from './manifestIndex';
import { expandNode } from './expand';
import type { ModelEnv, TreeNode } from './model/types';
import { sessionEnv } from './sessionEnv';

/** How long getChildren waits for a folder's first list before showing « Chargement… » (then refreshes). */
const FIRST_SYNC_WAIT_MS = 8000;

export class ClusterTreeProvider implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<TreeNode | TreeNode[] | undefined | void>();
  readonly onDidChangeTreeData = this.emitter.event;
  /** Stable node instances by id (VS Code refreshes an element by identity). */
  private readonly nodes = new Map<string, TreeNode>();
  private readonly childIds = new Map<string, string[]>();
  /** Expanded nodes that own watches → the keys they need. */
  private readonly owners = new Map<string, Set<string>>();
  private readonly store: HubStore;
  private readonly disposables: vscode.Disposable[] = [];
  private hubOff?: () => void;
  private boundSession?: ConnectionManager['session'];

  constructor(private readonly conn: ConnectionManager, private readonly manifests: ManifestIndex) {
    this.store = new HubStore(() => conn.session?.hub);
    this.disposables.push(conn.onDidChange(() => this.onConnectionChange()), manifests.onDidChange(() => this.refresh()),
      vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration('kubeApprenti.langue')) this.refresh(); }));
    this.boundSession = conn.session;
    this.bindHub();
  }

  env(): ModelEnv {
    return sessionEnv(this.conn.session, {
      lang: currentLang(), problem: this.conn.problem, store: this.store,
      manifestFor: (kind, name, ns) => this.manifests.find(kind, name, ns),
    });
  }

  refresh(node?: TreeNode): void {
    this.emitter.fire(node);
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    const state = node.collapsible === 'expanded' ? vscode.TreeItemCollapsibleState.Expanded
      : node.collapsible === 'collapsed' ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None;
    const item = new vscode.TreeItem(node.label, state);
    item.id = node.id;
    item.description = node.description;
    item.contextValue = node.contextValue;
    if (node.icon) item.iconPath = new vscode.ThemeIcon(node.icon.id, node.icon.color ? new vscode.ThemeColor(node.icon.color) : undefined);
    if (node.command) item.command = { command: node.command.id, title: node.command.title, arguments: node.command.args ?? [node] };
    return item;
  }

  resolveTreeItem(item: vscode.TreeItem, node: TreeNode): vscode.TreeItem {
    if (node.tooltip) {
      const md = new vscode.MarkdownString(node.tooltip(), true);
      md.supportThemeIcons = true;
      item.tooltip = md;
    }
    return item;
  }

  async getChildren(node?: TreeNode): Promise<TreeNode[]> {
    const { children, needs } = await expandNode(this.conn.session, () => this.env(), node, FIRST_SYNC_WAIT_MS);
    if (node && needs.length) this.owners.set(node.id, new Set(needs.map(keyString)));
    const kids = children.map((n) => this.stable(n));
    this.forgetStale(node?.id ?? '', kids);
    return kids;
  }

  /** Called by the view when a node collapses: its watches (and its descendants') may stop after the linger delay. */
  collapsed(node: TreeNode): void {
    const hub = this.conn.session?.hub;
    for (const id of [...this.owners.keys()]) {
      if (id === node.id || id.startsWith(`${node.id}/`)) {
        this.owners.delete(id);
        hub?.release(id);
      }
    }
  }

  /** The view was hidden: release every watch (they linger a minute, then stop). */
  hidden(): void {
    const hub = this.conn.session?.hub;
    for (const id of this.owners.keys()) hub?.release(id);
    this.owners.clear();
  }

  /** Retry every failed watch and RBAC review now (« Réessayer » item, or the view becomes visible again). */
  retry(): void {
    const s = this.conn.session;
    if (!s) { this.conn.reload(); return; }
    s.hub.retryAll();
    s.rbac.invalidate();
    void s.refreshAccess().then(() => this.refresh());
  }

  private stable(fresh: TreeNode): TreeNode {
    const old = this.nodes.get(fresh.id);
    if (!old) { this.nodes.set(fresh.id, fresh); return fresh; }
    for (const k of Object.keys(old) as (keyof TreeNode)[]) if (!(k in fresh)) delete old[k];
    Object.assign(old, fresh);
    return old;
  }

  private forgetStale(parentId: string, kids: TreeNode[]): void {
    const ids = kids.map((k) => k.id);
    const keep = new Set(ids);
    const gone = new Set((this.childIds.get(parentId) ?? []).filter((id) => !keep.has(id)));
    this.childIds.set(parentId, ids);
    if (gone.size === 0) return;
    // one pass: drop every known node that is a removed child or lies under one (ids are paths joined by '/')
    for (const known of [...this.nodes.keys()]) {
      for (let i = known.length; i > 0; i = known.lastIndexOf('/', i - 1)) {
        if (gone.has(known.slice(0, i))) { this.nodes.delete(known); this.childIds.delete(known); break; }
      }
    }
  }

  private bindHub(): void {
    this.hubOff?.();
    this.hubOff = this.conn.session?.hub.onDidChange((changed) => this.onCachesChanged(changed));
  }

  private onConnectionChange(): void {
    const s = this.conn.session;
    if (s !== this.boundSession) {
      // another context, namespace or kubeconfig: start over
      this.boundSession = s;
      this.owners.clear();
      this.bindHub();
      this.nodes.clear();
      this.childIds.clear();
    }
    this.refresh();
  }

  /** Refresh the parents of the expanded nodes whose watches changed (so folder counts update too). */
  private onCachesChanged(changed: Set<string>): void {
    const targets = new Map<string, TreeNode>();
    for (const [owner, keys] of this.owners) {
      if (![...keys].some((k) => changed.has(k))) continue;
      const cut = owner.lastIndexOf('/');
      const parentId = cut < 0 ? '' : owner.slice(0, cut);
      const parent = this.nodes.get(parentId);
      if (!parent) { this.refresh(); return; }
      targets.set(parentId, parent);
    }
    // a parent already covered by another refreshed ancestor is redundant
    const list = [...targets.values()].filter((n) => ![...targets.keys()].some((id) => id !== n.id && n.id.startsWith(`${id}/`)));
    if (list.length) this.emitter.fire(list);
  }

  /** For tests and the in-host suite: watch keys wanted by expanded nodes. */
  wanted(): WatchKey[] {
    return [...new Set([...this.owners.values()].flatMap((s) => [...s]))].map((k) => ({ resource: k.split('|')[0], namespace: k.split('|')[1] || undefined }) as WatchKey);
  }

  dispose(): void {
    this.hubOff?.();
    for (const d of this.disposables) d.dispose();
    this.emitter.dispose();
  }
}
