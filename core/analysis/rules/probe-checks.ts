// A probe must define exactly one action (httpGet, tcpSocket, exec, grpc); identical liveness and
// readiness probes restart pods when a dependency fails instead of just taking them out of the Service.
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { rangeOf } from '../index/ranges';
import { get, getPair } from '../util/yamlNodes';
import { podObjects } from './helpers';
import type { DocRule } from './rule';

const ACTIONS = ['httpGet', 'tcpSocket', 'exec', 'grpc'];

/** A bounded text form of a node (aliases are shared nodes: never expand without a budget). */
function shape(n: unknown, budget: { n: number }, depth = 0): string {
  if (--budget.n < 0 || depth > 10) return '…';
  if (isScalar(n)) return JSON.stringify(n.value);
  if (isMap(n)) return `{${n.items.map((p) => `${shape(p.key, budget, depth + 1)}:${shape(p.value, budget, depth + 1)}`).join(',')}}`;
  if (isSeq(n)) return `[${n.items.map((i) => shape(i, budget, depth + 1)).join(',')}]`;
  return '';
}

function canonical(node: Node | undefined): string {
  const action = ACTIONS.find((a) => get(node, a));
  if (!action) return '';
  return `${action}:${shape(get(node, action), { n: 200 })}`;
}

export const probeChecks: DocRule = {
  id: 'probe-checks',
  codes: ['KA027', 'KA058'],
  scope: 'document',
  check(ctx) {
    for (const { res, tpl } of podObjects(ctx.resources)) {
      for (const c of tpl.containers) {
        for (const key of ['livenessProbe', 'readinessProbe', 'startupProbe']) {
          const pair = getPair(c.node, key);
          if (!pair || !isMap(pair.value)) continue;
          const actions = ACTIONS.filter((a) => getPair(pair.value, a));
          if (actions.length !== 1) {
            ctx.report({ code: 'KA058', messageKey: actions.length === 0 ? 'KA058' : 'KA058.many', range: rangeOf(res.doc, pair.key), args: { probe: key, actions: actions.join(', ') } });
          }
        }
        const live = get(c.node, 'livenessProbe');
        const ready = get(c.node, 'readinessProbe');
        if (!c.init && live && ready) {
          const a = canonical(live);
          if (a && a === canonical(ready)) {
            ctx.report({ code: 'KA027', range: rangeOf(res.doc, getPair(c.node, 'livenessProbe')!.key), args: { container: c.name ?? '' } });
          }
        }
      }
    }
  },
};
