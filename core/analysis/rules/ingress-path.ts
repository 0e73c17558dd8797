// In networking.k8s.io/v1 every Ingress path needs a pathType and must start with `/`; the old
// backend syntax (serviceName/servicePort) is refused there.
import { rangeOf } from '../index/ranges';
import { get, getPair, getPath, items, num, str } from '../util/yamlNodes';
import { columnOf, isBuiltin } from './helpers';
import type { DocRule } from './rule';

export const ingressPath: DocRule = {
  id: 'ingress-path',
  codes: ['KA065', 'KA075'],
  scope: 'document',
  check(ctx) {
    for (const ing of ctx.resources) {
      if (!isBuiltin(ing, 'Ingress', ['networking.k8s.io']) || ing.apiVersion !== 'networking.k8s.io/v1') continue;
      const spec = get(ing.node, 'spec');
      const backends = [getPair(spec, 'defaultBackend')?.value];
      for (const rule of items(get(spec, 'rules'))) {
        for (const p of items(getPath(rule, 'http.paths'))) {
          backends.push(getPair(p, 'backend')?.value);
          const pathNode = get(p, 'path');
          const path = str(pathNode);
          if (!getPair(p, 'pathType')) {
            const first = (p as { items?: Array<{ key: unknown }> }).items?.[0];
            const at = first ? rangeOf(ing.doc, first.key).start : rangeOf(ing.doc, p).start;
            ctx.report({ code: 'KA065', range: rangeOf(ing.doc, pathNode ?? (first?.key as never) ?? p), args: { path: path ?? '' },
              fixes: [{ titleKey: 'fix.KA065', args: {}, edits: [{ uri: ing.uri, range: { start: at, end: at }, newText: `pathType: Prefix\n${' '.repeat(columnOf(ing.doc, at))}` }], preferred: true }] });
          }
          if (path !== undefined && pathNode && !path.startsWith('/')) {
            ctx.report({ code: 'KA065', messageKey: 'KA065.slash', range: rangeOf(ing.doc, pathNode), args: { path },
              fixes: [{ titleKey: 'fix.value', args: { value: `/${path}` }, edits: [{ uri: ing.uri, range: rangeOf(ing.doc, pathNode), newText: `/${path}` }], preferred: true }] });
          }
        }
      }
      for (const b of backends) {
        const sn = getPair(b, 'serviceName');
        if (!b || !sn) continue;
        const name = str(sn.value) ?? '';
        const portNode = get(b, 'servicePort');
        const port = num(portNode) ?? str(portNode) ?? '';
        const portYaml = typeof port === 'number' ? `number: ${port}` : `name: ${port}`;
        const r = rangeOf(ing.doc, b);
        const indent = ' '.repeat(columnOf(ing.doc, r.start));
        ctx.report({
          code: 'KA075', range: rangeOf(ing.doc, sn.key), args: { name, port: String(port) },
          fixes: [{ titleKey: 'fix.KA075', args: {}, edits: [{ uri: ing.uri, range: r, newText: `service:\n${indent}  name: ${name}\n${indent}  port:\n${indent}    ${portYaml}` }], preferred: true }],
        });
      }
    }
  },
};
