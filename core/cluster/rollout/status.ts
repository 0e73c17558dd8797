// Rollout status with kubectl's exact rules (k8s.io/kubectl pkg/polymorphichelpers/rollout_status.go, v0.36).
// Pure: takes the object as the API returns it. `kubectl` holds kubectl's own sentence, for tests and the CLI's --kubectl.
import type { K8sObject } from '../types';

export type RolloutStep =
  | 'observing' | 'updating' | 'terminatingOld' | 'waitingAvailable' | 'done'
  | 'stsWaitingReady' | 'stsPartitioned' | 'stsRolling';

export interface RolloutStatus {
  done: boolean;
  /** Set when kubectl would exit with an error. */
  error?: 'progressDeadlineExceeded' | 'revisionMismatch' | 'unsupportedStrategy';
  step: RolloutStep;
  /** Numbers for the message: updated/desired/available/old/ready… */
  counts: Record<string, number>;
  /** Revision (Deployment annotation) or updateRevision (StatefulSet). */
  revision?: string;
  /** kubectl's sentence (English, without the trailing newline). */
  kubectl: string;
}

type Obj = K8sObject & { metadata: K8sObject['metadata'] & { generation?: number } };
const num = (v: unknown): number => (typeof v === 'number' ? v : 0);

export function deploymentStatus(d: Obj, revision = 0): RolloutStatus {
  const name = d.metadata.name ?? '';
  const spec = (d.spec ?? {}) as { replicas?: number };
  const st = (d.status ?? {}) as Record<string, unknown>;
  const rev = d.metadata.annotations?.['deployment.kubernetes.io/revision'];
  const counts = {
    desired: num(spec.replicas), updated: num(st.updatedReplicas), replicas: num(st.replicas),
    available: num(st.availableReplicas), ready: num(st.readyReplicas),
  };
  const base = { counts, revision: rev };
  if (revision > 0 && Number(rev) !== revision) {
    return { ...base, done: false, error: 'revisionMismatch', step: 'observing', kubectl: `desired revision (${revision}) is different from the running revision (${rev ?? 0})` };
  }
  if (num(d.metadata.generation) <= num(st.observedGeneration)) {
    const conds = (st.conditions ?? []) as { type?: string; reason?: string }[];
    const progressing = conds.find((c) => c.type === 'Progressing');
    if (progressing?.reason === 'ProgressDeadlineExceeded') {
      return { ...base, done: false, error: 'progressDeadlineExceeded', step: 'updating', kubectl: `deployment "${name}" exceeded its progress deadline` };
    }
    if (spec.replicas !== undefined && counts.updated < spec.replicas) {
      return { ...base, done: false, step: 'updating', kubectl: `Waiting for deployment "${name}" rollout to finish: ${counts.updated} out of ${spec.replicas} new replicas have been updated...` };
    }
    if (counts.replicas > counts.updated) {
      return { ...base, done: false, step: 'terminatingOld', counts: { ...counts, old: counts.replicas - counts.updated }, kubectl: `Waiting for deployment "${name}" rollout to finish: ${counts.replicas - counts.updated} old replicas are pending termination...` };
    }
    if (counts.available < counts.updated) {
      return { ...base, done: false, step: 'waitingAvailable', kubectl: `Waiting for deployment "${name}" rollout to finish: ${counts.available} of ${counts.updated} updated replicas are available...` };
    }
    return { ...base, done: true, step: 'done', kubectl: `deployment "${name}" successfully rolled out` };
  }
  return { ...base, done: false, step: 'observing', kubectl: 'Waiting for deployment spec update to be observed...' };
}

export function daemonSetStatus(ds: Obj): RolloutStatus {
  const name = ds.metadata.name ?? '';
  const spec = (ds.spec ?? {}) as { updateStrategy?: { type?: string } };
  const st = (ds.status ?? {}) as Record<string, unknown>;
  const counts = { desired: num(st.desiredNumberScheduled), updated: num(st.updatedNumberScheduled), available: num(st.numberAvailable) };
  if (spec.updateStrategy?.type !== 'RollingUpdate') {
    return { done: true, error: 'unsupportedStrategy', step: 'done', counts, kubectl: 'rollout status is only available for RollingUpdate strategy type' };
  }
  if (num(ds.metadata.generation) <= num(st.observedGeneration)) {
    if (counts.updated < counts.desired) {
      return { done: false, step: 'updating', counts, kubectl: `Waiting for daemon set "${name}" rollout to finish: ${counts.updated} out of ${counts.desired} new pods have been updated...` };
    }
    if (counts.available < counts.desired) {
      return { done: false, step: 'waitingAvailable', counts, kubectl: `Waiting for daemon set "${name}" rollout to finish: ${counts.available} of ${counts.desired} updated pods are available...` };
    }
    return { done: true, step: 'done', counts, kubectl: `daemon set "${name}" successfully rolled out` };
  }
  return { done: false, step: 'observing', counts, kubectl: 'Waiting for daemon set spec update to be observed...' };
}

export function statefulSetStatus(sts: Obj): RolloutStatus {
  const spec = (sts.spec ?? {}) as { replicas?: number; updateStrategy?: { type?: string; rollingUpdate?: { partition?: number } } };
  const st = (sts.status ?? {}) as Record<string, unknown>;
  const counts = { desired: num(spec.replicas), ready: num(st.readyReplicas), updated: num(st.updatedReplicas), current: num(st.currentReplicas) };
  const revision = typeof st.updateRevision === 'string' ? st.updateRevision : undefined;
  if (spec.updateStrategy?.type !== 'RollingUpdate') {
    return { done: true, error: 'unsupportedStrategy', step: 'done', counts, kubectl: 'rollout status is only available for RollingUpdate strategy type' };
  }
  if (num(st.observedGeneration) === 0 || num(sts.metadata.generation) > num(st.observedGeneration)) {
    return { done: false, step: 'observing', counts, revision, kubectl: 'Waiting for statefulset spec update to be observed...' };
  }
  if (spec.replicas !== undefined && counts.ready < spec.replicas) {
    return { done: false, step: 'stsWaitingReady', counts: { ...counts, missing: spec.replicas - counts.ready }, revision, kubectl: `Waiting for ${spec.replicas - counts.ready} pods to be ready...` };
  }
  const ru = spec.updateStrategy.rollingUpdate;
  if (ru) {
    if (spec.replicas !== undefined && ru.partition !== undefined && counts.updated < spec.replicas - ru.partition) {
      return { done: false, step: 'stsPartitioned', counts: { ...counts, target: spec.replicas - ru.partition }, revision, kubectl: `Waiting for partitioned roll out to finish: ${counts.updated} out of ${spec.replicas - ru.partition} new pods have been updated...` };
    }
    return { done: true, step: 'done', counts, revision, kubectl: `partitioned roll out complete: ${counts.updated} new pods have been updated...` };
  }
  if (st.updateRevision !== st.currentRevision) {
    return { done: false, step: 'stsRolling', counts, revision, kubectl: `waiting for statefulset rolling update to complete ${counts.updated} pods at revision ${String(st.updateRevision)}...` };
  }
  return { done: true, step: 'done', counts, revision, kubectl: `statefulset rolling update complete ${counts.current} pods at revision ${String(st.currentRevision)}...` };
}

export function rolloutStatus(obj: K8sObject, revision = 0): RolloutStatus {
  switch (obj.kind) {
    case 'Deployment': return deploymentStatus(obj, revision);
    case 'DaemonSet': return daemonSetStatus(obj);
    case 'StatefulSet': return statefulSetStatus(obj);
    default: throw new Error(`no status viewer has been implemented for ${obj.kind}`);
  }
}
