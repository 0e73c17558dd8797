// Plain JSON shapes of Kubernetes objects as the cluster layer returns them. client-node's model types are reused
// (type-only, erased at build) where they describe the wire's JSON as is; most carry Date fields where the JSON has
// strings, hence our own ObjectMeta and K8sObject.
import type { V1LabelSelector, V1OwnerReference } from '@kubernetes/client-node';

export type OwnerReference = V1OwnerReference;
export type LabelSelector = V1LabelSelector;

/** Metadata of an object the API server returned: its name is always set (generateName included). */
export interface ObjectMeta {
  name: string;
  generateName?: string;
  namespace?: string;
  uid?: string;
  resourceVersion?: string;
  generation?: number;
  creationTimestamp?: string;
  deletionTimestamp?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  ownerReferences?: OwnerReference[];
  managedFields?: unknown[];
  [key: string]: unknown;
}

/**
 * Any object as the API server returns it (plain JSON, dates as strings): the one object type of the project; the
 * watch cache's kind-specific views (watchTypes.ts) extend it. List items come without apiVersion and kind.
 */
export interface K8sObject {
  apiVersion?: string;
  kind?: string;
  metadata: ObjectMeta;
  spec?: Record<string, unknown>;
  status?: Record<string, unknown>;
  [key: string]: unknown;
}

export interface K8sList<T extends K8sObject = K8sObject> {
  apiVersion: string;
  kind: string;
  metadata: { resourceVersion?: string; continue?: string };
  items: T[];
}

/**
 * Identifies one object: the one reference type of the project (tree items, manifests, rollouts, labs, writes).
 * `apiVersion` is known from a manifest or the API; the tree derives it from the kind's resource type.
 */
export interface ObjectRef {
  kind: string;
  name: string;
  namespace?: string;
  apiVersion?: string;
}

/** An object reference the API server can resolve (its apiVersion is known). */
export type ApiObjectRef = ObjectRef & { apiVersion: string };

/** A resource type, with optionally a namespace and one object's name (URL paths of objects and collections). */
export type TypeRef = Omit<ApiObjectRef, 'name'> & { name?: string };

/** One resource type as served by the API server (from discovery). */
export interface ApiResource {
  group: string;
  version: string;
  kind: string;
  /** Plural name used in URLs (`deployments`). */
  plural: string;
  namespaced: boolean;
  verbs: string[];
}

export function splitApiVersion(apiVersion: string): { group: string; version: string } {
  const i = apiVersion.indexOf('/');
  return i < 0 ? { group: '', version: apiVersion } : { group: apiVersion.slice(0, i), version: apiVersion.slice(i + 1) };
}
