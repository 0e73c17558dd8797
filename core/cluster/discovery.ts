// Resource discovery (kind → plural, scope) per group/version, cached, refreshed once on a miss (new CRDs).
import { ClusterError } from './errors';
import { groupVersionPath } from './paths';
import { splitApiVersion, type ApiResource } from './types';

interface DiscoveryList {
  resources?: { name: string; kind: string; namespaced: boolean; verbs?: string[] }[];
}

export type GetJson = (path: string) => Promise<unknown>;

export class Discovery {
  private cache = new Map<string, Promise<ApiResource[]>>();

  constructor(private readonly getJson: GetJson) {}

  /** The resource serving `kind` in `apiVersion`; throws ClusterError `unknownKind` when the cluster has none. */
  async resource(apiVersion: string, kind: string): Promise<ApiResource> {
    const found = (await this.groupVersion(apiVersion, false)).find((r) => r.kind === kind);
    if (found) return found;
    const again = (await this.groupVersion(apiVersion, true)).find((r) => r.kind === kind);
    if (again) return again;
    throw new ClusterError({ kind: 'unknownKind', apiVersion, resourceKind: kind });
  }

  /** Like resource() but returns undefined instead of throwing for an unknown kind. */
  async tryResource(apiVersion: string, kind: string): Promise<ApiResource | undefined> {
    try {
      return await this.resource(apiVersion, kind);
    } catch (err) {
      if (err instanceof ClusterError && err.kind === 'unknownKind') return undefined;
      throw err;
    }
  }

  invalidate(): void {
    this.cache.clear();
  }

  private groupVersion(apiVersion: string, refresh: boolean): Promise<ApiResource[]> {
    if (!refresh) {
      const hit = this.cache.get(apiVersion);
      if (hit) return hit;
    }
    const { group, version } = splitApiVersion(apiVersion);
    const p = this.getJson(groupVersionPath(group, version)).then(
      (body) => ((body as DiscoveryList).resources ?? [])
        .filter((r) => !r.name.includes('/'))
        .map((r) => ({ group, version, kind: r.kind, plural: r.name, namespaced: r.namespaced, verbs: r.verbs ?? [] })),
      (err: unknown) => {
        // an unknown group/version answers 404: same meaning as an unknown kind
        if (err instanceof ClusterError && err.kind === 'notFound') return [];
        throw err;
      },
    );
    this.cache.set(apiVersion, p);
    p.catch(() => this.cache.delete(apiVersion));
    return p;
  }
}
