// English texts of the labs engine's coded errors (domain `labErrors`). Same keys and placeholders as fr.ts.
import type { LabErrorKey } from './fr';

export const en: Record<LabErrorKey, string> = {
  badPath: 'invalid path “{path}” (position {position}).',
  noSnapshot: 'workspace check without a snapshot of the manifests.',
  unknownKind: 'Kind of resource unknown to labs: “{kind}”.',
  outsideWorkDir: 'Path outside the lab’s folder: “{path}”.',
  needsCluster: 'This action needs a cluster.',
  applyNeedsCluster: 'Applying files needs a cluster.',
  applyRenderNeedsCluster: 'Applying a render needs a cluster.',
  unknownAction: 'Unknown action: {action}',
};
