// `kubectl scale --replicas=N` through the scale subresource (merge patch of spec.replicas).
import type { ClusterGateway } from '../gateway';
import { RolloutError } from '../rollout/messages';
import type { ApiObjectRef } from '../types';
import { FIELD_MANAGER } from './fieldManager';

export function scaleBody(replicas: number): { spec: { replicas: number } } {
  if (!Number.isInteger(replicas) || replicas < 0) throw new RolloutError({ code: 'badReplicas' });
  return { spec: { replicas } };
}

/** The replica count the scale subresource reports (0 when unset). */
export async function currentReplicas(gw: ClusterGateway, ref: ApiObjectRef): Promise<number> {
  const scale = await gw.get(ref, 'scale');
  return (scale.spec as { replicas?: number } | undefined)?.replicas ?? 0;
}

/** Sets the replica count. Returns the previous count. */
export async function scaleWorkload(gw: ClusterGateway, ref: ApiObjectRef, replicas: number, opts: { dryRun?: boolean } = {}): Promise<{ from?: number; to: number }> {
  const body = scaleBody(replicas);
  const scale = await gw.get(ref, 'scale');
  const from = (scale.spec as { replicas?: number } | undefined)?.replicas;
  await gw.patch(ref, body, 'merge', { subresource: 'scale', dryRun: opts.dryRun, fieldManager: FIELD_MANAGER });
  return { from, to: replicas };
}
