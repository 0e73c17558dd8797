// Detects the IDE's own Pod and the workloads that own it (in-cluster, e.g. code-server on SSPCloud), so that
// nothing restarts, scales to zero or deletes them without an explicit warning.
import { ClusterError } from './errors';
import type { Lang } from '../i18n';
import { ce } from '../i18n/clusterErrors';
import type { ClusterGateway } from './gateway';
import { readServiceAccountNamespace } from './kubeconfig';
import type { K8sObject, ObjectRef, OwnerReference } from './types';

export interface SelfObject {
  apiVersion: string;
  kind: string;
  name: string;
}

export interface SelfWorkload {
  namespace: string;
  /** Pod first, then its controllers (ReplicaSet, Deployment / StatefulSet…), as far as we may read them. */
  chain: SelfObject[];
  /** False when the Pod itself could not be read (the chain then only holds the Pod name from HOSTNAME). */
  verified: boolean;
}

const cache = new WeakMap<ClusterGateway, Promise<SelfWorkload | undefined>>();

/** Our own Pod and its owners, or undefined when we do not run inside a Kubernetes Pod. Cached per gateway. */
export function detectSelf(gw: ClusterGateway, env: NodeJS.ProcessEnv = process.env): Promise<SelfWorkload | undefined> {
  let p = cache.get(gw);
  if (!p) {
    p = detect(gw, env);
    cache.set(gw, p);
  }
  return p;
}

async function detect(gw: ClusterGateway, env: NodeJS.ProcessEnv): Promise<SelfWorkload | undefined> {
  const podName = env.HOSTNAME;
  if (!env.KUBERNETES_SERVICE_HOST || !podName) return undefined;
  const namespace = readServiceAccountNamespace(env.KUBE_APPRENTI_SA_DIR) ?? gw.namespace;
  const chain: SelfObject[] = [{ apiVersion: 'v1', kind: 'Pod', name: podName }];
  let obj: K8sObject | undefined;
  try {
    obj = await gw.get({ apiVersion: 'v1', kind: 'Pod', name: podName, namespace });
  } catch (err) {
    if (err instanceof ClusterError && err.kind === 'notFound') return undefined; // HOSTNAME is not a Pod here
    return { namespace, chain, verified: false };
  }
  for (let depth = 0; depth < 5 && obj; depth++) {
    const owner: OwnerReference | undefined = obj.metadata.ownerReferences?.find((o) => o.controller);
    if (!owner) break;
    chain.push({ apiVersion: owner.apiVersion, kind: owner.kind, name: owner.name });
    try {
      obj = await gw.get({ apiVersion: owner.apiVersion, kind: owner.kind, name: owner.name, namespace });
    } catch {
      break; // not allowed to read the owner (or unknown kind): keep what we know
    }
  }
  return { namespace, chain, verified: true };
}

/** True when `ref` is our own Pod or one of the workloads owning it. */
export function isSelf(self: SelfWorkload | undefined, ref: ObjectRef): boolean {
  if (!self || (ref.namespace && ref.namespace !== self.namespace)) return false;
  return self.chain.some((o) => o.kind === ref.kind && o.name === ref.name);
}

/** Warning shown before restarting, scaling to zero or deleting the IDE's own workload. */
export function selfWarning(ref: { kind: string; name: string }, action: string, lang: Lang = 'fr'): string {
  return ce(lang, 'selfWarning', { kind: ref.kind, name: ref.name, action });
}
