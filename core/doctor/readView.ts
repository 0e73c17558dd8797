// Reads one namespace for the doctor through the existing ClusterGateway (no vscode): one list per resource type, in
// parallel, except what the live watch cache (`opts.cache`) already holds fresh. What the account may not read becomes a friendly sentence in `forbidden`, never an exception; an
// unreachable cluster still throws ClusterError (the caller reports it).
import type { CachedLists } from './cache';
import { dt } from './text';
import type { DoctorResource, DoctorView, KObject, Lang, ManifestLocation, PreviousLogs } from './types';
import { describeClusterError } from '../cluster/errorMessages';
import { ClusterError, toClusterError, type ClusterErrorInfo } from '../cluster/errors';
import type { ClusterGateway } from '../cluster/gateway';
import { forbiddenHints } from '../cluster/roleHints';
import type { K8sList } from '../cluster/types';
import { isKubeletFailure, isNoPrevious } from '../cluster/logErrors';

/** API group/version of each resource the doctor reads; `cluster` = cluster-scoped. */
const API: Partial<Record<DoctorResource, { gv: string; cluster?: boolean }>> = {
  ingresses: { gv: 'networking.k8s.io/v1' }, services: { gv: 'v1' }, endpointslices: { gv: 'discovery.k8s.io/v1' },
  pods: { gv: 'v1' }, deployments: { gv: 'apps/v1' }, statefulsets: { gv: 'apps/v1' }, daemonsets: { gv: 'apps/v1' },
  replicasets: { gv: 'apps/v1' }, jobs: { gv: 'batch/v1' }, configmaps: { gv: 'v1' }, secrets: { gv: 'v1' },
  persistentvolumeclaims: { gv: 'v1' }, storageclasses: { gv: 'storage.k8s.io/v1', cluster: true },
  resourcequotas: { gv: 'v1' }, events: { gv: 'v1' },
};

const base = (gv: string) => (gv.includes('/') ? `/apis/${gv}` : `/api/${gv}`);
const nsPath = (ns: string) => `/namespaces/${encodeURIComponent(ns)}`;

export interface ReadOptions {
  lang: Lang;
  manifest?: (kind: string, name: string, namespace: string) => ManifestLocation | undefined;
  /** The live watch cache (cache.ts `hubCache`): what it holds fresh is not listed again. */
  cache?: CachedLists;
}

/** Lists every page of a collection. */
async function listAll(gw: ClusterGateway, path: string, query: Record<string, string> = {}): Promise<KObject[]> {
  const out: KObject[] = [];
  let cont: string | undefined;
  do {
    const page = (await gw.request<K8sList>({ method: 'GET', path, query: { ...query, limit: 500, continue: cont } })).body;
    out.push(...(page.items as unknown as KObject[]));
    cont = page.metadata?.continue || undefined;
  } while (cont);
  return out;
}

/** Secret values are never kept: the doctor only needs the keys. */
function blankSecret(o: KObject): KObject {
  const keys = (m: unknown) => Object.fromEntries(Object.keys((m as Record<string, string>) ?? {}).map((k) => [k, '']));
  return { ...o, data: keys(o.data), ...(o.stringData ? { stringData: keys(o.stringData) } : {}) };
}

export async function readDoctorView(gw: ClusterGateway, namespace: string, opts: ReadOptions): Promise<DoctorView> {
  const objects: DoctorView['objects'] = {};
  const refused: [DoctorResource, ClusterErrorInfo][] = [];
  const sources: NonNullable<DoctorView['sources']> = {};
  await Promise.all(Object.entries(API).map(async ([res, api]) => {
    const r = res as DoctorResource;
    const path = `${base(api!.gv)}${api!.cluster ? '' : nsPath(namespace)}/${res}`;
    const cached = opts.cache?.(r);
    if (cached) {
      objects[r] = r === 'secrets' ? cached.map(blankSecret) : cached;
      sources[r] = 'cache';
      return;
    }
    sources[r] = 'list';
    try {
      const list = await listAll(gw, path);
      objects[r] = r === 'secrets' ? list.map(blankSecret) : list;
    } catch (e) {
      const err = toClusterError(e, gw.server);
      if (err.info.kind === 'forbidden' || err.info.kind === 'unauthorized') refused.push([r, err.info]);
      else if (err.info.kind === 'notFound') objects[r] = []; // the API group is not served by this cluster
      else throw err;
    }
  }));
  const forbidden: DoctorView['forbidden'] = {};
  if (refused.length) {
    const hints = await forbiddenHints(gw, refused[0][1]);
    for (const [r, info] of refused) forbidden[r] = describeClusterError(info, opts.lang, hints);
  }
  return {
    namespace, objects, forbidden, sources, manifest: opts.manifest,
    podsElsewhere: (selector) => podsElsewhere(gw, namespace, selector),
    previousLogs: (pod, container) => previousLogs(gw, namespace, pod, container, opts.lang),
  };
}

/** Namespaces holding Pods with these labels: cluster-wide when allowed, else the kubeconfig contexts' namespaces. */
async function podsElsewhere(gw: ClusterGateway, namespace: string, selector: Record<string, string>): Promise<string[] | undefined> {
  const labelSelector = Object.entries(selector).map(([k, v]) => `${k}=${v}`).join(',');
  const namespacesOf = (pods: KObject[]) => [...new Set(pods.map((p) => p.metadata.namespace ?? ''))].filter((n) => n && n !== namespace);
  try {
    return namespacesOf(await listAll(gw, '/api/v1/pods', { labelSelector }));
  } catch {
    const candidates = [...new Set([gw.namespace, ...gw.config.contexts.map((c) => c.namespace)])].filter((n): n is string => !!n && n !== namespace);
    const found: string[] = [];
    for (const ns of candidates.slice(0, 5)) {
      const pods = await listAll(gw, `/api/v1${nsPath(ns)}/pods`, { labelSelector }).catch(() => []);
      if (pods.length) found.push(ns);
    }
    return found;
  }
}

async function previousLogs(gw: ClusterGateway, namespace: string, pod: string, container: string, lang: Lang): Promise<PreviousLogs> {
  try {
    const a = await gw.request<string>({
      method: 'GET', path: `/api/v1${nsPath(namespace)}/pods/${encodeURIComponent(pod)}/log`,
      query: { container, previous: true, tailLines: 20 }, timeoutMs: 10_000,
    });
    const text = typeof a.body === 'string' ? a.body : JSON.stringify(a.body);
    return { lines: text.split('\n').filter((l) => l.trim() !== '') };
  } catch (e) {
    const err = e instanceof ClusterError ? e : toClusterError(e, gw.server);
    if (isNoPrevious(err)) return { unavailable: dt(lang, 'logs.noPrevious') };
    if (isKubeletFailure(err)) return { unavailable: dt(lang, 'logs.kubelet', { message: 'message' in err.info && err.info.message ? err.info.message : err.info.kind }) };
    return { unavailable: describeClusterError(err.info, lang) };
  }
}
