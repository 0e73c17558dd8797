// WatchTransport over the ClusterGateway: paginated lists and watches through client-node's authentication.
// Errors come out as ClusterError (errors.ts); a 410 Gone keeps its status so the informer relists.
import type { ClusterGateway } from './gateway';
import type { ListPage, WatchHandle, WatchTransport } from './watchCache';
import type { K8sObject } from './types';

interface RawList {
  metadata?: { resourceVersion?: string; continue?: string };
  items?: K8sObject[];
}

/** HTTP status of an error thrown by the gateway (ClusterError) or by client-node. */
export function statusOfClusterError(err: unknown): number | undefined {
  const e = err as { info?: { kind?: string; status?: number }; statusCode?: number; code?: unknown } | undefined;
  if (e?.info?.kind === 'other' && typeof e.info.status === 'number') return e.info.status;
  if (typeof e?.statusCode === 'number') return e.statusCode;
  if (typeof e?.code === 'number') return e.code;
  return undefined;
}

export function gatewayTransport(gw: ClusterGateway, opts: { inactivityTimeoutMs?: number } = {}): WatchTransport {
  return {
    async list(path, o): Promise<ListPage> {
      const { body } = await gw.request<RawList>({ method: 'GET', path, query: { limit: o.limit, continue: o.continue }, timeoutMs: 60_000 });
      return { items: body.items ?? [], resourceVersion: body.metadata?.resourceVersion ?? '', continue: body.metadata?.continue };
    },
    async watch(path, o, onEvent, onDone): Promise<WatchHandle> {
      const ctl = await gw.watch(path, {
        resourceVersion: o.resourceVersion, timeoutSeconds: o.timeoutSeconds, allowWatchBookmarks: o.allowWatchBookmarks,
      }, (type, obj) => onEvent(type, obj as unknown as K8sObject), (err) => onDone(err), { inactivityTimeoutMs: opts.inactivityTimeoutMs ?? 120_000 });
      return { abort: () => ctl.abort() };
    },
  };
}
