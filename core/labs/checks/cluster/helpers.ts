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
