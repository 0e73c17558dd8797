// A PersistentVolumeClaim used by a pod is defined nowhere in the workspace: the Pod stays Pending.
// A StatefulSet's volumeClaimTemplates create their own claims, so their names are not references.
import { get, items, str } from '../util/yamlNodes';
import { checkMissing } from './missingReference';
import type { WorkspaceRule } from './rule';

export const pvcMissing: WorkspaceRule = {
  id: 'pvc-missing',
  codes: ['KA017'],
  scope: 'workspace',
  check(ctx) {
    checkMissing(ctx, {
      code: 'KA017', kind: 'PersistentVolumeClaim', managed: 'warning', unmanaged: 'information',
      accept: () => true,
      messageKey: () => 'KA017.pvc',
      ignore: (ref) => {
        const owner = ref.owner;
        if (owner.kind !== 'StatefulSet') return false;
        const templates = items(get(get(owner.node, 'spec'), 'volumeClaimTemplates')).map((t) => str(get(get(t, 'metadata'), 'name')));
        return templates.some((t) => t && (t === ref.name || ref.name.startsWith(`${t}-${owner.name ?? ''}-`)));
      },
    });
  },
};
