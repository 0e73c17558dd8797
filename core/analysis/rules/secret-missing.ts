// A Secret referenced by a pod is defined nowhere in the workspace. Secrets are usually created outside
// Git (kubectl create secret), so this is a hint unless a similarly named Secret exists (a probable typo: the
// Pod would stay in CreateContainerConfigError). Image pull secrets: KA103, always a hint.
import { checkMissing } from './missingReference';
import type { WorkspaceRule } from './rule';

export const secretMissing: WorkspaceRule = {
  id: 'secret-missing',
  codes: ['KA009', 'KA103'],
  scope: 'workspace',
  check(ctx) {
    checkMissing(ctx, {
      code: 'KA009', kind: 'Secret', managed: 'warning', unmanaged: 'information', closeOnly: true, closestVariant: true,
      // Ingress TLS Secrets: KA076 (ingress-tls-secret).
      accept: (ref) => ref.via !== 'imagePullSecrets' && ref.via !== 'ingressTls',
      ignore: (ref, c) => c.workspace.isGenerated('Secret', ref.name),
    });
    checkMissing(ctx, {
      code: 'KA103', kind: 'Secret', managed: 'information', unmanaged: 'information',
      accept: (ref) => ref.via === 'imagePullSecrets',
      ignore: (ref, c) => c.workspace.isGenerated('Secret', ref.name),
      messageKey: () => 'KA103',
    });
  },
};
