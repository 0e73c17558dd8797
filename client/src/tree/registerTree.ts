// Sets up the cluster features of issue 6: connection + status bar, the « Kube Apprenti » tree, inspect pages.
// Their commands are in client/src/commands/table.ts.
import * as vscode from 'vscode';
import { ConnectionManager, setConnection } from '../connection/manager';
import { createStatusBar } from '../connection/statusBar';
import { disposeLogs } from '../inspect/logs';
import { disposeForwards } from '../inspect/portForward';
import { EVENTS_SCHEME, EventsProvider } from '../inspect/events';
import { LIVE_SCHEME, LiveYamlProvider } from '../inspect/liveYaml';
import { registerDoctor, type DoctorServices } from '../doctor/register';
import { ManifestIndex } from './manifestIndex';
import { ClusterTreeProvider } from './treeProvider';

export const TREE_VIEW_ID = 'kubeApprenti.arbre';

export interface TreeServices {
  conn: ConnectionManager;
  tree: ClusterTreeProvider;
  events: EventsProvider;
  doctor: DoctorServices;
}

export function registerTree(context: vscode.ExtensionContext): TreeServices {
  const conn = new ConnectionManager(context.globalState);
  setConnection(conn);
  const manifests = new ManifestIndex();
  const provider = new ClusterTreeProvider(conn, manifests);
  const view = vscode.window.createTreeView(TREE_VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  const live = new LiveYamlProvider(conn);
  const events = new EventsProvider();
  context.subscriptions.push(
    conn, manifests, provider, view, live, createStatusBar(conn),
    view.onDidCollapseElement((e) => provider.collapsed(e.element)),
    view.onDidChangeVisibility((e) => { if (e.visible) provider.refresh(); else provider.hidden(); }),
    vscode.workspace.registerTextDocumentContentProvider(LIVE_SCHEME, live),
    vscode.workspace.registerTextDocumentContentProvider(EVENTS_SCHEME, events),
    { dispose: () => { disposeLogs(); disposeForwards(); setConnection(undefined); } },
  );
  const doctor = registerDoctor(context, conn, manifests);
  conn.reload();
  conn.startAccessRefresh();
  void manifests.scan();
  return { conn, tree: provider, events, doctor };
}
