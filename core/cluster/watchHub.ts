// Owns the informers of one connection (context): at most ONE watch per resource type and namespace, started only
// while something wants it (an expanded tree folder, an open live document…), stopped a while after the last user
// left. Change notifications are debounced so that a burst of events gives one tree refresh. No vscode import.
import { Informer, type InformerOptions, type InformerStatus, type WatchTransport } from './watchCache';
import { collectionPath, RESOURCES, type ResourceId } from './watchResources';
import type { K8sObject } from './types';

export interface WatchKey {
  resource: ResourceId;
  /** Namespace, or undefined for cluster-scoped resources (namespaces). */
  namespace?: string;
}

export function keyString(k: WatchKey): string {
  return `${k.resource}|${k.namespace ?? ''}`;
}

export interface WatchHubOptions {
  /** How long an informer nobody wants keeps running (a folder collapsed then re-expanded stays instant). */
  lingerMs?: number;
  /** Trailing debounce of change notifications. */
  debounceMs?: number;
  /** Upper bound on the delay of a notification during a continuous burst. */
  maxWaitMs?: number;
  informer?: InformerOptions;
}

export class WatchHub {
  private readonly informers = new Map<string, Informer>();
  private readonly wanted = new Map<string, Set<string>>(); // owner -> keys
  private readonly stopTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly listeners = new Set<(changed: Set<string>) => void>();
  private pending = new Set<string>();
  private debounce?: ReturnType<typeof setTimeout>;
  private firstPendingAt = 0;
  private disposed = false;
  private readonly o: Required<Omit<WatchHubOptions, 'informer'>> & { informer: InformerOptions };

  constructor(private readonly transport: WatchTransport, opts: WatchHubOptions = {}) {
    this.o = { lingerMs: opts.lingerMs ?? 60_000, debounceMs: opts.debounceMs ?? 30, maxWaitMs: opts.maxWaitMs ?? 200, informer: opts.informer ?? {} };
  }

  /** Declares everything one owner needs; keys it no longer lists are released. */
  want(owner: string, keys: WatchKey[]): void {
    if (this.disposed) return;
    const next = new Set(keys.map(keyString));
    this.wanted.set(owner, next);
    for (const k of keys) this.ensure(k);
    this.scheduleStops();
  }

  /** Adds keys to an owner's set without dropping the others. */
  add(owner: string, keys: WatchKey[]): void {
    const cur = this.wanted.get(owner) ?? new Set<string>();
    const all = [...cur].map(parseKey).concat(keys);
    this.want(owner, all);
  }

  release(owner: string): void {
    this.wanted.delete(owner);
    this.scheduleStops();
  }

  get(k: WatchKey): Informer | undefined {
    return this.informers.get(keyString(k));
  }

  /** Objects of a key's store (empty when not started). */
  items<T extends K8sObject = K8sObject>(k: WatchKey): T[] {
    return (this.informers.get(keyString(k))?.list() ?? []) as T[];
  }

  status(k: WatchKey): InformerStatus | undefined {
    return this.informers.get(keyString(k))?.currentStatus;
  }

  /** All informers, for health summaries and benchmarks. */
  all(): { key: string; informer: Informer }[] {
    return [...this.informers].map(([key, informer]) => ({ key, informer }));
  }

  /** Kick every informer in error (used when the kubeconfig or the token changes, or the user asks). */
  retryAll(): void {
    for (const inf of this.informers.values()) inf.retryNow();
  }

  onDidChange(fn: (changed: Set<string>) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  dispose(): void {
    this.disposed = true;
    for (const t of this.stopTimers.values()) clearTimeout(t);
    this.stopTimers.clear();
    if (this.debounce) clearTimeout(this.debounce);
    for (const inf of this.informers.values()) inf.stop();
    this.informers.clear();
    this.listeners.clear();
  }

  private ensure(k: WatchKey): Informer {
    const ks = keyString(k);
    const timer = this.stopTimers.get(ks);
    if (timer) { clearTimeout(timer); this.stopTimers.delete(ks); }
    let inf = this.informers.get(ks);
    if (!inf) {
      const transform = k.resource === 'secrets' ? hideSecretValues : undefined;
      inf = new Informer(this.transport, collectionPath(RESOURCES[k.resource], k.namespace), { ...this.o.informer, transform });
      this.informers.set(ks, inf);
      inf.onChange(() => this.touch(ks));
      inf.onStatus(() => this.touch(ks));
      inf.start();
    }
    return inf;
  }

  private isWanted(ks: string): boolean {
    for (const set of this.wanted.values()) if (set.has(ks)) return true;
    return false;
  }

  private scheduleStops(): void {
    for (const ks of this.informers.keys()) {
      if (this.isWanted(ks) || this.stopTimers.has(ks)) continue;
      this.stopTimers.set(ks, setTimeout(() => {
        this.stopTimers.delete(ks);
        if (this.isWanted(ks)) return;
        this.informers.get(ks)?.stop();
        this.informers.delete(ks);
      }, this.o.lingerMs));
    }
  }

  private touch(ks: string): void {
    if (this.disposed) return;
    if (this.pending.size === 0) this.firstPendingAt = Date.now();
    this.pending.add(ks);
    if (this.debounce) clearTimeout(this.debounce);
    const waited = Date.now() - this.firstPendingAt;
    const delay = waited >= this.o.maxWaitMs ? 0 : Math.min(this.o.debounceMs, this.o.maxWaitMs - waited);
    this.debounce = setTimeout(() => this.flush(), delay);
  }

  private flush(): void {
    this.debounce = undefined;
    const changed = this.pending;
    this.pending = new Set();
    for (const fn of [...this.listeners]) fn(changed);
  }
}

export function parseKey(ks: string): WatchKey {
  const [resource, namespace] = ks.split('|');
  return { resource: resource as ResourceId, namespace: namespace || undefined };
}

/** Secret values never stay in memory: keys are kept (the tree lists them), values are blanked. */
export function hideSecretValues(o: K8sObject): K8sObject {
  for (const field of ['data', 'stringData', 'binaryData']) {
    const d = o[field];
    if (d && typeof d === 'object') o[field] = Object.fromEntries(Object.keys(d as object).map((k) => [k, '']));
  }
  const ann = o.metadata.annotations;
  if (ann && ann['kubectl.kubernetes.io/last-applied-configuration']) ann['kubectl.kubernetes.io/last-applied-configuration'] = '';
  return o;
}
