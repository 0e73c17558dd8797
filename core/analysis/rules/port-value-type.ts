// containerPort, hostPort, Service port and nodePort must be integers: a quoted number or a forgotten
// placeholder (`<port>`) is refused by the API server.
import { isScalar, type Node, type Pair } from 'yaml';
import type { ManifestDoc } from '../index/types';
import { get, getPair, items } from '../util/yamlNodes';
import { podObjects, rangeOf, replaceValueEdit, services } from './helpers';
import type { DocRule, DocRuleContext } from './rule';

function checkPair(ctx: DocRuleContext, doc: ManifestDoc, pair: Pair<Node, Node | null> | undefined, field: string): void {
  const v = pair?.value;
  if (!pair || !isScalar(v) || typeof v.value === 'number' || v.value === null) return;
  const text = String(v.value);
  const quotedNumber = /^\d+$/.test(text.trim());
  ctx.report({
    code: 'KA037', messageKey: quotedNumber ? 'KA037' : /^<.*>$/.test(text.trim()) ? 'KA037.placeholder' : 'KA037.text', range: rangeOf(doc, v),
    args: { field, value: text },
    fixes: quotedNumber ? [{ titleKey: 'fix.KA037', args: { value: text.trim() }, edits: [replaceValueEdit(doc, v, Number(text.trim()))], preferred: true }] : undefined,
  });
}

export const portValueType: DocRule = {
  id: 'port-value-type',
  codes: ['KA037'],
  scope: 'document',
  check(ctx) {
    for (const { res, tpl } of podObjects(ctx.resources)) {
      for (const c of tpl.containers) {
        for (const p of c.ports) {
          checkPair(ctx, res.doc, getPair(p.node, 'containerPort'), 'containerPort');
          checkPair(ctx, res.doc, getPair(p.node, 'hostPort'), 'hostPort');
        }
      }
    }
    for (const svc of services(ctx.resources)) {
      for (const p of items(get(get(svc.node, 'spec'), 'ports'))) {
        checkPair(ctx, svc.doc, getPair(p, 'port'), 'port');
        checkPair(ctx, svc.doc, getPair(p, 'nodePort'), 'nodePort');
      }
    }
  },
};
