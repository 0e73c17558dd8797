// Shapes of the traffic-path doctor: what it reads (a read-only view of one namespace) and what it reports (hops).
// Pure module: no vscode, no network. Objects are plain JSON as the API server returns them.

export type { Lang } from '../i18n';

/** A Kubernetes object as plain JSON (structurally the same as the cluster layer's K8sObject). */
export interface KObject {
  apiVersion?: string;
  kind?: string;
  metadata: {
    name?: string;
    namespace?: string;
    uid?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
    ownerReferences?: { kind: string; name: string; uid?: string; controller?: boolean }[];
    deletionTimestamp?: string;
    creationTimestamp?: string;
    [key: string]: unknown;
  };
  spec?: Record<string, unknown>;
  status?: Record<string, unknown>;
  [key: string]: unknown;
}

/** The resource types the doctor reads (API plural names). */
export type DoctorResource =
  | 'ingresses' | 'services' | 'endpointslices' | 'pods' | 'deployments' | 'statefulsets' | 'daemonsets' | 'replicasets'
  | 'jobs' | 'configmaps' | 'secrets' | 'persistentvolumeclaims' | 'persistentvolumes' | 'storageclasses'
  | 'resourcequotas' | 'events';

export const DOCTOR_RESOURCES: readonly DoctorResource[] = [
  'ingresses', 'services', 'endpointslices', 'pods', 'deployments', 'statefulsets', 'daemonsets', 'replicasets', 'jobs',
  'configmaps', 'secrets', 'persistentvolumeclaims', 'persistentvolumes', 'storageclasses', 'resourcequotas', 'events',
];

/** Where a workspace file defines an object (0-based line). */
export interface ManifestLocation {
  /** File URI (VS Code) or path (CLI). */
  uri: string;
  /** Short label shown to the user (relative path). */
  label: string;
  line: number;
}

export type PreviousLogs = { lines: string[] } | { unavailable: string };

/** Read-only view of a namespace, as the doctor needs it. */
export interface DoctorView {
  namespace: string;
  /** Objects by resource (namespaced ones from `namespace`, cluster-scoped ones as listed). Missing = not read. */
  objects: Partial<Record<DoctorResource, KObject[]>>;
  /** Resources the account could not read, with a friendly sentence explaining why (already in the user's language). */
  forbidden: Partial<Record<DoctorResource, string>>;
  /** Where each resource was read from: the live watch cache or a fresh list (informative: tests, benchmark). */
  sources?: Partial<Record<DoctorResource, 'cache' | 'list'>>;
  /** Namespaces (other than `namespace`) holding Pods with these labels, when the account may look; optional. */
  podsElsewhere?(selector: Record<string, string>): Promise<string[] | undefined>;
  /** Last lines of the previous container's logs (`kubectl logs --previous`); optional. */
  previousLogs?(pod: string, container: string): Promise<PreviousLogs | undefined>;
  /** Where the workspace defines an object; optional. */
  manifest?(kind: string, name: string, namespace: string): ManifestLocation | undefined;
}

export type StartKind = 'Service' | 'Ingress' | 'Deployment' | 'StatefulSet' | 'DaemonSet' | 'Pod' | 'Job';
export const START_KINDS: readonly StartKind[] = ['Ingress', 'Service', 'Deployment', 'StatefulSet', 'DaemonSet', 'Pod', 'Job'];

export interface StartRef {
  kind: StartKind;
  name: string;
}

export type HopStatus = 'ok' | 'broken' | 'unknown';

export interface HopObject {
  kind: string;
  name: string;
  namespace: string;
}

export interface Hop {
  /** Stable id of the check (`service.selector`, `pods.images`…). */
  id: string;
  /** Stable id of the finding when not ok (`service.noMatch`, `pods.imagePull`…), or the check id when ok. */
  code: string;
  status: HopStatus;
  /** The object this hop is about. */
  object?: HopObject;
  checked: string;
  seen: string;
  why?: string;
  fix?: string;
  /** The kubectl command that shows the same fact. */
  kubectl: string;
  manifest?: ManifestLocation;
  /** Last lines of the previous container's logs (crash loops). */
  logs?: string[];
}

export interface DoctorReport {
  start: StartRef & { namespace: string };
  /** ok: every hop ✔; broken: one hop ✘ (the last one, the walk stops there); unknown: no ✘ but some hop could not be checked. */
  verdict: HopStatus;
  hops: Hop[];
  /** Index in `hops` of the first broken hop, if any. */
  firstBroken?: number;
}
