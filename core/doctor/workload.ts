// Workload links: the workload exists → it asks for Pods (replicas ≠ 0) → its controller manages to create them
// (ReplicaSet FailedCreate: quota, admission) → (Job) it has not given up.
import { byName, condition, eventsFor, nameOf, podsOf, replicaSetsOf, WORKLOAD_RESOURCE, type Json } from './objects';
import type { KObject } from './types';
import type { Walker } from './walker';

export interface Workload {
  kind: string;
  name: string;
  object: KObject;
}

/** Finds the workload, or records why it cannot be read / does not exist. */
export function workloadExists(w: Walker, kind: string, name: string): Workload | undefined | false {
  const res = WORKLOAD_RESOURCE[kind];
  const checked = w.t('workload.exists.checked', { kind, name });
  const kubectl = `kubectl get ${kind.toLowerCase()} ${name} -n ${w.ns}`;
  if (w.denied('workload.exists', res, checked, kubectl, w.obj(kind, name))) return undefined;
  const object = byName(w.view, res, name);
  if (!object) return w.bad('workload.exists', checked, { code: 'workload.missing', params: { kind, name, namespace: w.ns } }, kubectl, w.obj(kind, name));
  w.ok('workload.exists', checked, w.t('workload.exists.ok', { kind }), kubectl, w.obj(kind, name));
  return { kind, name, object };
}

/** Replicas and Pod creation; returns false on a broken link. */
export function workloadHops(w: Walker, wl: Workload): boolean {
  const { kind, name, object } = wl;
  const spec = (object.spec ?? {}) as Json;
  const status = (object.status ?? {}) as Json;
  const obj = w.obj(kind, name);
  const res = kind.toLowerCase();
  let desired: number;
  if (kind === 'Job') {
    const failed = condition(object, 'Failed');
    const checked = w.t('job.status.checked', { name });
    if (failed?.status === 'True') {
      return w.bad('job.status', checked, { code: 'job.failed', params: { name, namespace: w.ns, message: String(failed.message ?? failed.reason ?? '') } },
        `kubectl describe job ${name} -n ${w.ns}`, obj);
    }
    w.ok('job.status', checked, w.t('job.status.ok', { succeeded: status.succeeded ?? 0, active: status.active ?? 0, failed: status.failed ?? 0 }),
      `kubectl get job ${name} -n ${w.ns}`, obj);
    if (condition(object, 'Complete')?.status === 'True') return true;
    desired = Math.max(1, Number(spec.parallelism ?? 1));
  } else {
    desired = kind === 'DaemonSet' ? Number(status.desiredNumberScheduled ?? 0) : Number(spec.replicas ?? 1);
    const checked = w.t('workload.replicas.checked', { kind, name });
    const kubectl = `kubectl get ${res} ${name} -n ${w.ns}`;
    if (desired === 0 && kind !== 'DaemonSet') {
      return w.bad('workload.replicas', checked, { code: 'workload.scaledToZero', params: { kind, name, resource: res, namespace: w.ns } }, kubectl, obj);
    }
    w.ok('workload.replicas', checked, w.t('workload.replicas.ok', { desired, ready: status.readyReplicas ?? status.numberReady ?? 0 }), kubectl, obj);
  }
  return createHop(w, wl, desired);
}

function createHop(w: Walker, wl: Workload, desired: number): boolean {
  const { kind, name, object } = wl;
  const pods = podsOf(w.view, kind, name);
  const checked = w.t('workload.create.checked', { name });
  // The object that creates the Pods (and gets the FailedCreate events): the newest ReplicaSet of a Deployment.
  const creator = kind === 'Deployment' ? replicaSetsOf(w.view, name)[0] : object;
  const creatorKind = kind === 'Deployment' ? 'ReplicaSet' : kind;
  const creatorName = creator ? nameOf(creator) : name;
  const kubectl = `kubectl describe ${creatorKind.toLowerCase()} ${creatorName} -n ${w.ns}`;
  const obj = w.obj(kind, name);
  if (pods.length >= desired && pods.length > 0) return w.ok('workload.create', checked, w.t('workload.create.ok', { count: pods.length, desired }), kubectl, obj);
  const ev = creator ? eventsFor(w.view, creatorKind, creatorName, ['FailedCreate'])[0] : undefined;
  const cond = (creator && condition(creator, 'ReplicaFailure')) || condition(object, 'ReplicaFailure');
  const message = String(ev?.message ?? (cond?.status === 'True' ? cond.message : '') ?? '');
  if (message) {
    if (/exceeded quota/i.test(message)) {
      return w.bad('workload.create', checked, { code: 'workload.quota', params: { message, namespace: w.ns }, extra: quotaUsage(w) }, kubectl, obj);
    }
    return w.bad('workload.create', checked, { code: 'workload.createRefused', params: { message } }, kubectl, obj);
  }
  if (!pods.length) {
    if (w.denied('workload.create', 'events', checked, kubectl, obj)) return true;
    return w.bad('workload.create', checked, { code: 'workload.noPods', params: { namespace: w.ns } }, kubectl, obj);
  }
  return w.ok('workload.create', checked, w.t('workload.create.ok', { count: pods.length, desired }), kubectl, obj);
}

/** « quota « q » : pods 1 utilisé sur 1 » for every quota at its limit. */
function quotaUsage(w: Walker): string {
  const parts: string[] = [];
  for (const q of w.view.objects.resourcequotas ?? []) {
    const hard = ((q.status as Json)?.hard ?? {}) as Record<string, string>;
    const used = ((q.status as Json)?.used ?? {}) as Record<string, string>;
    for (const [r, h] of Object.entries(hard)) {
      if (used[r] !== undefined && used[r] === h) parts.push(w.t('workload.quotaUsage', { name: nameOf(q), used: `${r} ${used[r]}`, hard: h }));
    }
  }
  return parts.length ? ` (${parts.join(w.t('punct.semicolon'))})` : '';
}
