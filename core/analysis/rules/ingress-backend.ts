// An Ingress backend must name an existing Service of its namespace, and a port that this Service
// exposes (`spec.ports[].port` or its name), not the targetPort.
import { formatList } from '../messages';
import { rangeOf } from '../index/ranges';
import type { Resource } from '../index/types';
import { closestName, get, items, replaceValueEdit } from './helpers';
import { num, str } from '../util/yamlNodes';
import type { WorkspaceRule } from './rule';
import { mentionedInBrokenDoc } from './brokenDocs';

function servicePorts(svc: Resource): Array<{ port?: number; name?: string; node: unknown }> {
  return items(get(get(svc.node, 'spec'), 'ports')).map((p) => ({ port: num(get(p, 'port')), name: str(get(p, 'name')), node: p }));
}

export const ingressBackend: WorkspaceRule = {
  id: 'ingress-backend',
  codes: ['KA006', 'KA007'],
  scope: 'workspace',
  check(ctx) {
    for (const ing of ctx.index.ofKind('Ingress')) {
      if (!ing.isKubernetes || !['networking.k8s.io', 'extensions'].includes(ing.group ?? '')) continue;
      ctx.memo(ing, [ctx.index.topicIn(`obj:Service:`, ing.namespace), ctx.workspace.brokenVersion], () => {
        for (const ref of ing.references) {
          if (ref.targetKind !== 'Service' || ref.via !== 'ingress') continue;
          const services = ctx.index.findResources({ kind: 'Service', name: ref.name, namespace: ing.namespace }).filter((s) => s.isKubernetes);
          if (services.length === 0) {
            const known = ctx.index.ofKind('Service', ing.namespace).map((s) => s.name ?? '').filter(Boolean).sort();
            const closest = closestName(ref.name, known);
            ctx.report({
              uri: ing.uri, code: 'KA006', messageKey: known.length ? 'KA006' : 'KA006.none', range: rangeOf(ing.doc, ref.nameNode),
              // No Service at all in the namespace (or one hidden in a file that does not parse): a hint.
              severity: known.length === 0 || mentionedInBrokenDoc(ctx.workspace, [['kind', 'Service'], ['name', ref.name]]) ? 'information' : undefined,
              args: { ingress: ing.name ?? '', service: ref.name, services: formatList(known), namespace: ing.namespace },
              fixes: closest ? [{ titleKey: 'fix.rename', args: { value: closest }, edits: [replaceValueEdit(ing.doc, ref.nameNode, closest)], preferred: true }] : undefined,
            });
            continue;
          }
          if (ref.port === undefined || !ref.portNode) continue;
          const svc = services[0];
          const ports = servicePorts(svc);
          const ok = ports.some((p) => (typeof ref.port === 'number' ? p.port === ref.port : p.name === ref.port));
          if (ok) continue;
          const listed = ports.map((p) => (p.name ? `${p.port ?? '?'} (${p.name})` : String(p.port ?? '?')));
          const numbered = ports.filter((p) => p.port !== undefined);
          ctx.report({
            uri: ing.uri, code: 'KA007', messageKey: typeof ref.port === 'number' ? 'KA007' : 'KA007.name', range: rangeOf(ing.doc, ref.portNode),
            args: { ingress: ing.name ?? '', service: ref.name, port: String(ref.port), ports: formatList(listed) },
            related: [{ uri: svc.uri, range: rangeOf(svc.doc, get(get(svc.node, 'spec'), 'ports') ?? svc.node), messageKey: 'related.KA007', args: { service: ref.name } }],
            fixes: typeof ref.port === 'number' && numbered.length >= 1
              ? numbered.slice(0, 3).map((p, i) => ({ titleKey: 'fix.port', args: { port: p.port! }, edits: [replaceValueEdit(ing.doc, ref.portNode, p.port!)], preferred: i === 0 && numbered.length === 1 }))
              : undefined,
          });
        }
      });
    }
  },
};
