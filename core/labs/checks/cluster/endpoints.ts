// cluster.endpoints: the Service has between min and max ready endpoints (EndpointSlices discovery.k8s.io/v1).
import type { EndpointsCheck } from '../../format/types';
import { t } from '../../../i18n/labs';
import type { CheckKind } from '../kind';
import { requireCluster, type Obj } from './helpers';

/** Ready endpoint addresses of a Service's EndpointSlices, optionally only on slices exposing `port`. */
export function readyAddresses(slices: Obj[], port?: number): Set<string> {
  const out = new Set<string>();
  for (const s of slices) {
    const ports = Array.isArray(s.ports) ? (s.ports as Obj[]) : [];
    if (port !== undefined && !ports.some((p) => p.port === port)) continue;
    for (const ep of (Array.isArray(s.endpoints) ? (s.endpoints as Obj[]) : [])) {
      const cond = (ep.conditions ?? {}) as Obj;
      if (cond.ready === false) continue; // nil means ready (API contract)
      for (const a of (Array.isArray(ep.addresses) ? ep.addresses : [])) out.add(String(a));
    }
  }
  return out;
}

export const endpoints: CheckKind<EndpointsCheck> = {
  scope: 'cluster',
  describe: (c, lang) => c.title ?? (c.min === undefined && c.max !== undefined
    ? t(lang, 'check.cluster.endpoints.max', { service: c.service, max: c.max })
    : t(lang, 'check.cluster.endpoints.min', { service: c.service, min: c.min ?? 1 })),
  async evaluate(c, ctx) {
    const cluster = requireCluster(ctx.cluster);
    const svc = await cluster.get('Service', c.service);
    if (!svc) return { ok: false, final: true, detail: t(ctx.lang, 'détail.clusterAbsent', { ressource: `Service/${c.service}`, namespace: cluster.namespace }) };
    const slices = await cluster.list('EndpointSlice', { 'kubernetes.io/service-name': c.service });
    const n = readyAddresses(slices, c.port).size;
    const min = c.min ?? (c.max === undefined ? 1 : 0);
    if (n >= min && (c.max === undefined || n <= c.max)) return { ok: true };
    return { ok: false, detail: t(ctx.lang, 'détail.endpoints', { n, port: c.port !== undefined ? ` (port ${c.port})` : '' }) };
  },
};
