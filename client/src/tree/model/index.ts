// Entry of the tree model: children of any node, and the watches a node needs while it is expanded.
import type { WatchKey } from '../../../../core/cluster/watchHub';
import { NODE_KINDS } from './kinds';
import { rootChildren } from './roots';
import type { ModelEnv, TreeNode } from './types';

export type { ModelEnv, TreeNode } from './types';

/** Children of a node (undefined = the root). Pure: reads only env. What each kind shows is in kinds.ts. */
export function childrenOf(env: ModelEnv, node?: TreeNode): TreeNode[] {
  if (!node) return rootChildren(env);
  return NODE_KINDS[node.kind].children?.(env, node) ?? [];
}

/** Watches needed to compute a node's children (only the types the user may list and watch). */
export function needsOf(env: ModelEnv, node?: TreeNode): WatchKey[] {
  if (!node || !env.connection.ok) return [];
  return NODE_KINDS[node.kind].needs?.(env, node) ?? [];
}
