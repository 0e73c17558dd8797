// What expanding a node means, shared by the VS Code provider, the cluster tests and the benchmark: learn the rights
// of a namespace the first time it is opened, start the watches the node needs (one per type and namespace) and wait
// (bounded) for something to show: the first page of each first list; later pages refresh the tree. No vscode import.
import type { WatchKey } from '../../../core/cluster/watchHub';
import type { ClusterSession } from '../connection/session';
import { childrenOf, needsOf } from './model';
import type { ModelEnv, TreeNode } from './model/types';

export async function expandNode(s: ClusterSession | undefined, env: () => ModelEnv, node: TreeNode | undefined, waitMs: number): Promise<{ children: TreeNode[]; needs: WatchKey[] }> {
  if (s && node?.kind === 'namespace' && node.namespace && !s.access(node.namespace)) {
    await s.rbac.review(node.namespace); // never throws; cached per namespace
  }
  const needs = needsOf(env(), node);
  if (s && node && needs.length) {
    s.hub.want(node.id, needs);
    await Promise.all(needs.map((k) => s.hub.get(k)?.whenReady(waitMs)));
  }
  return { children: childrenOf(env(), node), needs };
}
