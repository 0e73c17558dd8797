// Service ports: with several ports each needs a `name`; port, targetPort and containerPort must be
// within 1–65535, and nodePort within 30000–32767 (default range).
import { isScalar } from 'yaml';
import { get, getPair, items, num } from '../util/yamlNodes';
import { podObjects, rangeOf, services } from './helpers';
import type { DocRule } from './rule';

export const servicePortRules: DocRule = {
  id: 'service-port-rules',
  codes: ['KA053', 'KA054'],
  scope: 'document',
  check(ctx) {
    for (const svc of services(ctx.resources)) {
      const ports = items(get(get(svc.node, 'spec'), 'ports'));
      for (const p of ports) {
        for (const field of ['port', 'targetPort', 'nodePort']) {
          const v = num(get(p, field));
          if (v === undefined) continue;
          const node = get(p, field)!;
          if (field === 'nodePort') {
            if (v !== 0 && (v < 30000 || v > 32767)) ctx.report({ code: 'KA054', messageKey: 'KA054.nodePort', range: rangeOf(svc.doc, node), args: { field, value: v } });
          } else if (v < 1 || v > 65535 || !Number.isInteger(v)) {
            ctx.report({ code: 'KA054', range: rangeOf(svc.doc, node), args: { field, value: v } });
          }
        }
      }
      if (ports.length > 1) {
        for (const p of ports) {
          const name = get(p, 'name');
          if (name && isScalar(name) && name.value !== null && name.value !== '') continue;
          const portPair = getPair(p, 'port');
          ctx.report({ code: 'KA053', range: rangeOf(svc.doc, portPair ? portPair.key : p), args: { count: ports.length } });
        }
      }
    }
    for (const { res, tpl } of podObjects(ctx.resources)) {
      for (const c of tpl.containers) {
        for (const p of c.ports) {
          for (const field of ['containerPort', 'hostPort']) {
            const v = num(get(p.node, field));
            if (v === undefined || (v >= 1 && v <= 65535 && Number.isInteger(v)) || (field === 'hostPort' && v === 0)) continue;
            ctx.report({ code: 'KA054', range: rangeOf(res.doc, get(p.node, field)), args: { field, value: v } });
          }
        }
      }
    }
  },
};
