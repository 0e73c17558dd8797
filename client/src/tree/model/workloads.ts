// Workloads: Deployments → ReplicaSets → Pods → containers, StatefulSets, DaemonSets, Jobs, CronJobs → Jobs → Pods.
import { explainState } from '../../../../core/cluster/explainCatalog';
import { containerState, podState, worstPodState, severityRank, type PodState, type Severity } from '../../../../core/cluster/explainPod';
import { deploymentState, type ObjectState } from '../../../../core/cluster/explainWorkload';
import { RESOURCES, type ResourceId } from '../../../../core/cluster/watchResources';
import type { PodView, WorkloadView } from '../../../../core/cluster/watchTypes';
import { containerContextValue, objectContextValue } from './contextValue';
import { OBJECT_KINDS } from './kinds';
import { code, explanationMd, md, objectTooltip, SEVERITY_ICON, stateMd, stateText } from './present';
import type { ModelEnv, ObjRef, TreeNode } from './types';

export function refOf(resource: ResourceId, o: { metadata: { name: string; namespace?: string; uid?: string } }): ObjRef {
  return { resource, kind: RESOURCES[resource].kind, name: o.metadata.name, namespace: o.metadata.namespace, uid: o.metadata.uid };
}

function byName<T extends { metadata: { name: string } }>(a: T, b: T): number {
  return a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0;
}

function revisionOf(o: WorkloadView): number {
  return Number(o.metadata.annotations?.['deployment.kubernetes.io/revision'] ?? 0);
}

/** Pods under a workload, following controller references (Deployment → ReplicaSets → Pods, CronJob → Jobs → Pods). */
export function podsOf(env: ModelEnv, resource: ResourceId, w: WorkloadView): PodView[] {
  const ns = w.metadata.namespace ?? env.connection.namespace;
  const uid = w.metadata.uid ?? '';
  if (resource === 'deployments') {
    return env.store.ownedBy<WorkloadView>({ resource: 'replicasets', namespace: ns }, uid)
      .flatMap((rs) => env.store.ownedBy<PodView>({ resource: 'pods', namespace: ns }, rs.metadata.uid ?? ''));
  }
  if (resource === 'cronjobs') {
    return env.store.ownedBy<WorkloadView>({ resource: 'jobs', namespace: ns }, uid)
      .flatMap((j) => env.store.ownedBy<PodView>({ resource: 'pods', namespace: ns }, j.metadata.uid ?? ''));
  }
  return env.store.ownedBy<PodView>({ resource: 'pods', namespace: ns }, uid);
}

function replicaText(s: ObjectState): string | undefined {
  return s.desired !== undefined ? `${s.ready ?? 0}/${s.desired}` : undefined;
}

export function workloadNode(env: ModelEnv, parentId: string, resource: ResourceId, w: WorkloadView): TreeNode {
  const ref = refOf(resource, w);
  const ns = ref.namespace ?? env.connection.namespace;
  const state = (OBJECT_KINDS[resource]?.state ?? deploymentState)(w);
  const pods = podsOf(env, resource, w).map(podState);
  const worst = worstPodState(pods);
  // A pod in trouble explains a workload better than its counters: « 1/3 · CrashLoopBackOff ».
  const podIssue = worst && severityRank(worst.severity) >= severityRank('warning') && severityRank(worst.severity) >= severityRank(state.severity) ? worst : undefined;
  const severity: Severity = podIssue ? podIssue.severity : state.severity;
  const self = env.isSelf(ref);
  const title = explainState(env.lang, state.reasonKey, state.args).title;
  const parts = [replicaText(state), podIssue ? stateText(env, podIssue.status, podIssue.reasonKey) : state.severity === 'ok' && replicaText(state) ? undefined : title, self ? env.t('desc.self') : undefined];
  const manifest = env.manifestFor(ref.kind, ref.name, ns);
  return {
    id: `${parentId}/o:${resource}:${ref.name}`, kind: 'object', label: ref.name, ref, namespace: ns, manifest,
    description: parts.filter(Boolean).join(' · '),
    icon: self ? { id: 'shield', color: SEVERITY_ICON[severity].color } : SEVERITY_ICON[severity],
    collapsible: 'collapsed',
    contextValue: objectContextValue(resource, env.access(ns), { self, manifest: !!manifest, name: ref.name }),
    tooltip: () => {
      const body = [stateMd(env, state.reasonKey, state.args, state.severity, state.detail)];
      if (podIssue) body.push('', '---', '', podIssueMd(env, podIssue));
      return objectTooltip(env, ref, body, manifest);
    },
  };
}

function podIssueMd(env: ModelEnv, s: PodState): string {
  return explanationMd(env, explainState(env.lang, s.reasonKey), s.status, s.severity, s.detail);
}

interface PodMemo { lang: string; access: unknown; manifest: unknown; self: boolean; node: TreeNode }
/**
 * Pod nodes are memoised per pod object: the informer replaces an object when it changes, so an unchanged pod keeps
 * its node and a refresh of 2,000 pods only rebuilds the ones that changed (plus anything that depends on rights,
 * manifests, self detection or language, which are part of the check).
 */
const podMemo = new WeakMap<PodView, Map<string, PodMemo>>();

export function podNode(env: ModelEnv, parentId: string, p: PodView): TreeNode {
  const ref = refOf('pods', p);
  const ns = ref.namespace ?? env.connection.namespace;
  const self = env.isSelf(ref);
  const access = env.access(ns);
  const manifest = env.manifestFor('Pod', ref.name, ns);
  const byParent = podMemo.get(p);
  const hit = byParent?.get(parentId);
  if (hit && hit.lang === env.lang && hit.access === access && hit.manifest === manifest && hit.self === self) return hit.node;
  const node = buildPodNode(env, parentId, p, ref, ns, self, manifest);
  const map = byParent ?? new Map<string, PodMemo>();
  map.set(parentId, { lang: env.lang, access, manifest, self, node });
  if (!byParent) podMemo.set(p, map);
  return node;
}

function buildPodNode(env: ModelEnv, parentId: string, p: PodView, ref: ObjRef, ns: string, self: boolean, manifest: ReturnType<ModelEnv['manifestFor']>): TreeNode {
  const s = podState(p);
  const parts = [stateText(env, s.status, s.reasonKey), `${s.ready}/${s.total}`, s.restarts > 0 ? env.t('desc.restarts', { count: s.restarts }) : undefined, self ? env.t('desc.self') : undefined];
  return {
    id: `${parentId}/o:pods:${ref.name}`, kind: 'object', label: ref.name, ref, namespace: ns, manifest,
    description: parts.filter(Boolean).join(' · '),
    icon: self ? { id: 'shield', color: SEVERITY_ICON[s.severity].color } : SEVERITY_ICON[s.severity],
    collapsible: 'collapsed',
    contextValue: objectContextValue('pods', env.access(ns), { self, manifest: !!manifest, name: ref.name }),
    tooltip: () => {
      const body = [explanationMd(env, explainState(env.lang, s.reasonKey), s.status, s.severity, s.detail)];
      if (s.lastTermination && s.restarts > 0) {
        body.push('', md(env.t('tip.lastTermination', { container: s.lastTermination.container, reason: s.lastTermination.reason ?? '?', exitCode: s.lastTermination.exitCode ?? '?' })));
      }
      return objectTooltip(env, ref, body, manifest, `kubectl get pod ${ref.name} -n ${ns} -o wide`);
    },
  };
}

export function containerNodes(env: ModelEnv, pod: TreeNode): TreeNode[] {
  const ns = pod.namespace ?? env.connection.namespace;
  const p = env.store.items<PodView>({ resource: 'pods', namespace: ns }).find((x) => x.metadata.name === pod.ref?.name);
  if (!p) return [];
  const specs = [...(p.spec?.initContainers ?? []).map((c) => ({ c, init: true })), ...(p.spec?.containers ?? []).map((c) => ({ c, init: false }))];
  return specs.map(({ c, init }) => {
    const cs = (init ? p.status?.initContainerStatuses : p.status?.containerStatuses)?.find((x) => x.name === c.name);
    const s = containerState(cs);
    const restarts = cs?.restartCount ?? 0;
    const parts = [stateText(env, s.status, s.reasonKey), init ? env.t('desc.init') : undefined, restarts > 0 ? env.t('desc.restarts', { count: restarts }) : undefined, c.image];
    return {
      id: `${pod.id}/ct:${c.name}`, kind: 'container', label: c.name, ref: pod.ref, container: c.name, namespace: ns,
      description: parts.filter(Boolean).join(' · '), icon: SEVERITY_ICON[s.severity], collapsible: 'none',
      contextValue: containerContextValue(env.access(ns), p.metadata.name),
      tooltip: () => [
        explanationMd(env, explainState(env.lang, s.reasonKey), s.status, s.severity, s.detail),
        '', `${env.t('tip.image')} : ${code(c.image ?? '?')}`,
        '', `${env.t('tip.kubectl')} : ${code(`kubectl logs ${p.metadata.name} -c ${c.name} -n ${ns}`)}`,
      ].join('\n'),
    } satisfies TreeNode;
  });
}

/** Children of a Deployment: its ReplicaSets, newest revision first (old empty ones greyed, not expandable). */
export function deploymentChildren(env: ModelEnv, node: TreeNode): TreeNode[] {
  const ns = node.namespace ?? env.connection.namespace;
  const sets = env.store.ownedBy<WorkloadView>({ resource: 'replicasets', namespace: ns }, node.ref?.uid ?? '').slice().sort((a, b) => revisionOf(b) - revisionOf(a));
  return sets.map((rs, i) => {
    const n = workloadNode(env, node.id, 'replicasets', rs);
    const rev = revisionOf(rs);
    const old = i > 0 && (rs.spec?.replicas ?? 0) === 0;
    n.description = [old ? env.t('desc.oldRevision', { revision: rev }) : env.t('desc.revision', { revision: rev }), n.description].filter(Boolean).join(' · ');
    if (old) { n.icon = { id: 'history', color: 'disabledForeground' }; n.collapsible = 'none'; }
    return n;
  });
}

/** Children of a CronJob: its Jobs. */
export function cronJobChildren(env: ModelEnv, node: TreeNode): TreeNode[] {
  const ns = node.namespace ?? env.connection.namespace;
  return env.store.ownedBy<WorkloadView>({ resource: 'jobs', namespace: ns }, node.ref?.uid ?? '').slice().sort(byName).map((j) => workloadNode(env, node.id, 'jobs', j));
}

/** Children of a workload that owns its Pods directly (StatefulSet, DaemonSet, Job, ReplicaSet). */
export function ownedPodNodes(env: ModelEnv, node: TreeNode): TreeNode[] {
  const ns = node.namespace ?? env.connection.namespace;
  return env.store.ownedBy<PodView>({ resource: 'pods', namespace: ns }, node.ref?.uid ?? '').slice().sort(byName).map((p) => podNode(env, node.id, p));
}
