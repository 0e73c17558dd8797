// Why is a rollout not finishing? Looks at the new version's Pods (states like `kubectl get pods`), their recent
// Warning events and the ReplicaSet's (FailedCreate: quota, admission), and says it in French.
import { explainEvent, explainState } from '../explainCatalog';
import { rt, rtN } from '../../i18n/rollout';
import { podState, severityRank, type PodState } from '../explainPod';
import type { ClusterGateway } from '../gateway';
import type { Lang } from '../rbacWords';
import type { K8sObject } from '../types';
import type { EventView, PodView } from '../watchTypes';
import { HASH_LABEL, REVISION_ANNOTATION, selectorString } from './history';

export interface PodDiagnosis {
  name: string;
  state: PodState;
}

export interface StuckExplanation {
  /** Worst state among the new Pods (`ImagePullBackOff`, `CrashLoopBackOff`, `NotReady`, `Unschedulable`…) or an event reason. */
  key?: string;
  pods: PodDiagnosis[];
  /** Recent Warning events (reason + message) of those Pods and of the ReplicaSet. */
  events: { object: string; reason: string; message: string }[];
  /** One or two French sentences, empty when nothing looks wrong yet. */
  text: string;
}

const asPod = (o: K8sObject): PodView => o as unknown as PodView; // same JSON shape, the tree's narrower view type

/** Pods of the newest revision (Deployment: its ReplicaSet's pod-template-hash; StatefulSet/DaemonSet: all Pods). */
async function newPods(gw: ClusterGateway, obj: K8sObject): Promise<{ pods: K8sObject[]; owners: string[] }> {
  const ns = obj.metadata.namespace;
  const selector = selectorString((obj.spec as { selector?: Parameters<typeof selectorString>[0] } | undefined)?.selector);
  if (obj.kind !== 'Deployment') {
    const pods = (await gw.list('v1', 'Pod', { namespace: ns, labelSelector: selector })).items;
    return { pods, owners: [obj.metadata.name ?? ''] };
  }
  const rev = obj.metadata.annotations?.[REVISION_ANNOTATION];
  const rss = (await gw.list('apps/v1', 'ReplicaSet', { namespace: ns, labelSelector: selector })).items
    .filter((rs) => rs.metadata.ownerReferences?.some((r) => r.controller && r.uid === obj.metadata.uid));
  const rs = rss.find((r) => r.metadata.annotations?.[REVISION_ANNOTATION] === rev);
  const hash = rs?.metadata.labels?.[HASH_LABEL];
  if (!rs || !hash) return { pods: [], owners: rs ? [rs.metadata.name ?? ''] : [] };
  const pods = (await gw.list('v1', 'Pod', { namespace: ns, labelSelector: `${selector ? `${selector},` : ''}${HASH_LABEL}=${hash}` })).items;
  return { pods, owners: [rs.metadata.name ?? ''] };
}

export async function explainRollout(gw: ClusterGateway, obj: K8sObject, lang: Lang = 'fr'): Promise<StuckExplanation> {
  const { pods, owners } = await newPods(gw, obj);
  const diag = pods.filter((p) => !p.metadata.deletionTimestamp).map((p) => ({ name: p.metadata.name ?? '', state: podState(asPod(p)) }));
  const bad = diag.filter((d) => d.state.severity === 'error' || d.state.severity === 'warning')
    .sort((a, b) => severityRank(b.state.severity) - severityRank(a.state.severity));
  const names = new Set([...bad.slice(0, 3).map((d) => d.name), ...owners]);
  let events: StuckExplanation['events'] = [];
  if (names.size) {
    const all = (await gw.list<K8sObject>('v1', 'Event', { namespace: obj.metadata.namespace, fieldSelector: 'type=Warning' }).catch(() => ({ items: [] as K8sObject[] }))).items as unknown as EventView[];
    events = all.filter((e) => names.has(e.involvedObject?.name ?? ''))
      .slice(-5).map((e) => ({ object: `${e.involvedObject?.kind}/${e.involvedObject?.name}`, reason: e.reason ?? '', message: e.message ?? '' }));
  }
  if (bad.length > 0) {
    const worst = bad[0];
    const same = bad.filter((d) => d.state.reasonKey === worst.state.reasonKey).length;
    const ex = explainState(lang, worst.state.reasonKey, { container: worst.state.container });
    const who = rtN(lang, 'stuckPods', same, { status: worst.state.status, container: worst.state.container ? rt(lang, 'container', { name: worst.state.container }) : '' });
    const detail = worst.state.detail ? ` — ${worst.state.detail}` : '';
    const text = [rt(lang, 'stuckLine', { who, title: ex.title, detail }), ex.cause, ex.remedy].filter(Boolean).join(' ');
    return { key: worst.state.reasonKey, pods: diag, events, text };
  }
  const failedCreate = events.find((e) => e.reason === 'FailedCreate');
  if (failedCreate) {
    const ex = explainEvent(lang, failedCreate);
    return { key: 'FailedCreate', pods: diag, events, text: [rt(lang, 'stuck', { title: ex.title, detail: failedCreate.message }), ex.cause, ex.remedy].filter(Boolean).join(' ') };
  }
  return { pods: diag, events, text: '' };
}
