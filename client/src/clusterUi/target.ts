// What a cluster command acts on: the connection the tree and the status bar show, and the object (tree node or
// quick pick in the current namespace).
import * as vscode from 'vscode';
import { prefixed } from '../../../core/i18n';
import { ClusterGateway } from '../../../core/cluster/gateway';
import { collectionPath, RESOURCES, type ResourceId } from '../../../core/cluster/watchResources';
import { getConnection, type ConnectionManager } from '../connection/manager';
import type { ClusterSession } from '../connection/session';
import { currentLang } from '../i18n';
import type { ObjRef, TreeNode } from '../tree/model/types';
import { t, type TextArgs, type TextKey } from '../../../core/i18n/tree';
import { showClusterError } from './errors';

export function tr(key: TextKey, args?: TextArgs): string {
  return t(currentLang(), key, args);
}

/**
 * The gateway of the connection the tree and the status bar show (same context and namespace), or one opened from
 * the kubeconfig when the tree is not there. Shows the French problem and returns undefined when there is none.
 */
export function gateway(): ClusterGateway | undefined {
  const conn = getConnection();
  if (conn?.session) return conn.session.gateway;
  try {
    return ClusterGateway.connect(conn?.options() ?? {});
  } catch (err) {
    void showClusterError(undefined, err);
    return undefined;
  }
}

/** The object a tree command acts on: the node it was invoked on, or one picked in the current namespace. */
export async function targetOf(conn: ConnectionManager, node: TreeNode | undefined, resources: ResourceId[]): Promise<{ session: ClusterSession; ref: ObjRef; node?: TreeNode } | undefined> {
  const session = conn.session;
  if (!session) {
    void vscode.window.showWarningMessage(prefixed(currentLang(), tr('action.noCluster')));
    return undefined;
  }
  if (node?.ref && resources.includes(node.ref.resource)) return { session, ref: node.ref, node };
  const resource = resources[0];
  const ns = session.namespace;
  try {
    const { body } = await session.gateway.request<{ items?: { metadata: { name: string; uid?: string } }[] }>({ method: 'GET', path: collectionPath(RESOURCES[resource], ns), timeoutMs: 15_000 });
    const names = (body.items ?? []).map((o) => o.metadata);
    const picked = await vscode.window.showQuickPick(names.map((m) => ({ label: m.name, uid: m.uid })), { placeHolder: tr('action.pick', { kind: RESOURCES[resource].kind, namespace: ns }) });
    if (!picked) return undefined;
    return { session, ref: { resource, kind: RESOURCES[resource].kind, name: picked.label, namespace: ns, uid: picked.uid } };
  } catch (err) {
    await showClusterError(session, err, ns);
    return undefined;
  }
}
