// An environment variable that names a host (…_HOST, …_DOMAIN, …_URL, …_ADDR, …_SERVICE) whose value is
// a bare DNS name (`redis`, `redis:6379`, `redis.ns.svc…`) that matches no Service of the workspace while a
// Service with a close name exists (`redis` vs `redis-master`). A hint: the Service may be deployed separately.
import { rangeOf } from '../index/ranges';
import { formatList } from '../messages';
import { get, items, str } from '../util/yamlNodes';
import { builtinPodTemplate, closestName } from './helpers';
import type { ManifestIndex } from '../index/manifestIndex';
import type { WorkspaceRule } from './rule';

const NAME = /(_HOST|_HOSTNAME|_DOMAIN|_URL|_ADDR|_ADDRESS|_SERVICE|_SERVER|_ENDPOINT)$/;
/** The Service name and namespace a value designates: `redis`, `redis:6379`, `http://redis/x`, `redis.ns.svc…`. */
export function serviceTarget(value: string): { host: string; namespace?: string } | undefined {
  let v = value.trim().replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
  v = v.replace(/^[^@/]*@/, '').replace(/[/?#].*$/, '').replace(/:\d{1,5}$/, '');
  const single = /^[a-z]([-a-z0-9]*[a-z0-9])?$/.exec(v);
  if (single) return v === 'localhost' ? undefined : { host: v };
  const svc = /^([a-z]([-a-z0-9]*[a-z0-9])?)\.([a-z0-9]([-a-z0-9]*[a-z0-9])?)\.svc(\.cluster\.local)?\.?$/.exec(v);
  if (svc) return { host: svc[1], namespace: svc[3] };
  return undefined;
}

interface ServiceNames {
  /** Version of the `names:Service` topic these tables were built at. */
  version: number;
  /** Names of the Kubernetes Services per namespace, sorted (the hint's list and its tie-breaks do not depend on edits). */
  byNs: Map<string, string[]>;
  sets: Map<string, Set<string>>;
  closestCache: Map<string, string | undefined>;
}

/** Service names per namespace, rebuilt only when a Service is added, removed or renamed. */
const namesCache = new WeakMap<ManifestIndex, ServiceNames>();

function serviceNames(index: ManifestIndex): ServiceNames {
  const version = index.topic('names:Service');
  const cached = namesCache.get(index);
  if (cached && cached.version === version) return cached;
  const byNs = new Map<string, string[]>();
  for (const s of index.kubernetesNames('Service')) {
    const list = byNs.get(s.namespace);
    if (list) list.push(s.name);
    else byNs.set(s.namespace, [s.name]);
  }
  for (const list of byNs.values()) list.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const names: ServiceNames = { version, byNs, sets: new Map([...byNs].map(([ns, l]) => [ns, new Set(l)])), closestCache: new Map() };
  namesCache.set(index, names);
  return names;
}

export const envServiceName: WorkspaceRule = {
  id: 'env-service-name',
  codes: ['KA014'],
  scope: 'workspace',
  check(ctx) {
    const names = serviceNames(ctx.index);
    if (names.byNs.size === 0) return; // nothing to compare with: the Services live elsewhere
    const { byNs, sets, closestCache } = names;
    const closestIn = (host: string, ns: string, known: string[]): string | undefined => {
      const key = `${ns}\u0000${host}`;
      if (!closestCache.has(key)) closestCache.set(key, known.length <= 2000 ? closestName(host, known) : undefined);
      return closestCache.get(key);
    };
    for (const tpl of ctx.index.podTemplates()) {
      const res = tpl.owner;
      if (builtinPodTemplate(res) !== tpl) continue;
      ctx.memo(res, [names.version], () => {
        for (const c of tpl.containers) {
          for (const e of items(get(c.node, 'env'))) {
            const name = str(get(e, 'name'));
            if (!name || !NAME.test(name)) continue;
            const valueNode = get(e, 'value');
            const value = str(valueNode);
            if (!value || !valueNode) continue;
            const target = serviceTarget(value);
            if (!target) continue;
            const ns = target.namespace ?? res.namespace;
            if (sets.get(ns)?.has(target.host)) continue;
            // Only when a Service with a close name exists (`redis` vs `redis-master`): otherwise the host is
            // probably outside the workspace (a managed database…) and the hint would be noise.
            const known = byNs.get(ns) ?? [];
            const closest = closestIn(target.host, ns, known);
            if (!closest) continue;
            ctx.report({
              uri: res.uri, code: 'KA014', range: rangeOf(res.doc, valueNode),
              args: { variable: name, value, host: target.host, services: formatList(known), closest },
            });
          }
        }
      });
    }
  },
};
