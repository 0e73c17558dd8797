// `kubectl rollout pause|resume` (rollout_pause.go, rollout_resume.go): Deployments only.
import type { ClusterGateway } from '../gateway';
import { RolloutError } from '../rollout/messages';
import type { WorkloadRef } from '../rollout/workloadRef';
import { FIELD_MANAGER } from './fieldManager';

/** The strategic merge patch kubectl sends (resume removes the field). */
export function pauseBody(paused: boolean): object {
  return { spec: { paused: paused ? true : null } };
}

/** `changed` is false when the Deployment already was in that state. */
export async function setPaused(gw: ClusterGateway, ref: WorkloadRef, paused: boolean, opts: { dryRun?: boolean } = {}): Promise<{ changed: boolean }> {
  if (ref.kind !== 'Deployment') throw new RolloutError({ code: 'notSupported', kind: ref.kind, action: paused ? 'pause' : 'resume' });
  const obj = await gw.get(ref);
  if (Boolean((obj.spec as { paused?: boolean } | undefined)?.paused) === paused) return { changed: false };
  await gw.patch({ ...ref, namespace: obj.metadata.namespace }, pauseBody(paused), 'strategic', { dryRun: opts.dryRun, fieldManager: FIELD_MANAGER });
  return { changed: true };
}
