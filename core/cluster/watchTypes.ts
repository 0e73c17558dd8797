// Light, JSON-shaped views of the Kubernetes objects the watch cache stores and the tree reads.
// Raw API JSON is kept as is (dates stay strings); only the fields we read are typed. No vscode import.

import type { K8sObject, LabelSelector, OwnerReference } from './types';

export interface Condition {
  type: string;
  status: string;
  reason?: string;
  message?: string;
  lastTransitionTime?: string;
}

export interface ContainerStateView {
  waiting?: { reason?: string; message?: string };
  running?: { startedAt?: string };
  terminated?: { reason?: string; message?: string; exitCode?: number; signal?: number; finishedAt?: string };
}

export interface ContainerStatusView {
  name: string;
  ready?: boolean;
  started?: boolean;
  restartCount?: number;
  image?: string;
  state?: ContainerStateView;
  lastState?: ContainerStateView;
}

export interface ContainerSpecView {
  name: string;
  image?: string;
  ports?: { name?: string; containerPort: number; protocol?: string }[];
}

export interface PodView extends K8sObject {
  spec?: {
    nodeName?: string;
    containers?: ContainerSpecView[];
    initContainers?: ContainerSpecView[];
    restartPolicy?: string;
  };
  status?: {
    phase?: string;
    reason?: string;
    message?: string;
    podIP?: string;
    conditions?: Condition[];
    containerStatuses?: ContainerStatusView[];
    initContainerStatuses?: ContainerStatusView[];
  };
}


export interface WorkloadView extends K8sObject {
  spec?: {
    replicas?: number;
    paused?: boolean;
    selector?: LabelSelector;
    template?: { metadata?: { labels?: Record<string, string> }; spec?: { containers?: ContainerSpecView[] } };
    completions?: number;
    parallelism?: number;
    schedule?: string;
    suspend?: boolean;
  };
  status?: {
    observedGeneration?: number;
    replicas?: number;
    readyReplicas?: number;
    availableReplicas?: number;
    updatedReplicas?: number;
    currentReplicas?: number;
    desiredNumberScheduled?: number;
    numberReady?: number;
    numberAvailable?: number;
    updatedNumberScheduled?: number;
    active?: number | unknown[];
    succeeded?: number;
    failed?: number;
    lastScheduleTime?: string;
    conditions?: Condition[];
  };
}

export interface ServicePortView {
  name?: string;
  port: number;
  targetPort?: number | string;
  nodePort?: number;
  protocol?: string;
}

export interface ServiceView extends K8sObject {
  spec?: { type?: string; selector?: Record<string, string>; ports?: ServicePortView[]; clusterIP?: string; externalName?: string };
  status?: { loadBalancer?: { ingress?: { ip?: string; hostname?: string }[] } };
}

export interface EndpointSliceView extends K8sObject {
  addressType?: string;
  endpoints?: {
    addresses: string[];
    conditions?: { ready?: boolean; serving?: boolean; terminating?: boolean };
    targetRef?: { kind?: string; name?: string; namespace?: string; uid?: string };
  }[];
  ports?: { name?: string; port?: number; protocol?: string }[];
}

export interface IngressView extends K8sObject {
  spec?: {
    ingressClassName?: string;
    tls?: { hosts?: string[]; secretName?: string }[];
    defaultBackend?: { service?: { name: string; port?: { number?: number; name?: string } } };
    rules?: {
      host?: string;
      http?: { paths: { path?: string; pathType?: string; backend: { service?: { name: string; port?: { number?: number; name?: string } } } }[] };
    }[];
  };
  status?: { loadBalancer?: { ingress?: { ip?: string; hostname?: string }[] } };
}

export interface PvcView extends K8sObject {
  spec?: { storageClassName?: string; accessModes?: string[]; resources?: { requests?: { storage?: string } }; volumeName?: string };
  status?: { phase?: string; capacity?: { storage?: string } };
}

export interface DataView extends K8sObject {
  type?: string;
  data?: Record<string, string>;
  binaryData?: Record<string, string>;
}

export interface EventView extends K8sObject {
  involvedObject?: { kind?: string; name?: string; namespace?: string; uid?: string; fieldPath?: string };
  reason?: string;
  message?: string;
  type?: string;
  count?: number;
  firstTimestamp?: string;
  lastTimestamp?: string;
  eventTime?: string;
  series?: { count?: number; lastObservedTime?: string };
  source?: { component?: string };
  reportingComponent?: string;
}

/** Last time an event was seen, whichever field the emitter filled in. */
export function eventTime(e: EventView): string {
  return e.series?.lastObservedTime ?? e.lastTimestamp ?? e.eventTime ?? e.firstTimestamp ?? e.metadata.creationTimestamp ?? '';
}

/** Does a label selector (matchLabels + matchExpressions) select these labels? An empty selector selects nothing here. */
export function selectorMatches(sel: LabelSelector | undefined, labels: Record<string, string> | undefined): boolean {
  if (!sel) return false;
  const l = labels ?? {};
  const ml = Object.entries(sel.matchLabels ?? {});
  const me = sel.matchExpressions ?? [];
  if (ml.length === 0 && me.length === 0) return false;
  for (const [k, v] of ml) if (l[k] !== v) return false;
  for (const e of me) {
    const has = Object.prototype.hasOwnProperty.call(l, e.key);
    const vals = e.values ?? [];
    switch (e.operator) {
      case 'In': if (!has || !vals.includes(l[e.key])) return false; break;
      case 'NotIn': if (has && vals.includes(l[e.key])) return false; break;
      case 'Exists': if (!has) return false; break;
      case 'DoesNotExist': if (has) return false; break;
      default: return false;
    }
  }
  return true;
}

/** The controller owner of an object (the one with controller: true), if any. */
export function controllerOf(o: K8sObject): OwnerReference | undefined {
  return o.metadata.ownerReferences?.find((r) => r.controller) ?? undefined;
}
