// Top of the tree: cluster → namespaces → groups → folders, plus the state items (loading, forbidden, offline…).
import { ClusterError } from '../../../../core/cluster/errors';
import { rulesAllow } from '../../../../core/cluster/rbac';
import type { WatchKey } from '../../../../core/cluster/watchHub';
import { RESOURCES, type ResourceId } from '../../../../core/cluster/watchResources';
import { foldersOf, GROUPS, OBJECT_KINDS } from './kinds';
import { code, kubectlList, md } from './present';
import type { FolderId, GroupId, ModelEnv, TreeNode } from './types';

export const STATE_RETRY_COMMAND = 'kubeApprenti.arbre.reessayer';
export const CHOOSE_CONTEXT_COMMAND = 'kubeApprenti.connexion.changer';

export function stateNode(parentId: string, key: string, label: string, opts: Partial<TreeNode> = {}): TreeNode {
  return { id: `${parentId}/state:${key}`, kind: 'state', label, collapsible: 'none', contextValue: 'ka-state', ...opts };
}

/** Whether the user may list and watch a resource type in a namespace (unknown access counts as allowed: we try). */
export function canWatch(env: ModelEnv, resource: ResourceId, namespace: string): boolean {
  const a = env.access(namespace);
  if (!a || a.error || a.incomplete) return true;
  const g = RESOURCES[resource].group;
  return rulesAllow(a.rules, 'list', g, resource) && rulesAllow(a.rules, 'watch', g, resource);
}

export function levelText(env: ModelEnv, namespace: string): string {
  const a = env.access(namespace);
  if (!a || a.error) return env.t('level.unknown');
  return env.t(`level.${a.level}`);
}

export function clusterId(env: ModelEnv): string {
  return `c:${env.connection.context}`;
}

export function rootChildren(env: ModelEnv): TreeNode[] {
  const c = env.connection;
  if (!c.ok) {
    return [stateNode('root', 'noConfig', env.t('state.noConfig'), {
      description: c.problem, icon: { id: 'debug-disconnect', color: 'list.warningForeground' },
      tooltip: () => md(c.problem ?? ''), command: { id: CHOOSE_CONTEXT_COMMAND, title: env.t('pick.context') },
    })];
  }
  const nsStatus = env.canListNamespaces ? env.store.status({ resource: 'namespaces' }) : undefined;
  const offline = nsStatus?.state === 'error';
  let host = c.server;
  try { host = new URL(c.server).host; } catch { /* keep as is */ }
  return [{
    id: clusterId(env), kind: 'cluster', label: c.context,
    description: offline ? env.t('cluster.offline') : c.inCluster ? env.t('cluster.inCluster') : host,
    icon: offline ? { id: 'cloud', color: 'list.warningForeground' } : { id: 'cloud' },
    collapsible: 'expanded', contextValue: 'ka-cluster',
    tooltip: () => md(env.t('cluster.tooltip', { context: c.context, server: c.server })),
  }];
}

export function clusterNeeds(env: ModelEnv): WatchKey[] {
  return env.canListNamespaces ? [{ resource: 'namespaces' }] : [];
}

export function namespaceNodes(env: ModelEnv, parent: TreeNode): TreeNode[] {
  const current = env.connection.namespace;
  // While the rights are unknown, the current namespace is shown at once; the others join when listing is allowed.
  const out: TreeNode[] = [];
  let names: string[] = [current];
  if (env.canListNamespaces) {
    const k: WatchKey = { resource: 'namespaces' };
    const st = env.store.status(k);
    if (!st || (!st.hasSynced && st.state !== 'error')) return [stateNode(parent.id, 'loading', env.t('state.loading'), { icon: { id: 'loading~spin' } })];
    if (st.state === 'error') out.push(errorState(env, parent.id, st.error, st.retryAt, st.hasSynced));
    if (st.hasSynced) names = [...new Set([current, ...env.store.items(k).map((n) => n.metadata.name)])];
  }
  const others = names.filter((n) => n !== current).sort();
  for (const ns of [current, ...others]) out.push(namespaceNode(env, parent, ns, ns === current));
  return out;
}

function namespaceNode(env: ModelEnv, parent: TreeNode, ns: string, current: boolean): TreeNode {
  const onlyOne = env.canListNamespaces === false;
  return {
    id: `${parent.id}/ns:${ns}`, kind: 'namespace', label: ns, namespace: ns,
    description: current ? (onlyOne ? env.t('namespace.onlyAllowed') : env.t('namespace.current')) : undefined,
    icon: { id: current ? 'folder-active' : 'folder' },
    collapsible: current ? 'expanded' : 'collapsed', contextValue: current ? 'ka-namespace ka-current' : 'ka-namespace',
    tooltip: () => {
      const lines = [md(env.t('namespace.tooltip', { namespace: ns, level: levelText(env, ns) }))];
      if (onlyOne) lines.push('', md(env.t('namespace.listForbidden', { namespace: ns })));
      return lines.join('\n');
    },
  };
}

export function groupNodes(env: ModelEnv, parent: TreeNode): TreeNode[] {
  const ns = parent.namespace ?? env.connection.namespace;
  const current = ns === env.connection.namespace;
  return (Object.keys(GROUPS) as GroupId[]).map((g) => ({
    id: `${parent.id}/g:${g}`, kind: 'group', label: env.t(`group.${g}`), namespace: ns, group: g,
    icon: { id: GROUPS[g].icon }, collapsible: current && g === 'workloads' ? 'expanded' : 'collapsed',
    contextValue: `ka-group ka-group-${g}`,
  }));
}

export function folderNodes(env: ModelEnv, parent: TreeNode): TreeNode[] {
  const ns = parent.namespace ?? env.connection.namespace;
  const current = ns === env.connection.namespace;
  return foldersOf(parent.group ?? 'workloads').map((f) => {
    const st = env.store.status({ resource: f, namespace: ns });
    const count = st?.hasSynced ? String(env.store.items({ resource: f, namespace: ns }).length) : undefined;
    return {
      id: `${parent.id}/f:${f}`, kind: 'folder', label: env.t(`folder.${f}`), namespace: ns, folder: f,
      description: canWatch(env, f, ns) ? count : env.t('level.none'),
      icon: { id: OBJECT_KINDS[f]?.folder?.icon ?? 'folder' }, collapsible: current && f === 'deployments' ? 'expanded' : 'collapsed',
      contextValue: `ka-folder ka-folder-${f}`,
      tooltip: () => `${env.t('tip.kubectl')} : ${code(kubectlList(f, ns))}`,
    } satisfies TreeNode;
  });
}

/** The error item of a folder or namespace list: French sentence, next retry, click to retry now. */
export function errorState(env: ModelEnv, parentId: string, err: unknown, retryAt: number | undefined, stale: boolean, namespace?: string): TreeNode {
  const message = env.describeError(err, namespace);
  const secs = retryAt ? Math.max(1, Math.round((retryAt - env.now()) / 1000)) : undefined;
  const retry = secs ? ` ${env.t('state.retryIn', { seconds: secs })}` : '';
  return stateNode(parentId, 'error', stale ? env.t('state.stale') : message, {
    description: stale ? message : retry.trim() || undefined,
    icon: { id: 'warning', color: 'list.warningForeground' },
    tooltip: () => md(`${message}${retry}`), contextValue: 'ka-state ka-retry',
    command: { id: STATE_RETRY_COMMAND, title: env.t('state.retry') },
  });
}

/**
 * Gate shared by folders: forbidden → one state item; not started or listing → loading; error without data → error;
 * error with data → warning item first. Returns the items to prepend and whether to stop there.
 */
export function gate(env: ModelEnv, parent: TreeNode, resource: ResourceId, ns: string): { head: TreeNode[]; stop: boolean } {
  if (!canWatch(env, resource, ns)) {
    const a = env.access(ns);
    const what = resource === 'events' ? env.t('group.events') : env.t(`folder.${resource as FolderId}`);
    const label = a && !a.error && a.level !== 'none'
      ? env.t('state.forbidden', { level: levelText(env, ns), resource: what, namespace: ns })
      : env.t('state.forbiddenNoRole', { resource: what, namespace: ns });
    return {
      head: [stateNode(parent.id, 'forbidden', label, {
        icon: { id: 'lock', color: 'list.warningForeground' },
        tooltip: () => [md(env.describeError(new ClusterError({ kind: 'forbidden', verb: 'list', resource, group: RESOURCES[resource].group, namespace: ns, message: '' }), ns)), resource === 'secrets' ? `\n\n${md(env.t('state.forbiddenHint'))}` : ''].join(''),
      })],
      stop: true,
    };
  }
  const st = env.store.status({ resource, namespace: ns });
  if (st?.state === 'listing' && !st.hasSynced && (st.received ?? 0) > 0) {
    return { head: [stateNode(parent.id, 'loading', env.t('state.loadingPartial', { count: st.received }), { icon: { id: 'loading~spin' } })], stop: false };
  }
  if (!st || (!st.hasSynced && st.state !== 'error')) return { head: [stateNode(parent.id, 'loading', env.t('state.loading'), { icon: { id: 'loading~spin' } })], stop: true };
  if (st.state === 'error') return { head: [errorState(env, parent.id, st.error, st.retryAt, st.hasSynced, ns)], stop: !st.hasSynced };
  return { head: [], stop: false };
}
