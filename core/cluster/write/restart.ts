// `kubectl rollout restart` (kubectl's objectrestarter.go): a new restartedAt annotation on the Pod template.
import type { ClusterGateway } from '../gateway';
import { RolloutError } from '../rollout/messages';
import type { WorkloadRef } from '../rollout/workloadRef';
import type { K8sObject } from '../types';
import { FIELD_MANAGER } from './fieldManager';

export const RESTARTED_AT = 'kubectl.kubernetes.io/restartedAt';

/** RFC 3339 without fractional seconds, like Go's time.RFC3339. */
export function rfc3339(d = new Date()): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The strategic merge patch kubectl sends. */
export function restartBody(stamp: string): object {
  return { spec: { template: { metadata: { annotations: { [RESTARTED_AT]: stamp } } } } };
}

/** Sets the restartedAt annotation of the pod template; `changed` is false when it already had this second's value. */
export async function rolloutRestart(gw: ClusterGateway, ref: WorkloadRef, opts: { dryRun?: boolean; now?: Date } = {}): Promise<{ changed: boolean; object: K8sObject }> {
  const obj = await gw.get(ref);
  const spec = (obj.spec ?? {}) as { paused?: boolean; template?: { metadata?: { annotations?: Record<string, string> } } };
  if (ref.kind === 'Deployment' && spec.paused) throw new RolloutError({ code: 'pausedRestart' });
  const stamp = rfc3339(opts.now);
  if (spec.template?.metadata?.annotations?.[RESTARTED_AT] === stamp) return { changed: false, object: obj };
  const ans = await gw.patch({ ...ref, namespace: obj.metadata.namespace }, restartBody(stamp), 'strategic',
    { dryRun: opts.dryRun, fieldManager: FIELD_MANAGER });
  return { changed: true, object: ans.body };
}
