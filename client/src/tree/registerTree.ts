// Registers the cluster features of issue 6: connection + status bar, the « Kube Apprenti » tree, inspect actions.
import * as vscode from 'vscode';
import { ConnectionManager, setConnection } from '../connection/manager';
import { changeConnection } from '../connection/commands/changeConnection';
import { switchContext, SWITCH_CONTEXT_COMMAND } from '../connection/commands/switchContext';
import { switchNamespace, SWITCH_NAMESPACE_COMMAND } from '../connection/commands/switchNamespace';
import { CHANGE_CONNECTION_COMMAND, createStatusBar } from '../connection/statusBar';
import { deletePod, DELETE_POD_COMMAND } from '../inspect/deletePod';
import { EVENTS_COMMAND, EVENTS_SCHEME, EventsProvider, showEvents } from '../inspect/events';
import { LIVE_SCHEME, LIVE_YAML_COMMAND, LiveYamlProvider, openLiveYaml } from '../inspect/liveYaml';
import { disposeLogs, LOGS_COMMAND, PREVIOUS_LOGS_COMMAND, showLogs, stopAllLogs, STOP_LOGS_COMMAND } from '../inspect/logs';
import { disposeForwards, portForward, PORT_FORWARD_COMMAND, stopForwards, STOP_PORT_FORWARD_COMMAND } from '../inspect/portForward';
import { scaleWorkload, SCALE_COMMAND } from '../inspect/scale';
import { registerDoctor } from '../doctor/register';
import { openManifest, OPEN_MANIFEST_COMMAND } from './commands/openManifest';
import { snapshot, SNAPSHOT_COMMAND } from './commands/snapshot';
import { ManifestIndex } from './manifestIndex';
import { STATE_RETRY_COMMAND } from './model/roots';
import type { TreeNode } from './model/types';
import { ClusterTreeProvider } from './treeProvider';

export const TREE_VIEW_ID = 'kubeApprenti.arbre';
export const REFRESH_COMMAND = 'kubeApprenti.arbre.actualiser';

export function registerTree(context: vscode.ExtensionContext): ConnectionManager {
  const conn = new ConnectionManager(context.globalState);
  setConnection(conn);
  const manifests = new ManifestIndex();
  const provider = new ClusterTreeProvider(conn, manifests);
  const view = vscode.window.createTreeView(TREE_VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  const live = new LiveYamlProvider(conn);
  const events = new EventsProvider();
  const cmd = (id: string, fn: (...args: never[]) => unknown) => vscode.commands.registerCommand(id, fn);
  context.subscriptions.push(
    conn, manifests, provider, view, live, createStatusBar(conn),
    view.onDidCollapseElement((e) => provider.collapsed(e.element)),
    view.onDidChangeVisibility((e) => { if (e.visible) provider.refresh(); else provider.hidden(); }),
    vscode.workspace.registerTextDocumentContentProvider(LIVE_SCHEME, live),
    vscode.workspace.registerTextDocumentContentProvider(EVENTS_SCHEME, events),
    cmd(REFRESH_COMMAND, () => provider.retry()),
    cmd(STATE_RETRY_COMMAND, () => provider.retry()),
    cmd(CHANGE_CONNECTION_COMMAND, () => changeConnection(conn)),
    cmd(SWITCH_CONTEXT_COMMAND, () => switchContext(conn)),
    cmd(SWITCH_NAMESPACE_COMMAND, () => switchNamespace(conn)),
    cmd(OPEN_MANIFEST_COMMAND, (node?: TreeNode) => openManifest(node)),
    cmd(LIVE_YAML_COMMAND, (node?: TreeNode) => openLiveYaml(conn, node)),
    cmd(EVENTS_COMMAND, (node?: TreeNode) => showEvents(conn, events, node)),
    cmd(LOGS_COMMAND, (node?: TreeNode) => showLogs(conn, node, false)),
    cmd(PREVIOUS_LOGS_COMMAND, (node?: TreeNode) => showLogs(conn, node, true)),
    cmd(STOP_LOGS_COMMAND, () => stopAllLogs()),
    cmd(DELETE_POD_COMMAND, (node?: TreeNode) => deletePod(conn, node)),
    cmd(SCALE_COMMAND, (node?: TreeNode, replicas?: number) => scaleWorkload(conn, node, replicas)),
    cmd(PORT_FORWARD_COMMAND, (node?: TreeNode) => portForward(conn, node)),
    cmd(STOP_PORT_FORWARD_COMMAND, () => stopForwards()),
    cmd(SNAPSHOT_COMMAND, (labels?: string[]) => snapshot(provider, labels)),
    { dispose: () => { disposeLogs(); disposeForwards(); setConnection(undefined); } },
  );
  registerDoctor(context, conn, manifests);
  conn.reload();
  conn.startAccessRefresh();
  void manifests.scan();
  return conn;
}
