// KA076 — An Ingress's `spec.tls[].secretName` names a Secret that no manifest of the namespace defines: the
// Ingress controller then serves its default (self-signed) certificate. Secrets are often created out of band
// (`kubectl create secret tls`), so the rule only speaks when the workspace manages Secrets in that namespace, and
// never when cert-manager is asked to create the Secret (annotations on the Ingress).
import type { Reference } from '../index/types';
import { get, getPath, text } from '../util/yamlNodes';
import { checkMissing } from './missingReference';
import type { WorkspaceRule } from './rule';

/** The Ingress asks cert-manager (or the legacy kube-lego/ACME shim) to issue the certificate into that Secret. */
function certificateRequested(ref: Reference): boolean {
  const annotations = getPath(ref.owner.node, 'metadata.annotations');
  if (get(annotations, 'cert-manager.io/cluster-issuer') || get(annotations, 'cert-manager.io/issuer')) return true;
  return text(get(annotations, 'kubernetes.io/tls-acme'))?.toLowerCase() === 'true';
}

export const ingressTlsSecret: WorkspaceRule = {
  id: 'ingress-tls-secret',
  codes: ['KA076'],
  scope: 'workspace',
  check(ctx) {
    checkMissing(ctx, {
      code: 'KA076', kind: 'Secret', managed: 'warning', unmanaged: 'information', closestVariant: true, onlyWhenManaged: true,
      accept: (ref) => ref.via === 'ingressTls' && ['networking.k8s.io', 'extensions'].includes(ref.owner.group ?? ''),
      ignore: (ref, c) => certificateRequested(ref) || c.workspace.isGenerated('Secret', ref.name),
    });
  },
};
