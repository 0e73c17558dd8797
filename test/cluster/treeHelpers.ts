// Drives the real tree (model + session + informers) against the local cluster, like VS Code would: expanding a
// node starts its watches and waits for their first list.
import { ClusterSession } from '../../client/src/connection/session';
import { expandNode } from '../../client/src/tree/expand';
import type { TreeNode } from '../../client/src/tree/model/types';
import { sessionEnv } from '../../client/src/tree/sessionEnv';
import { kubeconfigPath, waitFor, type ClusterUser } from './helpers';

export async function openSession(user: ClusterUser, namespace?: string, opts: ConstructorParameters<typeof ClusterSession>[1] = {}): Promise<ClusterSession> {
  const s = ClusterSession.open({ kubeconfig: kubeconfigPath(user), namespace }, { hub: { debounceMs: 20, lingerMs: 5_000 }, ...opts });
  await s.refreshAccess();
  return s;
}

export function treeOf(s: ClusterSession) {
  const env = () => sessionEnv(s, { lang: 'fr' });
  async function expand(node?: TreeNode): Promise<TreeNode[]> {
    return (await expandNode(s, env, node, 15_000)).children;
  }
  async function path(...labels: string[]): Promise<TreeNode> {
    let node: TreeNode | undefined;
    for (const l of labels) {
      const kids = await expand(node);
      const next = kids.find((k) => k.label === l);
      if (!next) throw new Error(`no « ${l} » under « ${node?.label ?? 'root'} »: ${kids.map((k) => `${k.label} (${k.description ?? ''})`).join(' | ')}`);
      node = next;
    }
    return node as TreeNode;
  }
  /** Re-reads a node's children until check passes (the watches bring changes in). */
  async function until(node: TreeNode, check: (kids: TreeNode[]) => boolean, timeoutMs = 30_000): Promise<TreeNode[]> {
    return waitFor(() => expand(node), check, timeoutMs, 100);
  }
  return { env, expand, path, until };
}

export const labels = (nodes: TreeNode[]) => nodes.map((n) => n.label);
