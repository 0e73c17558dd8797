// restart, pause, resume and scale, as kubectl does them (objectrestarter.go, rollout_pause/resume.go, scale).
import type { ClusterGateway } from '../gateway';
import type { K8sObject } from '../types';
import { RolloutError } from './messages';
import { ROLLOUT_MANAGER } from './undo';
import type { WorkloadRef } from './workloadRef';

export const RESTARTED_AT = 'kubectl.kubernetes.io/restartedAt';

/** RFC 3339 without fractional seconds, like Go's time.RFC3339. */
export function rfc3339(d = new Date()): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Sets the restartedAt annotation of the pod template; `changed` is false when it already had this second's value. */
export async function rolloutRestart(gw: ClusterGateway, ref: WorkloadRef, opts: { dryRun?: boolean; now?: Date } = {}): Promise<{ changed: boolean; object: K8sObject }> {
  const obj = await gw.get(ref);
  const spec = (obj.spec ?? {}) as { paused?: boolean; template?: { metadata?: { annotations?: Record<string, string> } } };
  if (ref.kind === 'Deployment' && spec.paused) throw new RolloutError({ code: 'pausedRestart' });
  const stamp = rfc3339(opts.now);
  if (spec.template?.metadata?.annotations?.[RESTARTED_AT] === stamp) return { changed: false, object: obj };
  const ans = await gw.patch({ ...ref, name: ref.name, namespace: obj.metadata.namespace },
    { spec: { template: { metadata: { annotations: { [RESTARTED_AT]: stamp } } } } }, 'strategic',
    { dryRun: opts.dryRun, fieldManager: ROLLOUT_MANAGER });
  return { changed: true, object: ans.body };
}

/** `kubectl rollout pause|resume` (Deployments only). `changed` is false when it already was in that state. */
export async function setPaused(gw: ClusterGateway, ref: WorkloadRef, paused: boolean, opts: { dryRun?: boolean } = {}): Promise<{ changed: boolean }> {
  if (ref.kind !== 'Deployment') throw new RolloutError({ code: 'notSupported', kind: ref.kind, action: paused ? 'pause' : 'resume' });
  const obj = await gw.get(ref);
  if (Boolean((obj.spec as { paused?: boolean } | undefined)?.paused) === paused) return { changed: false };
  await gw.patch({ ...ref, name: ref.name, namespace: obj.metadata.namespace }, { spec: { paused: paused ? true : null } }, 'strategic',
    { dryRun: opts.dryRun, fieldManager: ROLLOUT_MANAGER });
  return { changed: true };
}

/** `kubectl scale --replicas=N` through the scale subresource. Returns the previous count. */
export async function scaleWorkload(gw: ClusterGateway, ref: { apiVersion: string; kind: string; name: string; namespace?: string }, replicas: number, opts: { dryRun?: boolean } = {}): Promise<{ from?: number; to: number }> {
  if (!Number.isInteger(replicas) || replicas < 0) throw new RolloutError({ code: 'badReplicas' });
  const scale = await gw.get(ref, 'scale');
  const from = (scale.spec as { replicas?: number } | undefined)?.replicas;
  await gw.patch({ ...ref, name: ref.name }, { spec: { replicas } }, 'merge', { subresource: 'scale', dryRun: opts.dryRun, fieldManager: 'kube-apprenti-scale' });
  return { from, to: replicas };
}
