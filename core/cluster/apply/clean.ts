// Removes what the server manages (status, managedFields, resourceVersion…) so that a dry-run result and the live
// object can be compared or shown side by side without noise. Both sides must be cleaned the same way.
import type { K8sObject } from '../types';

const META_NOISE = ['managedFields', 'resourceVersion', 'uid', 'creationTimestamp', 'generation', 'selfLink'];
const ANNOTATION_NOISE = ['kubectl.kubernetes.io/last-applied-configuration', 'deployment.kubernetes.io/revision'];

export function cleanObject(obj: K8sObject | undefined): K8sObject | undefined {
  if (!obj) return undefined;
  const copy = JSON.parse(JSON.stringify(obj)) as K8sObject;
  delete copy.status;
  const meta = copy.metadata ?? {};
  for (const k of META_NOISE) delete meta[k];
  if (meta.annotations) {
    for (const a of ANNOTATION_NOISE) delete meta.annotations[a];
    if (Object.keys(meta.annotations).length === 0) delete meta.annotations;
  }
  // Service: the cluster IP is allocated on creation and already set on the live object; a dry-run of an update keeps it.
  return copy;
}

/** Deep equality of JSON values (key order ignored). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => jsonEqual(x, bb[i]));
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const ka = Object.keys(ao).filter((k) => ao[k] !== undefined);
  const kb = Object.keys(bo).filter((k) => bo[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => jsonEqual(ao[k], bo[k]));
}

/** JSON paths (dotted, `[i]` for arrays) where two values differ, at most `limit`. */
export function changedPaths(a: unknown, b: unknown, limit = 50, prefix = ''): string[] {
  if (jsonEqual(a, b)) return [];
  const bothObjects = a && b && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b);
  if (!bothObjects) return [prefix || '.'];
  const out: string[] = [];
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    if (a.length !== bb.length) return [prefix || '.'];
    for (let i = 0; i < a.length && out.length < limit; i++) out.push(...changedPaths(a[i], bb[i], limit - out.length, `${prefix}[${i}]`));
    return out;
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  for (const k of [...new Set([...Object.keys(ao), ...Object.keys(bo)])]) {
    if (out.length >= limit) break;
    out.push(...changedPaths(ao[k], bo[k], limit - out.length, prefix ? `${prefix}.${k}` : k));
  }
  return out;
}
