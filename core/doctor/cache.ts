// The doctor reading from the live watch cache (the tree's WatchHub) instead of listing again: the resources the hub
// watches come from their informer when it is synced, the others (StorageClasses, ResourceQuotas…) are listed by
// readView.ts. No vscode import.
import { rulesAllow, type NamespaceAccess } from '../cluster/rbac';
import type { WatchHub, WatchKey } from '../cluster/watchHub';
import { RESOURCES, type ResourceId } from '../cluster/watchResources';
import type { DoctorResource, KObject } from './types';
import { DOCTOR_RESOURCES } from './types';

/** Objects of a resource from a fresh cache, or undefined when the caller must list it. */
export type CachedLists = (res: DoctorResource) => KObject[] | undefined;

/** The hub's key of a doctor resource in `namespace`; undefined when the hub does not watch that type. */
export function watchKeyOf(res: DoctorResource, namespace: string): WatchKey | undefined {
  const t = (RESOURCES as Partial<Record<string, (typeof RESOURCES)[ResourceId]>>)[res];
  return t ? { resource: t.id, namespace: t.namespaced ? namespace : undefined } : undefined;
}

/** Every key of the hub the doctor can read from in `namespace`. */
export function doctorWatchKeys(namespace: string): WatchKey[] {
  return DOCTOR_RESOURCES.map((r) => watchKeyOf(r, namespace)).filter((k): k is WatchKey => !!k);
}

/** Reads the hub's synced informers of `namespace` (an informer listing, in error or absent → undefined: list instead). */
export function hubCache(hub: WatchHub, namespace: string): CachedLists {
  return (res) => {
    const key = watchKeyOf(res, namespace);
    if (!key || hub.status(key)?.state !== 'synced') return undefined;
    return hub.items(key) as KObject[];
  };
}

/**
 * Starts (or keeps) the watches the doctor reads under `owner` and waits, at most `waitMs`, for their first list, so
 * that a first diagnosis does not list everything twice and the next ones are instant. An informer that fails (403…)
 * stops the wait for itself: that resource is then listed, and its refusal explained.
 */
export async function warmDoctorWatches(hub: WatchHub, owner: string, namespace: string, waitMs: number,
  canWatch: (k: WatchKey) => boolean = () => true): Promise<void> {
  const keys = doctorWatchKeys(namespace).filter(canWatch);
  hub.want(owner, keys);
  await Promise.all(keys.map((k) => hub.get(k)?.whenSynced(waitMs)));
}

/**
 * Keys the account may list and watch according to its known rules in the namespace (RbacCache): a watch that would
 * only be refused (and retried) is not started, that resource is listed and its refusal explained. Unknown or
 * incomplete rules: try.
 */
export function watchableBy(access: NamespaceAccess | undefined): (k: WatchKey) => boolean {
  if (!access || access.error || access.incomplete) return () => true;
  return (k) => {
    const group = RESOURCES[k.resource].group;
    return rulesAllow(access.rules, 'list', group, k.resource) && rulesAllow(access.rules, 'watch', group, k.resource);
  };
}
