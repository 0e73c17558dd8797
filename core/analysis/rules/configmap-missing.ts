// A ConfigMap referenced by a pod (envFrom, env, volume) is defined nowhere in the workspace.
import { checkMissing } from './missingReference';
import type { WorkspaceRule } from './rule';

export const configMapMissing: WorkspaceRule = {
  id: 'configmap-missing',
  codes: ['KA005'],
  scope: 'workspace',
  check(ctx) {
    checkMissing(ctx, {
      code: 'KA005', kind: 'ConfigMap', managed: 'warning', unmanaged: 'information',
      accept: () => true,
      // Every namespace holds kube-root-ca.crt; kustomize generators create the others.
      ignore: (ref, c) => ref.name === 'kube-root-ca.crt' || c.workspace.isGenerated('ConfigMap', ref.name),
    });
  },
};
