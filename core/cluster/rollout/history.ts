// Revisions of a workload, like `kubectl rollout history`: ReplicaSets (Deployment) or ControllerRevisions
// (StatefulSet, DaemonSet) controlled by the object, with change-cause and pod template.
import type { ClusterGateway } from '../gateway';
import type { K8sObject, LabelSelector } from '../types';
import type { WorkloadRef } from './workloadRef';

export const REVISION_ANNOTATION = 'deployment.kubernetes.io/revision';
export const CHANGE_CAUSE_ANNOTATION = 'kubernetes.io/change-cause';
export const HASH_LABEL = 'pod-template-hash';

export interface Revision {
  revision: number;
  changeCause?: string;
  /** Pod template (ReplicaSet's without the pod-template-hash label; ControllerRevision's without `$patch`). */
  template: Record<string, unknown>;
  images: string[];
  /** ReplicaSet or ControllerRevision holding it. */
  source: K8sObject;
  current: boolean;
}

export interface History {
  object: K8sObject;
  revisions: Revision[];
}

/** A label selector object as the `labelSelector` query string. */
export function selectorString(sel: LabelSelector | undefined): string {
  const parts = Object.entries(sel?.matchLabels ?? {}).map(([k, v]) => `${k}=${v}`);
  for (const e of sel?.matchExpressions ?? []) {
    const vals = (e.values ?? []).join(',');
    if (e.operator === 'In') parts.push(`${e.key} in (${vals})`);
    else if (e.operator === 'NotIn') parts.push(`${e.key} notin (${vals})`);
    else if (e.operator === 'Exists') parts.push(e.key);
    else if (e.operator === 'DoesNotExist') parts.push(`!${e.key}`);
  }
  return parts.join(',');
}

const controlledBy = (o: K8sObject, owner: K8sObject): boolean =>
  Boolean(o.metadata.ownerReferences?.some((r) => r.controller && r.uid === owner.metadata.uid));

/** Images of a pod template, containers then init containers. */
export function templateImages(template: Record<string, unknown>): string[] {
  const spec = (template.spec ?? {}) as { containers?: { image?: string }[]; initContainers?: { image?: string }[] };
  return [...(spec.containers ?? []), ...(spec.initContainers ?? [])].map((c) => c.image ?? '').filter(Boolean);
}

/** Pod template without the pod-template-hash label (what revisions are compared on). */
export function withoutHash(template: Record<string, unknown>): Record<string, unknown> {
  const copy = JSON.parse(JSON.stringify(template ?? {})) as { metadata?: { labels?: Record<string, string> } };
  if (copy.metadata?.labels) delete copy.metadata.labels[HASH_LABEL];
  return copy as Record<string, unknown>;
}

export async function rolloutHistory(gw: ClusterGateway, ref: WorkloadRef): Promise<History> {
  const object = await gw.get(ref);
  const ns = object.metadata.namespace;
  const labelSelector = selectorString((object.spec as { selector?: LabelSelector } | undefined)?.selector);
  if (ref.kind === 'Deployment') {
    const current = object.metadata.annotations?.[REVISION_ANNOTATION];
    const rss = (await gw.list('apps/v1', 'ReplicaSet', { namespace: ns, labelSelector })).items.filter((rs) => controlledBy(rs, object));
    const revisions = rss
      .map((rs): Revision | undefined => {
        const rev = Number(rs.metadata.annotations?.[REVISION_ANNOTATION]);
        if (!Number.isInteger(rev) || rev <= 0) return undefined;
        const template = withoutHash(((rs.spec ?? {}) as { template?: Record<string, unknown> }).template ?? {});
        return { revision: rev, changeCause: rs.metadata.annotations?.[CHANGE_CAUSE_ANNOTATION], template, images: templateImages(template), source: rs, current: String(rev) === current };
      })
      .filter((r): r is Revision => Boolean(r))
      .sort((a, b) => a.revision - b.revision);
    return { object, revisions };
  }
  const crs = (await gw.list('apps/v1', 'ControllerRevision', { namespace: ns, labelSelector })).items.filter((cr) => controlledBy(cr, object));
  const updateRevision = (object.status as { updateRevision?: string } | undefined)?.updateRevision;
  const revisions = crs
    .map((cr): Revision => {
      const data = (cr.data ?? {}) as { spec?: { template?: Record<string, unknown> } };
      const template = { ...(data.spec?.template ?? {}) };
      delete template.$patch;
      return {
        revision: Number(cr.revision ?? 0), changeCause: cr.metadata.annotations?.[CHANGE_CAUSE_ANNOTATION], template,
        images: templateImages(template), source: cr, current: cr.metadata.name === updateRevision,
      };
    })
    .sort((a, b) => a.revision - b.revision);
  if (ref.kind === 'DaemonSet' && revisions.length && !revisions.some((r) => r.current)) revisions[revisions.length - 1].current = true;
  return { object, revisions };
}

/** kubectl's table: `REVISION  CHANGE-CAUSE` (with `<none>`). */
export function historyTable(h: History): string {
  if (h.revisions.length === 0) return 'No rollout history found.';
  const rows = h.revisions.map((r) => [String(r.revision), r.changeCause || '<none>']);
  const w = Math.max(8, ...rows.map((r) => r[0].length));
  return [`${'REVISION'.padEnd(w)}  CHANGE-CAUSE`, ...rows.map((r) => `${r[0].padEnd(w)}  ${r[1]}`)].join('\n');
}
