// Scriptable WatchTransport for unit tests of the informer logic (the real behaviour is tested on the local cluster).
import type { ListPage, WatchHandle, WatchTransport } from '../../../core/cluster/watchCache';
import type { K8sObject } from '../../../core/cluster/types';

export interface FakeWatch {
  path: string;
  resourceVersion: string;
  timeoutSeconds: number;
  aborted: boolean;
  send(type: string, obj: K8sObject | Record<string, unknown>): void;
  end(err?: unknown): void;
}

export function pod(name: string, rv: string, extra: Partial<K8sObject> = {}): K8sObject {
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'ns', resourceVersion: rv, uid: `uid-${name}` }, ...extra };
}

export class FakeTransport implements WatchTransport {
  objects: K8sObject[] = [];
  rv = '1';
  listCalls: { path: string; limit: number; continue?: string }[] = [];
  watches: FakeWatch[] = [];
  /** Errors thrown by the next list calls, in order. */
  listErrors: unknown[] = [];

  async list(path: string, opts: { limit: number; continue?: string }): Promise<ListPage> {
    this.listCalls.push({ path, ...opts });
    const err = this.listErrors.shift();
    if (err) throw err;
    const start = opts.continue ? Number(opts.continue) : 0;
    const items = this.objects.slice(start, start + opts.limit).map((o) => structuredClone(o));
    const next = start + opts.limit < this.objects.length ? String(start + opts.limit) : undefined;
    return { items, resourceVersion: this.rv, continue: next };
  }

  async watch(path: string, opts: { resourceVersion: string; timeoutSeconds: number }, onEvent: (t: string, o: K8sObject) => void, onDone: (err?: unknown) => void): Promise<WatchHandle> {
    let done = false;
    const w: FakeWatch = {
      path, resourceVersion: opts.resourceVersion, timeoutSeconds: opts.timeoutSeconds, aborted: false,
      send: (t, o) => { if (!done) onEvent(t, o as K8sObject); },
      end: (err) => { if (!done) { done = true; onDone(err); } },
    };
    this.watches.push(w);
    return { abort: () => { w.aborted = true; w.end(); } };
  }

  /** Resolves with the n-th watch (0-based) once it is opened. */
  async nthWatch(n: number, timeoutMs = 2000): Promise<FakeWatch> {
    const t0 = Date.now();
    while (!this.watches[n]) {
      if (Date.now() - t0 > timeoutMs) throw new Error(`watch #${n} never opened (${this.watches.length} opened)`);
      await tick(2);
    }
    return this.watches[n];
  }
}

export const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));
