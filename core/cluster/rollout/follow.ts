// Follows a rollout live like `kubectl rollout status -w`: a watch on the object (field selector on its name), kubectl's
// rules on every change, and a look at the new Pods when it does not progress. No vscode import.
import { ClusterError, toClusterError, type ClusterErrorInfo } from '../errors';
import type { ClusterGateway } from '../gateway';
import type { Lang } from '../rbacWords';
import type { K8sObject } from '../types';
import { explainRollout, type StuckExplanation } from './explain';
import { rolloutStatus, type RolloutStatus } from './status';
import type { WorkloadRef } from './workloadRef';

export interface RolloutUpdate {
  object: K8sObject;
  status: RolloutStatus;
  /** Present when the new Pods show a problem (or the ReplicaSet cannot create them). */
  stuck?: StuckExplanation;
}

export interface FollowOptions {
  /** Stop waiting after this delay (kubectl --timeout); 0 = no limit. Default 5 minutes. */
  timeoutMs?: number;
  /** kubectl --revision: fail if another revision takes over. */
  revision?: number;
  signal?: AbortSignal;
  /** How often to look at the Pods while it does not progress. Default 2 s. */
  diagnoseEveryMs?: number;
  lang?: Lang;
  onUpdate?: (u: RolloutUpdate) => void;
}

export type FollowResult =
  | { result: 'done'; last: RolloutUpdate }
  | { result: 'failed'; last: RolloutUpdate }
  | { result: 'timeout'; last?: RolloutUpdate }
  | { result: 'cancelled'; last?: RolloutUpdate }
  | { result: 'error'; error: ClusterErrorInfo; last?: RolloutUpdate };

export async function followRollout(gw: ClusterGateway, ref: WorkloadRef, opts: FollowOptions = {}): Promise<FollowResult> {
  const lang = opts.lang ?? 'fr';
  const timeoutMs = opts.timeoutMs ?? 5 * 60_000;
  const every = opts.diagnoseEveryMs ?? 2000;
  const { path } = await gw.pathOf({ ...ref, name: undefined });
  let last: RolloutUpdate | undefined;
  let lastDiag = 0;
  let stopWatch: AbortController | undefined;
  let finish!: (r: FollowResult) => void;
  const finished = new Promise<FollowResult>((resolve) => { finish = resolve; });
  let over = false;
  const end = (r: FollowResult): void => {
    if (over) return;
    over = true;
    stopWatch?.abort();
    finish(r);
  };

  const consider = async (obj: K8sObject): Promise<void> => {
    let status: RolloutStatus;
    try {
      status = rolloutStatus(obj, opts.revision);
    } catch (err) {
      return end({ result: 'error', error: toClusterError(err).info });
    }
    const update: RolloutUpdate = { object: obj, status, stuck: last?.stuck };
    if (!status.done && Date.now() - lastDiag >= every) {
      lastDiag = Date.now();
      update.stuck = await explainRollout(gw, obj, lang).catch(() => undefined);
      if (update.stuck && !update.stuck.text) update.stuck = undefined;
    }
    if (status.done) update.stuck = undefined;
    last = update;
    if (over) return;
    opts.onUpdate?.(update);
    if (status.error && status.error !== 'unsupportedStrategy') return end({ result: 'failed', last: update });
    if (status.done) return end({ result: 'done', last: update });
  };

  const timer = timeoutMs > 0 ? setTimeout(() => end({ result: 'timeout', last }), timeoutMs) : undefined;
  const onAbort = (): void => end({ result: 'cancelled', last });
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  // Periodic re-check: the Pods' state changes without the workload changing (ImagePullBackOff appears later).
  const poll = setInterval(() => {
    if (last && !over) void gw.getOrNull(ref).then((o) => (o ? consider(o) : undefined)).catch(() => undefined);
  }, every);

  const startWatch = async (): Promise<void> => {
    while (!over) {
      let obj: K8sObject | undefined;
      try {
        obj = await gw.get(ref);
      } catch (err) {
        return end({ result: 'error', error: toClusterError(err).info, last });
      }
      await consider(obj);
      if (over) return;
      const closed = new Promise<ClusterError | undefined>((resolve) => {
        void gw.watch(path, { fieldSelector: `metadata.name=${ref.name}`, resourceVersion: obj!.metadata.resourceVersion, timeoutSeconds: 60, allowWatchBookmarks: true },
          (type, o) => { if (type === 'ADDED' || type === 'MODIFIED') void consider(o); },
          (err) => resolve(err)).then((c) => { stopWatch = c; }, (err: unknown) => resolve(toClusterError(err)));
      });
      const err = await closed;
      if (over) return;
      if (err && err.kind !== 'timeout' && err.kind !== 'other') return end({ result: 'error', error: err.info, last });
      // watch closed (server timeout, 410, idle): start again from a fresh GET, without hammering the server
      await new Promise((r) => setTimeout(r, 300));
    }
  };
  void startWatch();
  const result = await finished;
  if (timer) clearTimeout(timer);
  clearInterval(poll);
  opts.signal?.removeEventListener('abort', onAbort);
  return result;
}
