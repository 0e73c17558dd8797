// Cluster actions used by `résoudre` and « Réinitialiser l'étape », through the gateway. No vscode import.
// Every write is limited to the current namespace; resets delete only objects carrying the lab's label.
import type { ClusterGateway } from '../../cluster/gateway';
import type { WorkloadRef } from '../../cluster/rollout/workloadRef';
import { deleteObject, rolloutRestart, rolloutUndo, scaleWorkload } from '../../cluster/write';
import type { LabelMap } from '../format/types';
import type { Lang } from '../../i18n/labs';
import { labelSelector, refOf, toLabError } from './gatewayReader';

export const LAB_LABEL = 'kube-apprenti/lab';
export const STEP_LABEL = 'kube-apprenti/etape';
/** Kinds a reset looks at (the kinds the shipped labs create). */
export const RESETTABLE_KINDS = ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Pod', 'Service', 'Ingress', 'ConfigMap', 'Secret',
  'Job', 'CronJob', 'PersistentVolumeClaim', 'HorizontalPodAutoscaler', 'NetworkPolicy', 'ServiceAccount', 'Role', 'RoleBinding'];

export class LabClusterActions {
  constructor(private readonly gw: ClusterGateway, readonly namespace: string, private readonly lang: Lang = 'fr') {}

  private async run<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      throw toLabError(err, this.lang);
    }
  }

  /** Deletes one object (`Kind/name`); absent objects are fine. */
  deleteObject(kind: string, name: string): Promise<void> {
    return this.run(async () => {
      await deleteObject(this.gw, { ...refOf(kind, name, this.namespace), name }, { propagationPolicy: 'Background', ignoreNotFound: true });
    });
  }

  /** Deletes Pods matching a selector (all, or the first `count` by name). Returns the names deleted. */
  deletePods(sel: LabelMap, count?: number): Promise<string[]> {
    return this.run(async () => {
      const pods = (await this.gw.list('v1', 'Pod', { namespace: this.namespace, labelSelector: labelSelector(sel) })).items
        .filter((p) => !p.metadata.deletionTimestamp)
        .sort((a, b) => String(a.metadata.name).localeCompare(String(b.metadata.name)));
      const chosen = count === undefined ? pods : pods.slice(0, count);
      for (const p of chosen) await deleteObject(this.gw, { apiVersion: 'v1', kind: 'Pod', name: String(p.metadata.name), namespace: this.namespace });
      return chosen.map((p) => String(p.metadata.name));
    });
  }

  private deployment(name: string): WorkloadRef {
    return { apiVersion: 'apps/v1', kind: 'Deployment', name, namespace: this.namespace };
  }

  /** Like `kubectl scale deployment <name> --replicas=N`. */
  scale(deployment: string, replicas: number): Promise<void> {
    return this.run(async () => {
      await scaleWorkload(this.gw, this.deployment(deployment), replicas);
    });
  }

  /** Like `kubectl rollout restart deployment <name>`. */
  restart(deployment: string): Promise<void> {
    return this.run(async () => {
      await rolloutRestart(this.gw, this.deployment(deployment));
    });
  }

  /** Like `kubectl rollout undo deployment <name>`. Returns the revision put back. */
  undo(deployment: string): Promise<number> {
    return this.run(async () => (await rolloutUndo(this.gw, this.deployment(deployment))).revision);
  }

  /** Like `kubectl create job <job> --from=cronjob/<cronjob>`. */
  jobFromCronJob(cronjob: string, job: string, labels: LabelMap = {}): Promise<void> {
    return this.run(async () => {
      const cj = await this.gw.get({ apiVersion: 'batch/v1', kind: 'CronJob', name: cronjob, namespace: this.namespace });
      const jt = (cj.spec as { jobTemplate: { metadata?: { labels?: LabelMap; annotations?: LabelMap }; spec: object } }).jobTemplate;
      await this.gw.create({ apiVersion: 'batch/v1', kind: 'Job', namespace: this.namespace }, {
        apiVersion: 'batch/v1', kind: 'Job',
        metadata: {
          name: job, namespace: this.namespace,
          labels: { ...(jt.metadata?.labels ?? {}), ...labels },
          annotations: { ...(jt.metadata?.annotations ?? {}), 'cronjob.kubernetes.io/instantiate': 'manual' },
          ownerReferences: [{ apiVersion: 'batch/v1', kind: 'CronJob', name: cronjob, uid: cj.metadata.uid, controller: true }],
        },
        spec: jt.spec,
      });
    });
  }

  /** Objects of the namespace labelled by the lab (optionally one step), as `Kind/name`. */
  labelled(labId: string): Promise<{ kind: string; name: string }[]> {
    return this.run(async () => {
      const out: { kind: string; name: string }[] = [];
      for (const kind of RESETTABLE_KINDS) {
        const ref = refOf(kind);
        const items = (await this.gw.list(ref.apiVersion, ref.kind, { namespace: this.namespace, labelSelector: `${LAB_LABEL}=${labId}` })).items;
        for (const o of items) if (o.metadata.labels?.[LAB_LABEL] === labId) out.push({ kind: ref.kind, name: String(o.metadata.name) });
      }
      return out;
    });
  }

  /** Deletes the objects of the namespace carrying `kube-apprenti/lab=<labId>`, and only those. */
  resetLab(labId: string): Promise<{ kind: string; name: string }[]> {
    return this.run(async () => {
      const found = await this.labelled(labId);
      for (const o of found) {
        const ref = refOf(o.kind, o.name, this.namespace);
        // Re-read right before deleting: never delete an object that lost the label in the meantime.
        const live = await this.gw.getOrNull({ ...ref, name: o.name });
        if (live?.metadata.labels?.[LAB_LABEL] !== labId) continue;
        await deleteObject(this.gw, { ...ref, name: o.name }, { propagationPolicy: 'Background', ignoreNotFound: true });
      }
      return found;
    });
  }
}
