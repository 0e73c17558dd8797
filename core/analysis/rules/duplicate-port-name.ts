// A port name used twice in a Pod: rejected within one container, ambiguous for `targetPort: <name>`
// across two containers.
import { get } from '../util/yamlNodes';
import { podObjects, rangeOf } from './helpers';
import type { DocRule } from './rule';

export const duplicatePortName: DocRule = {
  id: 'duplicate-port-name',
  codes: ['KA055'],
  scope: 'document',
  check(ctx) {
    for (const { res, tpl } of podObjects(ctx.resources)) {
      const seen = new Map<string, string | undefined>();
      for (const c of tpl.containers) {
        const inContainer = new Set<string>();
        for (const p of c.ports) {
          if (!p.name) continue;
          const node = get(p.node, 'name');
          if (inContainer.has(p.name)) {
            ctx.report({ code: 'KA055', messageKey: 'KA055.container', range: rangeOf(res.doc, node), args: { name: p.name, container: c.name ?? '' } });
          } else if (seen.has(p.name)) {
            ctx.report({ code: 'KA055', range: rangeOf(res.doc, node), severity: 'warning', args: { name: p.name, container: c.name ?? '', other: seen.get(p.name) ?? '' } });
          }
          inContainer.add(p.name);
        }
        for (const n of inContainer) if (!seen.has(n)) seen.set(n, c.name);
      }
    }
  },
};
