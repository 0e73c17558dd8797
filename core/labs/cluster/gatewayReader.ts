// ClusterReader over the apply engineer's ClusterGateway (client-node): the checks' only way to the cluster.
// No vscode import.
import { ClusterError } from '../../cluster/errors';
import type { ClusterGateway } from '../../cluster/gateway';
import { RolloutError } from '../../cluster/rollout/messages';
import type { TypeRef } from '../../cluster/types';
import { describeWriteError } from '../../cluster/write';
import { LabClusterError, type AccessReview, type ClusterReader } from '../checks/types';
import { LabError } from '../errors';
import type { LabelMap } from '../format/types';
import type { Lang } from '../../i18n/labs';

/** apiVersion of the kinds labs talk about (kind names compared without case). */
const API_VERSIONS: Record<string, [string, string]> = {};
for (const [apiVersion, kinds] of Object.entries({
  v1: ['Pod', 'Service', 'ConfigMap', 'Secret', 'Event', 'PersistentVolumeClaim', 'ServiceAccount', 'Endpoints', 'ResourceQuota', 'LimitRange'],
  'apps/v1': ['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet'],
  'batch/v1': ['Job', 'CronJob'],
  'networking.k8s.io/v1': ['Ingress', 'NetworkPolicy'],
  'discovery.k8s.io/v1': ['EndpointSlice'],
  'autoscaling/v2': ['HorizontalPodAutoscaler'],
  'rbac.authorization.k8s.io/v1': ['Role', 'RoleBinding'],
})) for (const k of kinds) API_VERSIONS[k.toLowerCase()] = [apiVersion, k];

/** `deployment` → { apiVersion: 'apps/v1', kind: 'Deployment' }; throws for a kind labs do not know. */
export function refOf(kind: string, name?: string, namespace?: string): TypeRef {
  const hit = API_VERSIONS[kind.toLowerCase()];
  if (!hit) throw new LabError('unknownKind', { kind });
  return { apiVersion: hit[0], kind: hit[1], name, namespace };
}

export function labelSelector(sel?: LabelMap): string | undefined {
  return sel ? Object.entries(sel).map(([k, v]) => `${k}=${v}`).join(',') : undefined;
}

/** Any failure of a cluster action or read as a LabClusterError whose message is in `lang`. */
export function toLabError(err: unknown, lang: Lang): LabClusterError {
  if (err instanceof LabClusterError) return err;
  if (err instanceof LabError) return new LabClusterError(err.text(lang));
  if (err instanceof ClusterError) {
    const kind = err.kind === 'forbidden' ? 'forbidden' : err.kind === 'unreachable' || err.kind === 'timeout' ? 'unreachable' : err.kind === 'notFound' ? 'notFound' : 'other';
    return new LabClusterError(describeWriteError(err, lang), kind);
  }
  if (err instanceof RolloutError) return new LabClusterError(describeWriteError(err, lang));
  return new LabClusterError(err instanceof Error ? err.message : String(err));
}

export class GatewayReader implements ClusterReader {
  constructor(private readonly gw: ClusterGateway, private readonly lang: Lang = 'fr', readonly namespace: string = gw.namespace) {}

  async get(kind: string, name: string): Promise<Record<string, unknown> | undefined> {
    try {
      return await this.gw.getOrNull({ ...refOf(kind, name, this.namespace), name });
    } catch (err) {
      throw toLabError(err, this.lang);
    }
  }

  async list(kind: string, selector?: LabelMap, fieldSelector?: string): Promise<Record<string, unknown>[]> {
    try {
      const ref = refOf(kind);
      return (await this.gw.list(ref.apiVersion, ref.kind, { namespace: this.namespace, labelSelector: labelSelector(selector), fieldSelector })).items;
    } catch (err) {
      throw toLabError(err, this.lang);
    }
  }

  /** A LocalSubjectAccessReview in the namespace (the namespace `admin` role may create them; `edit` may not). */
  async accessReview(r: AccessReview): Promise<{ allowed: boolean; reason?: string }> {
    const ns = this.namespace;
    try {
      const answer = await this.gw.create(
        { apiVersion: 'authorization.k8s.io/v1', kind: 'LocalSubjectAccessReview', namespace: ns },
        {
          apiVersion: 'authorization.k8s.io/v1', kind: 'LocalSubjectAccessReview', metadata: { namespace: ns },
          spec: {
            user: `system:serviceaccount:${ns}:${r.serviceAccount}`,
            groups: ['system:serviceaccounts', `system:serviceaccounts:${ns}`, 'system:authenticated'],
            resourceAttributes: { namespace: ns, verb: r.verb, group: r.group, resource: r.resource, subresource: r.subresource },
          },
        });
      const status = (answer.body as { status?: { allowed?: boolean; reason?: string } }).status;
      return { allowed: status?.allowed === true, reason: status?.reason || undefined };
    } catch (err) {
      throw toLabError(err, this.lang);
    }
  }
}
