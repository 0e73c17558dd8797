// KA077 — A HorizontalPodAutoscaler's `spec.scaleTargetRef` names a Deployment, StatefulSet or ReplicaSet that
// no manifest of its namespace defines: the autoscaler reports FailedGetScale and never scales anything. A hint
// only when the workspace defines no object of that kind in the namespace (it may come from `kubectl create`).
import type { ReferenceKind } from '../index/types';
import { checkMissing } from './missingReference';
import type { WorkspaceRule } from './rule';

const TARGETS: readonly ReferenceKind[] = ['Deployment', 'StatefulSet', 'ReplicaSet'];

export const hpaScaleTarget: WorkspaceRule = {
  id: 'hpa-scale-target',
  codes: ['KA077'],
  scope: 'workspace',
  check(ctx) {
    for (const kind of TARGETS) {
      checkMissing(ctx, {
        code: 'KA077', kind, managed: 'warning', unmanaged: 'information', closestVariant: true,
        accept: (ref) => ref.via === 'scaleTargetRef',
      });
    }
  },
};
