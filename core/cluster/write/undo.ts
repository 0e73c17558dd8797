// `kubectl rollout undo` (k8s.io/kubectl pkg/polymorphichelpers/rollback.go): Deployment → copy the ReplicaSet's pod
// template (minus pod-template-hash) and its annotations with a JSON patch; StatefulSet/DaemonSet → strategic merge
// patch with the ControllerRevision's data.
import { jsonEqual } from '../apply/clean';
import type { ClusterGateway } from '../gateway';
import { rolloutHistory, withoutHash, type Revision } from '../rollout/history';
import { RolloutError } from '../rollout/messages';
import type { WorkloadRef } from '../rollout/workloadRef';
import type { ObjectMeta } from '../types';
import { FIELD_MANAGER } from './fieldManager';

/** Annotations that stay the Deployment's own (kubectl's annotationsToSkip). */
const ANNOTATIONS_TO_SKIP = new Set([
  'kubectl.kubernetes.io/last-applied-configuration', 'deployment.kubernetes.io/revision', 'deployment.kubernetes.io/revision-history',
  'deployment.kubernetes.io/desired-replicas', 'deployment.kubernetes.io/max-replicas', 'deprecated.deployment.rollback.to',
]);

export interface UndoResult {
  /** False when the current template already matches the target revision (kubectl's "skipped rollback"). */
  changed: boolean;
  revision: number;
  target: Revision;
}

/** Target revision: `toRevision`, or the previous one (second highest) when 0. */
export function pickRevision(revisions: Revision[], toRevision: number): Revision {
  if (toRevision < 0) throw new RolloutError({ code: 'revisionNotFound', revision: toRevision });
  if (toRevision > 0) {
    const r = revisions.find((x) => x.revision === toRevision);
    if (!r) throw new RolloutError({ code: 'revisionNotFound', revision: toRevision });
    return r;
  }
  const sorted = [...revisions].sort((a, b) => a.revision - b.revision);
  if (sorted.length < 2) throw new RolloutError({ code: 'noHistory' });
  return sorted[sorted.length - 2];
}

/** kubectl's JSON patch for a Deployment: the revision's template, the Deployment's own annotations plus the revision's. */
export function undoPatch(own: ObjectMeta['annotations'], target: Revision): object[] {
  const annotations: Record<string, string> = {};
  for (const k of ANNOTATIONS_TO_SKIP) if (own?.[k] !== undefined) annotations[k] = own[k];
  for (const [k, v] of Object.entries(target.source.metadata.annotations ?? {})) if (!ANNOTATIONS_TO_SKIP.has(k)) annotations[k] = v;
  return [
    { op: 'replace', path: '/spec/template', value: target.template },
    { op: 'replace', path: '/metadata/annotations', value: annotations },
  ];
}

export async function rolloutUndo(gw: ClusterGateway, ref: WorkloadRef, toRevision = 0, opts: { dryRun?: boolean } = {}): Promise<UndoResult> {
  const { object, revisions } = await rolloutHistory(gw, ref);
  const target = pickRevision(revisions, toRevision);
  const name = object.metadata.name ?? ref.name;
  const namespace = object.metadata.namespace;
  if (ref.kind === 'Deployment') {
    if ((object.spec as { paused?: boolean } | undefined)?.paused) throw new RolloutError({ code: 'pausedUndo' });
    const currentTemplate = withoutHash(((object.spec ?? {}) as { template?: Record<string, unknown> }).template ?? {});
    if (jsonEqual(target.template, currentTemplate)) return { changed: false, revision: target.revision, target };
    await gw.patch({ ...ref, name, namespace }, undoPatch(object.metadata.annotations, target), 'json', { dryRun: opts.dryRun, fieldManager: FIELD_MANAGER });
    return { changed: true, revision: target.revision, target };
  }
  const currentTemplate = ((object.spec ?? {}) as { template?: Record<string, unknown> }).template ?? {};
  if (jsonEqual(target.template, currentTemplate)) return { changed: false, revision: target.revision, target };
  const data = (target.source.data ?? {}) as object;
  await gw.patch({ ...ref, name, namespace }, data, 'strategic', { dryRun: opts.dryRun, fieldManager: FIELD_MANAGER });
  return { changed: true, revision: target.revision, target };
}
