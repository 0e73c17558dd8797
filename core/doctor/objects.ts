// Small pure helpers over plain Kubernetes JSON: labels, owners, events, pod specs.
import type { DoctorResource, DoctorView, KObject } from './types';

// Plain API JSON is read defensively through `any` (the doctor never trusts a field to be present).
export type Json = any;

export const nameOf = (o: KObject): string => o.metadata.name ?? '';

export function items(v: DoctorView, r: DoctorResource): KObject[] {
  return v.objects[r] ?? [];
}

export function byName(v: DoctorView, r: DoctorResource, name: string): KObject | undefined {
  return items(v, r).find((o) => o.metadata.name === name);
}

export function matchesSelector(selector: Record<string, string>, labels: Record<string, string> | undefined): boolean {
  const keys = Object.keys(selector);
  return keys.length > 0 && keys.every((k) => labels?.[k] === selector[k]);
}

export function selectorText(selector: Record<string, string>): string {
  return Object.entries(selector).map(([k, v]) => `${k}=${v}`).join(',');
}

export const isTerminating = (o: KObject): boolean => Boolean(o.metadata.deletionTimestamp);

export function controllerOf(o: KObject): { kind: string; name: string } | undefined {
  const refs = o.metadata.ownerReferences ?? [];
  return refs.find((r) => r.controller) ?? refs[0];
}

export const WORKLOAD_RESOURCE: Record<string, DoctorResource> = {
  Deployment: 'deployments', StatefulSet: 'statefulsets', DaemonSet: 'daemonsets', ReplicaSet: 'replicasets', Job: 'jobs',
};

/** kubectl's resource name for a kind (`deployment`, `statefulset`…). */
export const kubectlName = (kind: string): string => (kind === 'PersistentVolumeClaim' ? 'pvc' : kind.toLowerCase());

/** The top controller of a Pod (ReplicaSet → Deployment), as {kind, name, object}. */
export function topOwner(v: DoctorView, pod: KObject): { kind: string; name: string; object?: KObject } | undefined {
  const own = controllerOf(pod);
  if (!own) return undefined;
  const res = WORKLOAD_RESOURCE[own.kind];
  const obj = res ? byName(v, res, own.name) : undefined;
  if (own.kind === 'ReplicaSet' && obj) {
    const up = controllerOf(obj);
    if (up?.kind === 'Deployment') return { kind: 'Deployment', name: up.name, object: byName(v, 'deployments', up.name) };
  }
  return { kind: own.kind, name: own.name, object: obj };
}

/** ReplicaSets of a Deployment, newest revision first. */
export function replicaSetsOf(v: DoctorView, deployment: string): KObject[] {
  const rev = (o: KObject) => Number(o.metadata.annotations?.['deployment.kubernetes.io/revision'] ?? 0);
  return items(v, 'replicasets')
    .filter((rs) => controllerOf(rs)?.kind === 'Deployment' && controllerOf(rs)?.name === deployment)
    .sort((a, b) => rev(b) - rev(a) || String(b.metadata.creationTimestamp ?? '').localeCompare(String(a.metadata.creationTimestamp ?? '')));
}

/** Live Pods of a workload (through its ReplicaSets for a Deployment). */
export function podsOf(v: DoctorView, kind: string, name: string): KObject[] {
  const owners = kind === 'Deployment' ? replicaSetsOf(v, name).map((rs) => ({ kind: 'ReplicaSet', name: nameOf(rs) })) : [{ kind, name }];
  return items(v, 'pods').filter((p) => {
    const o = controllerOf(p);
    return !isTerminating(p) && !!o && owners.some((w) => w.kind === o.kind && w.name === o.name);
  });
}

/** Events about one object, newest first. */
export function eventsFor(v: DoctorView, kind: string, name: string, reasons?: string[]): Json[] {
  const t = (e: Json) => String(e.lastTimestamp ?? e.eventTime ?? e.metadata?.creationTimestamp ?? '');
  return (items(v, 'events') as Json[])
    .filter((e) => e.involvedObject?.kind === kind && e.involvedObject?.name === name && (!reasons || reasons.includes(e.reason)))
    .sort((a, b) => t(b).localeCompare(t(a)));
}

export function condition(o: KObject, type: string): Json | undefined {
  return ((o.status?.conditions as Json[] | undefined) ?? []).find((c) => c.type === type);
}

export function podSpec(o: KObject): Json {
  return o.kind === 'Pod' || !(o.spec as Json)?.template ? o.spec ?? {} : (o.spec as Json).template.spec ?? {};
}

export function containersOf(spec: Json): Json[] {
  return [...(spec?.initContainers ?? []), ...(spec?.containers ?? [])];
}

export function statusesOf(pod: KObject): Json[] {
  const s = pod.status as Json;
  return [...(s?.initContainerStatuses ?? []), ...(s?.containerStatuses ?? [])];
}

export const uniq = <T>(xs: T[]): T[] => [...new Set(xs)];
