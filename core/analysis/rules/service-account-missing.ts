// KA100 — A pod's serviceAccountName (or its deprecated alias serviceAccount) names a ServiceAccount that is
// defined nowhere in the workspace: the API server refuses to create the Pods.
import { checkMissing } from './missingReference';
import type { WorkspaceRule } from './rule';

export const serviceAccountMissing: WorkspaceRule = {
  id: 'service-account-missing',
  codes: ['KA100'],
  scope: 'workspace',
  check(ctx) {
    checkMissing(ctx, {
      code: 'KA100', kind: 'ServiceAccount', managed: 'warning', unmanaged: 'warning',
      accept: (ref) => ref.via === 'serviceAccountName',
      ignore: (ref) => ref.name === 'default',
    });
  },
};
