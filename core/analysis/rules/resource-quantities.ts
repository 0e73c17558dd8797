// Resource quantities: invalid spellings (`200MB`, `0.5 cpu`) are refused; `memory: 128m` means 0.128
// byte (suspicious); a request above its limit is refused.
import { isScalar, type Node } from 'yaml';
import { rangeOf } from '../index/ranges';
import type { ManifestDoc } from '../index/types';
import { parseQuantity, quantitySuggestion } from '../util/quantity';
import { entries, get } from '../util/yamlNodes';
import { allContainerNodes, podObjects } from './helpers';
import type { DocRule, DocRuleContext } from './rule';

function read(ctx: DocRuleContext, doc: ManifestDoc, block: Node | undefined, kind: string): Map<string, { value: number; node: Node; text: string }> {
  const out = new Map<string, { value: number; node: Node; text: string }>();
  for (const e of entries(block)) {
    const v = e.value;
    if (!isScalar(v) || v.value === null || (typeof v.value !== 'string' && typeof v.value !== 'number')) continue;
    const text = String(v.value);
    const value = parseQuantity(v.value as string | number);
    const range = rangeOf(doc, v);
    if (value === undefined) {
      const suggestion = quantitySuggestion(text, e.key);
      ctx.report({
        code: 'KA029', messageKey: suggestion ? 'KA029' : 'KA029.none', range, args: { value: text, resource: e.key, kind, suggestion: suggestion ?? '' },
        fixes: suggestion ? [{ titleKey: 'fix.value', args: { value: suggestion }, edits: [{ uri: doc.uri, range, newText: suggestion }], preferred: true }] : undefined,
      });
      continue;
    }
    if (e.key === 'memory' && /^\d+(\.\d+)?m$/.test(text.trim())) {
      const fixed = text.trim().replace(/m$/, 'Mi');
      ctx.report({ code: 'KA029', messageKey: 'KA029.milli', severity: 'warning', range, args: { value: text, resource: e.key, kind, suggestion: fixed },
        fixes: [{ titleKey: 'fix.value', args: { value: fixed }, edits: [{ uri: doc.uri, range, newText: fixed }], preferred: true }] });
    }
    out.set(e.key, { value, node: v, text });
  }
  return out;
}

export const resourceQuantities: DocRule = {
  id: 'resource-quantities',
  codes: ['KA029', 'KA060'],
  scope: 'document',
  check(ctx) {
    for (const { res, tpl } of podObjects(ctx.resources)) {
      for (const { node } of allContainerNodes(tpl.spec)) {
        const resources = get(node, 'resources');
        if (!resources) continue;
        const requests = read(ctx, res.doc, get(resources, 'requests'), 'requests');
        const limits = read(ctx, res.doc, get(resources, 'limits'), 'limits');
        for (const [key, req] of requests) {
          const lim = limits.get(key);
          if (!lim || req.value <= lim.value * (1 + 1e-12)) continue;
          ctx.report({ code: 'KA060', range: rangeOf(res.doc, req.node), args: { resource: key, request: req.text, limit: lim.text },
            related: [{ uri: res.uri, range: rangeOf(res.doc, lim.node), messageKey: 'related.KA060', args: {} }] });
        }
      }
    }
  },
};
