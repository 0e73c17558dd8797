// Réseau: Services with their endpoints (from EndpointSlices), Ingress with the URLs they publish.
import { explainState } from '../../../../core/cluster/explainCatalog';
import { ingressState, ingressUrls, serviceState } from '../../../../core/cluster/explainWorkload';
import type { EndpointSliceView, IngressView, ServiceView } from '../../../../core/cluster/watchTypes';
import { objectContextValue } from './contextValue';
import { canWatch } from './roots';
import { code, md, objectTooltip, SEVERITY_ICON, stateMd } from './present';
import type { ModelEnv, TreeNode } from './types';
import { refOf } from './workloads';

function portsText(svc: ServiceView): string {
  return (svc.spec?.ports ?? []).map((p) => `${p.port}${p.targetPort !== undefined && String(p.targetPort) !== String(p.port) ? `→${p.targetPort}` : ''}${p.nodePort ? `:${p.nodePort}` : ''}/${p.protocol ?? 'TCP'}`).join(', ');
}

function selectorText(svc: ServiceView): string {
  return Object.entries(svc.spec?.selector ?? {}).map(([k, v]) => `${k}=${v}`).join(',');
}

export function serviceNode(env: ModelEnv, parentId: string, svc: ServiceView): TreeNode {
  const ref = refOf('services', svc);
  const ns = ref.namespace ?? env.connection.namespace;
  const slicesKnown = canWatch(env, 'endpointslices', ns) && !!env.store.status({ resource: 'endpointslices', namespace: ns })?.hasSynced;
  const slices = env.store.items<EndpointSliceView>({ resource: 'endpointslices', namespace: ns });
  const s = serviceState(svc, slices);
  const severity = s.reasonKey === 'NoEndpoints' && !slicesKnown ? 'progress' : s.severity;
  const manifest = env.manifestFor('Service', ref.name, ns);
  const self = env.isSelf(ref);
  const type = svc.spec?.type ?? 'ClusterIP';
  const endpointsText = s.reasonKey === 'ServiceEndpoints' || s.reasonKey === 'NoEndpoints' ? env.t('desc.pods', { count: s.ready ?? 0 }) : undefined;
  return {
    id: `${parentId}/o:services:${ref.name}`, kind: 'object', label: ref.name, ref, namespace: ns, manifest,
    description: [type, portsText(svc), slicesKnown ? endpointsText : undefined].filter(Boolean).join(' · '),
    icon: SEVERITY_ICON[severity], collapsible: 'collapsed',
    contextValue: objectContextValue('services', env.access(ns), { self, manifest: !!manifest, name: ref.name }),
    tooltip: () => objectTooltip(env, ref, [stateMd(env, s.reasonKey, s.args, s.severity), '', `selector : ${code(selectorText(svc) || '—')}`], manifest, `kubectl get endpointslices -l kubernetes.io/service-name=${ref.name} -n ${ns}`),
  };
}

export function serviceChildren(env: ModelEnv, node: TreeNode): TreeNode[] {
  const ns = node.namespace ?? env.connection.namespace;
  const svc = env.store.items<ServiceView>({ resource: 'services', namespace: ns }).find((x) => x.metadata.name === node.ref?.name);
  if (!svc) return [];
  const slices = env.store.items<EndpointSliceView>({ resource: 'endpointslices', namespace: ns })
    .filter((sl) => sl.metadata.labels?.['kubernetes.io/service-name'] === svc.metadata.name);
  const out: TreeNode[] = [];
  for (const sl of slices) {
    const port = (sl.ports ?? []).map((p) => p.port).filter(Boolean).join(',');
    for (const ep of sl.endpoints ?? []) {
      const ready = ep.conditions?.ready !== false;
      for (const addr of ep.addresses) {
        const target = ep.targetRef?.name ? `${ep.targetRef.kind === 'Pod' ? 'pod/' : ''}${ep.targetRef.name}` : undefined;
        out.push({
          id: `${node.id}/ep:${addr}`, kind: 'endpoint', label: port ? `${addr}:${port}` : addr, namespace: ns,
          description: [target, ready ? env.t('desc.endpointReady') : env.t('desc.endpointNotReady')].filter(Boolean).join(' · '),
          icon: ready ? SEVERITY_ICON.ok : SEVERITY_ICON.warning, collapsible: 'none', contextValue: 'ka-endpoint',
          tooltip: () => stateMd(env, ready ? 'Running' : 'NotReady', {}, ready ? 'ok' : 'warning'),
        });
      }
    }
  }
  if (out.length === 0 && svc.spec?.selector) {
    out.push({
      id: `${node.id}/state:noEndpoints`, kind: 'state', label: env.t('desc.noEndpoints', { selector: selectorText(svc) }),
      icon: SEVERITY_ICON.warning, collapsible: 'none', contextValue: 'ka-state',
      tooltip: () => stateMd(env, 'NoEndpoints', {}, 'warning'),
    });
  }
  return out;
}

export function ingressNode(env: ModelEnv, parentId: string, ing: IngressView): TreeNode {
  const ref = refOf('ingresses', ing);
  const ns = ref.namespace ?? env.connection.namespace;
  const s = ingressState(ing);
  const urls = ingressUrls(ing);
  const manifest = env.manifestFor('Ingress', ref.name, ns);
  return {
    id: `${parentId}/o:ingresses:${ref.name}`, kind: 'object', label: ref.name, ref, namespace: ns, manifest,
    description: [urls[0]?.url, urls.length > 1 ? `+${urls.length - 1}` : undefined, s.severity === 'ok' ? undefined : explainState(env.lang, s.reasonKey).title].filter(Boolean).join(' · '),
    icon: SEVERITY_ICON[s.severity], collapsible: urls.length ? 'collapsed' : 'none',
    contextValue: objectContextValue('ingresses', env.access(ns), { manifest: !!manifest, name: ref.name }),
    tooltip: () => objectTooltip(env, ref, [stateMd(env, s.reasonKey, s.args, s.severity), '', ...urls.map((u) => `- ${md(u.url)} → ${code(`${u.service ?? '?'}:${u.port ?? '?'}`)}`)], manifest),
  };
}

export function ingressChildren(env: ModelEnv, node: TreeNode): TreeNode[] {
  const ns = node.namespace ?? env.connection.namespace;
  const ing = env.store.items<IngressView>({ resource: 'ingresses', namespace: ns }).find((x) => x.metadata.name === node.ref?.name);
  if (!ing) return [];
  return ingressUrls(ing).map((u, i) => ({
    id: `${node.id}/url:${i}`, kind: 'url', label: u.url, namespace: ns,
    description: `→ ${u.service ?? '?'}:${u.port ?? '?'}`, icon: { id: 'link' }, collapsible: 'none', contextValue: 'ka-url',
    tooltip: () => md(u.url),
  }));
}
