// Informer-like cache of one resource type in one namespace (or cluster-wide): list (paginated), then watch from the
// list's resourceVersion. Relists on 410 Gone, restarts silent watches, retries errors with exponential backoff and
// jitter. One instance = one watch connection. No vscode import; the HTTP side is a WatchTransport.
import type { K8sObject } from './types';
import type { Change, InformerOptions, InformerStats, InformerStatus, WatchHandle, WatchTransport } from './watchContract';

export type { Change, ChangeType, InformerOptions, InformerState, InformerStats, InformerStatus, ListPage, WatchHandle, WatchTransport } from './watchContract';

class GoneError extends Error {
  readonly statusCode = 410;
}

function defaultStatusOf(err: unknown): number | undefined {
  if (err && typeof err === 'object') {
    const e = err as { statusCode?: unknown; code?: unknown; status?: unknown };
    for (const v of [e.statusCode, e.code, e.status]) if (typeof v === 'number') return v;
  }
  return undefined;
}

export class Informer {
  readonly store = new Map<string, K8sObject>();
  readonly stats: InformerStats = { lists: 0, relistsAfterGone: 0, watches: 0, silentRestarts: 0, errors: 0 };
  /** Incremented on every change of the store (for memoised indexes). */
  version = 0;
  private resourceVersion = '';
  private status: InformerStatus = { state: 'idle', hasSynced: false };
  private readonly changeListeners = new Set<(c: Change) => void>();
  private readonly statusListeners = new Set<(s: InformerStatus) => void>();
  private running = false;
  private current?: WatchHandle;
  private wake?: () => void;
  private attempt = 0;
  private readonly o: Required<InformerOptions>;

  constructor(private readonly transport: WatchTransport, readonly path: string, opts: InformerOptions = {}) {
    this.o = {
      pageSize: opts.pageSize ?? 1000,
      firstPageSize: opts.firstPageSize ?? 250,
      timeoutSeconds: opts.timeoutSeconds ?? 300,
      silenceMs: opts.silenceMs ?? 90_000,
      backoffInitialMs: opts.backoffInitialMs ?? 500,
      backoffMaxMs: opts.backoffMaxMs ?? 30_000,
      statusOf: opts.statusOf ?? defaultStatusOf,
      transform: opts.transform ?? ((o) => o),
    };
  }

  get currentStatus(): InformerStatus {
    return this.status;
  }

  list(): K8sObject[] {
    return [...this.store.values()];
  }

  onChange(fn: (c: Change) => void): () => void {
    this.changeListeners.add(fn);
    return () => this.changeListeners.delete(fn);
  }

  onStatus(fn: (s: InformerStatus) => void): () => void {
    this.statusListeners.add(fn);
    return () => this.statusListeners.delete(fn);
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    void this.loop();
  }

  stop(): void {
    this.running = false;
    this.current?.abort();
    this.current = undefined;
    this.wake?.();
    this.setStatus({ state: 'stopped', hasSynced: this.status.hasSynced });
  }

  /** Retry now (e.g. the user clicked « Réessayer » or the kubeconfig changed) instead of waiting for the backoff. */
  retryNow(): void {
    this.attempt = 0;
    this.wake?.();
  }

  /** Resolves true as soon as there is something to show (first page of the first list, or synced). */
  whenReady(timeoutMs: number): Promise<boolean> {
    const ready = (s: InformerStatus) => s.state === 'synced' || (s.state === 'listing' && (s.received ?? 0) > 0);
    if (ready(this.status)) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => { off(); resolve(false); }, timeoutMs);
      const off = this.onStatus((s) => {
        if (ready(s) || s.state === 'error' || s.state === 'stopped') {
          clearTimeout(timer);
          off();
          resolve(ready(s));
        }
      });
    });
  }

  /** Resolves true when synced, false after timeoutMs or when an error comes first. */
  whenSynced(timeoutMs: number): Promise<boolean> {
    if (this.status.state === 'synced') return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => { off(); resolve(false); }, timeoutMs);
      const off = this.onStatus((s) => {
        if (s.state === 'synced' || s.state === 'error' || s.state === 'stopped') {
          clearTimeout(timer);
          off();
          resolve(s.state === 'synced');
        }
      });
    });
  }

  private setStatus(s: InformerStatus): void {
    this.status = s;
    for (const fn of [...this.statusListeners]) fn(s);
  }

  private emit(c: Change): void {
    this.version++;
    for (const fn of [...this.changeListeners]) fn(c);
  }

  private keyOf(o: K8sObject): string {
    return o.metadata.namespace ? `${o.metadata.namespace}/${o.metadata.name}` : o.metadata.name;
  }

  private slim(o: K8sObject): K8sObject {
    // managedFields are large and never shown in the tree; the live YAML view reads the object afresh.
    if (o.metadata?.managedFields) delete o.metadata.managedFields;
    return this.o.transform(o);
  }

  private async loop(): Promise<void> {
    let needList = true;
    while (this.running) {
      try {
        if (needList) {
          await this.relist();
          needList = false;
        }
        await this.watchOnce();
        this.attempt = 0;
      } catch (err) {
        if (!this.running) break;
        if (err instanceof GoneError || this.o.statusOf(err) === 410) {
          this.stats.relistsAfterGone++;
          needList = true;
          continue;
        }
        this.stats.errors++;
        needList = true;
        const base = Math.min(this.o.backoffMaxMs, this.o.backoffInitialMs * 2 ** this.attempt);
        const delay = Math.round(base * (0.8 + Math.random() * 0.4));
        this.attempt++;
        this.setStatus({ state: 'error', error: err, retryAt: Date.now() + delay, hasSynced: this.status.hasSynced });
        await this.sleep(delay);
      }
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const t = setTimeout(done, ms);
      function done() { clearTimeout(t); resolve(); }
      this.wake = () => { this.wake = undefined; done(); };
    });
  }

  private async relist(): Promise<void> {
    // The very first list fills the store page by page (a big namespace shows up progressively); later relists
    // (after an error or a 410) replace the store at once, so stale data never mixes with fresh data.
    const progressive = !this.status.hasSynced && this.store.size === 0;
    if (this.status.state !== 'error') this.setStatus({ state: 'listing', hasSynced: this.status.hasSynced, received: 0 });
    const fresh = new Map<string, K8sObject>();
    let cont: string | undefined;
    let rv = '';
    let first = true;
    do {
      const page = await this.transport.list(this.path, { limit: first ? this.o.firstPageSize : this.o.pageSize, continue: cont });
      first = false;
      for (const o of page.items) fresh.set(this.keyOf(o), this.slim(o));
      rv = page.resourceVersion;
      cont = page.continue || undefined;
      if (progressive && cont && this.running) {
        for (const o of page.items) this.store.set(this.keyOf(o), o);
        this.setStatus({ state: 'listing', hasSynced: false, received: this.store.size });
        this.emit({ type: 'RESET' });
      }
    } while (cont && this.running);
    if (!this.running) return;
    this.stats.lists++;
    this.store.clear();
    for (const [k, v] of fresh) this.store.set(k, v);
    this.resourceVersion = rv;
    this.attempt = 0;
    this.setStatus({ state: 'synced', hasSynced: true });
    this.emit({ type: 'RESET' });
  }

  private watchOnce(): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      let finished = false;
      let silence: ReturnType<typeof setTimeout> | undefined;
      const finish = (err?: unknown) => {
        if (finished) return;
        finished = true;
        if (silence) clearTimeout(silence);
        this.current?.abort();
        this.current = undefined;
        if (err) reject(err); else resolve();
      };
      const arm = () => {
        if (silence) clearTimeout(silence);
        silence = setTimeout(() => { this.stats.silentRestarts++; finish(); }, this.o.silenceMs);
      };
      const jitter = 0.8 + Math.random() * 0.4;
      const timeoutSeconds = Math.max(1, Math.round(this.o.timeoutSeconds * jitter));
      this.stats.watches++;
      arm();
      this.transport
        .watch(this.path, { resourceVersion: this.resourceVersion, timeoutSeconds, allowWatchBookmarks: true }, (type, obj) => {
          if (finished) return;
          arm();
          this.onWatchEvent(type, obj, finish);
        }, (err) => finish(err))
        .then((h) => {
          if (finished || !this.running) h.abort();
          else this.current = h;
          if (!this.running) finish();
        }, (err) => finish(err));
    });
  }

  private onWatchEvent(type: string, obj: K8sObject, finish: (err?: unknown) => void): void {
    if (type === 'ERROR') {
      const st = obj as unknown as { code?: number; message?: string; reason?: string };
      if (st.code === 410 || st.reason === 'Expired' || st.reason === 'Gone') return finish(new GoneError(st.message ?? 'Gone'));
      const e = Object.assign(new Error(st.message ?? 'watch error'), { statusCode: st.code, body: st });
      return finish(e);
    }
    const rv = obj?.metadata?.resourceVersion;
    if (rv) this.resourceVersion = rv;
    if (type === 'BOOKMARK') return;
    if (!obj?.metadata?.name) return;
    const key = this.keyOf(obj);
    if (type === 'DELETED') {
      this.store.delete(key);
      this.emit({ type: 'DELETED', obj });
    } else if (type === 'ADDED' || type === 'MODIFIED') {
      const existed = this.store.has(key);
      this.store.set(key, this.slim(obj));
      this.emit({ type: existed ? 'MODIFIED' : 'ADDED', obj });
    }
    if (this.status.state !== 'synced') this.setStatus({ state: 'synced', hasSynced: true });
  }
}
