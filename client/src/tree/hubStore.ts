// StoreAccess over a WatchHub: items and statuses of the informers, plus an owner index memoised per store version
// so that « pods of this ReplicaSet » is a map lookup, even with thousands of pods. No vscode import.
import type { Informer } from '../../../core/cluster/watchCache';
import type { WatchHub, WatchKey } from '../../../core/cluster/watchHub';
import type { K8sObject } from '../../../core/cluster/types';
import { controllerOf } from '../../../core/cluster/watchTypes';
import type { StoreAccess } from './model/types';

export function ownerIndex(items: K8sObject[]): Map<string, K8sObject[]> {
  const idx = new Map<string, K8sObject[]>();
  for (const o of items) {
    const owner = controllerOf(o);
    if (!owner) continue;
    const list = idx.get(owner.uid);
    if (list) list.push(o); else idx.set(owner.uid, [o]);
  }
  return idx;
}

export class HubStore implements StoreAccess {
  private readonly indexes = new WeakMap<Informer, { version: number; idx: Map<string, K8sObject[]> }>();

  constructor(private readonly hub: () => WatchHub | undefined) {}

  items<T extends K8sObject = K8sObject>(k: WatchKey): T[] {
    return this.hub()?.items<T>(k) ?? [];
  }

  status(k: WatchKey) {
    return this.hub()?.status(k);
  }

  ownedBy<T extends K8sObject = K8sObject>(k: WatchKey, ownerUid: string): T[] {
    const inf = this.hub()?.get(k);
    if (!inf) return [];
    let memo = this.indexes.get(inf);
    if (!memo || memo.version !== inf.version) {
      memo = { version: inf.version, idx: ownerIndex(inf.list()) };
      this.indexes.set(inf, memo);
    }
    return (memo.idx.get(ownerUid) ?? []) as T[];
  }
}
