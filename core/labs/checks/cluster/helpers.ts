// Shared helpers of the cluster checks.
import { evaluatePath } from '../fieldPath';
import type { ClusterReader, StepClock } from '../types';

export type Obj = Record<string, unknown>;

export function requireCluster(c: ClusterReader | undefined): ClusterReader {
  if (!c) throw new Error('no-cluster');
  return c;
}

export const num = (v: unknown): number => (typeof v === 'number' ? v : typeof v === 'string' && v !== '' ? Number(v) : 0);

export function str(obj: unknown, path: string): string | undefined {
  const v = evaluatePath(obj, path)[0];
  return v === undefined ? undefined : String(v);
}

/** Kubernetes timestamps have a one-second resolution: compare against the step start rounded down. */
export function createdSinceStep(iso: string | undefined, clock: StepClock): boolean {
  if (!iso) return false;
  const t = Date.parse(iso);
  return Number.isFinite(t) && t >= Math.floor(clock.startedAt / 1000) * 1000;
}

export function isPodReady(pod: Obj): boolean {
  if (evaluatePath(pod, 'metadata.deletionTimestamp').length > 0) return false;
  const conds = evaluatePath(pod, 'status.conditions[type=Ready].status');
  return conds.length > 0 && String(conds[0]) === 'True';
}

export function fmtLabels(sel: Record<string, string>): string {
  return Object.entries(sel).map(([k, v]) => `${k}=${v}`).join(',');
}

/** The owners that name what they create predictably: `<owner>-…` (a StatefulSet's redis-0, a CronJob's Jobs). */
const OWNERS: Record<string, { kind: string; sameName?: boolean }[]> = {
  pod: [{ kind: 'StatefulSet' }, { kind: 'ReplicaSet' }, { kind: 'Job' }, { kind: 'DaemonSet' }],
  persistentvolumeclaim: [{ kind: 'StatefulSet' }],
  replicaset: [{ kind: 'Deployment' }],
  job: [{ kind: 'CronJob' }],
  endpoints: [{ kind: 'Service', sameName: true }],
};

/**
 * An object absent by name may still be created by a controller shortly after the student's apply (redis-0 of a
 * StatefulSet, its PVC data-redis-0): true when a possible owner exists in the namespace. Without one, nothing will
 * create it and the check can fail at once. An unreadable owner kind (403) counts as no owner.
 */
export async function mayAppearLater(cluster: ClusterReader, kind: string, name: string): Promise<boolean> {
  for (const owner of OWNERS[kind.toLowerCase()] ?? []) {
    let owners: Obj[];
    try {
      owners = await cluster.list(owner.kind);
    } catch {
      continue;
    }
    for (const o of owners) {
      const n = (o.metadata as Obj | undefined)?.name;
      if (typeof n !== 'string') continue;
      if (owner.sameName ? n === name : name.startsWith(`${n}-`) || name.includes(`-${n}-`)) return true;
    }
  }
  return false;
}
