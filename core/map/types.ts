// Shapes of the application map: the namespace's objects (from the workspace files and the live cluster) as a graph
// drawn by layers (Ingress → Service → workload → Pod → config/storage). Pure module: no vscode, no network.
import type { KObject, ManifestLocation } from '../doctor/types';

export type { KObject, ManifestLocation };

/** Where an object was found: only in a file, only in the cluster, in both; `missing` = referenced but found nowhere. */
export type Origin = 'file' | 'cluster' | 'both' | 'missing';

/** 0 Ingress, 1 Service / NetworkPolicy, 2 workloads, 3 Pods, 4 configuration, storage and access. */
export type Layer = 0 | 1 | 2 | 3 | 4;

export interface MapNode {
  /** `Kind/name` (unique in one namespace; cluster-scoped objects use the same form). */
  id: string;
  kind: string;
  name: string;
  layer: Layer;
  origin: Origin;
  /** In both, and the file's spec (or data) differs from the live object. */
  differs?: boolean;
  /** The first field that differs (`spec.replicas`). */
  differsAt?: string;
  /** Where the workspace defines it. */
  manifest?: ManifestLocation;
  /** Short live state (Pod phase, ready replicas…), already in the user's language where it is words. */
  state?: string;
  /** Errors and warnings the editor's diagnostics show on its manifest document. */
  problems?: number;
}

export type EdgeKind =
  | 'owner' | 'selects' | 'routes' | 'configMap' | 'secret' | 'claim' | 'storageClass' | 'volumeName' | 'serviceAccount'
  | 'pullSecret' | 'tls' | 'roleRef' | 'subject' | 'target';

export interface MapEdge {
  from: string;
  to: string;
  kind: EdgeKind;
  /** Short label (key name, port), in the user's language. */
  label?: string;
  broken?: boolean;
  /** Why it is broken, in the user's language. */
  reason?: string;
}

export interface MapGraph {
  namespace: string;
  nodes: MapNode[];
  edges: MapEdge[];
  /** Kinds the account could not list (already words in the user's language). */
  forbidden?: string[];
}

export interface FileObject {
  object: KObject;
  manifest: ManifestLocation;
}

export interface MapInput {
  namespace: string;
  /** Live objects of the namespace (and cluster-scoped PV/StorageClass); undefined when no cluster is connected. */
  live?: KObject[];
  /** Objects defined by the workspace files (any namespace: those of other namespaces are left out). */
  files?: FileObject[];
  /** Kinds whose live list is known (a missing object of another kind is not called broken). Default: every kind of `live`. */
  liveKinds?: Set<string>;
  forbidden?: string[];
}
