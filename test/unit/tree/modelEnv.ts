// A ModelEnv over a real WatchHub fed by a scripted transport with recorded objects (unit tests of the tree model).
import { describeClusterError } from '../../../core/cluster/errorMessages';
import { toClusterError } from '../../../core/cluster/errors';
import { levelOf, type NamespaceAccess, type ResourceRule } from '../../../core/cluster/rbac';
import type { ListPage } from '../../../core/cluster/watchCache';
import { WatchHub } from '../../../core/cluster/watchHub';
import type { K8sObject } from '../../../core/cluster/types';
import { HubStore } from '../../../client/src/tree/hubStore';
import { childrenOf, needsOf } from '../../../client/src/tree/model';
import type { ModelEnv, TreeNode } from '../../../client/src/tree/model/types';
import { t } from '../../../core/i18n/tree';
import { FakeTransport } from './fakeTransport';

export class PathTransport extends FakeTransport {
  byPath: Record<string, K8sObject[]> = {};
  failing = new Map<string, unknown>();
  override async list(path: string, opts: { limit: number; continue?: string }): Promise<ListPage> {
    this.listCalls.push({ path, ...opts });
    const err = this.failing.get(path);
    if (err) throw err;
    return { items: structuredClone(this.byPath[path] ?? []), resourceVersion: '100' };
  }
}

export interface EnvOptions {
  rules?: ResourceRule[];
  canListNamespaces?: boolean;
  self?: { kind: string; name: string }[];
  manifests?: Record<string, string>;
  namespace?: string;
}

export function makeEnv(transport: PathTransport, o: EnvOptions = {}) {
  const hub = new WatchHub(transport, { debounceMs: 5, informer: { backoffInitialMs: 30 } });
  const ns = o.namespace ?? 'ns';
  const access: NamespaceAccess | undefined = o.rules ? { namespace: ns, rules: o.rules, incomplete: false, level: levelOf(o.rules) } : undefined;
  const env: ModelEnv = {
    lang: 'fr',
    t: (k, a) => t('fr', k, a),
    connection: { ok: true, context: 'kind-test', server: 'https://127.0.0.1:6443', namespace: ns, inCluster: false },
    canListNamespaces: o.canListNamespaces ?? false,
    store: new HubStore(() => hub),
    access: (n) => (n === ns ? access : undefined),
    isSelf: (r) => (o.self ?? []).some((s) => s.kind === r.kind && s.name === r.name),
    manifestFor: (kind, name) => {
      const f = o.manifests?.[`${kind}/${name}`];
      return f ? { uri: `file:///ws/${f}`, label: f, line: 0 } : undefined;
    },
    describeError: (err) => describeClusterError(toClusterError(err).info, 'fr', { currentRole: access?.level }),
    now: () => Date.parse('2026-01-01T00:10:00Z'),
  };
  /** Expands a node like VS Code would: start its watches, wait for them, return its children. */
  async function expand(node?: TreeNode): Promise<TreeNode[]> {
    const needs = needsOf(env, node);
    hub.want(node?.id ?? 'root', needs);
    for (const k of needs) await hub.get(k)?.whenSynced(2000);
    return childrenOf(env, node);
  }
  /** Walks labels from the root: expandPath('kind-test', 'ns', 'Charges de travail', 'Deployments'). */
  async function path(...labels: string[]): Promise<TreeNode> {
    let node: TreeNode | undefined;
    for (const l of labels) {
      const kids = await expand(node);
      const next = kids.find((k) => k.label === l);
      if (!next) throw new Error(`no child « ${l} » under « ${node?.label ?? 'root'} »: ${kids.map((k) => k.label).join(' | ')}`);
      node = next;
    }
    return node as TreeNode;
  }
  return { env, hub, expand, path };
}
