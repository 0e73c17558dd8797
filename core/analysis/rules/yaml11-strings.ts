// Values that Kubernetes' YAML 1.1 reader types differently from what they look like, where a string is
// required: annotation values, command/args items. `yes`/`on` become booleans, `0755` an octal number, `1.10`
// the number 1.1: the API server refuses them. (ConfigMap data, labels and env values: KA021, KA072, KA063.)
import { isScalar, type Node } from 'yaml';
import { rangeOf } from '../index/ranges';
import type { ManifestDoc } from '../index/types';
import { entries, get, getPath, items } from '../util/yamlNodes';
import { allContainerNodes, podObjects } from './helpers';
import { yaml11Type } from './yaml11';
import type { DocRule, DocRuleContext } from './rule';
import { POD_TEMPLATE_PATHS } from '../index/kinds';

function check(ctx: DocRuleContext, doc: ManifestDoc, v: Node | undefined, where: string): void {
  if (!isScalar(v) || v.value === null) return;
  const r = rangeOf(doc, v);
  const text = doc.text.slice(r.start - doc.base, r.end - doc.base);
  let kind: string;
  if (typeof v.value === 'string') {
    if (v.type !== 'PLAIN') return;
    const t = yaml11Type(v.value);
    if (t === 'string') return;
    kind = t;
  } else {
    kind = typeof v.value;
  }
  ctx.report({
    code: 'KA068', messageKey: kind === 'boolean' ? 'KA068' : 'KA068.number', range: r, args: { value: text, where },
    fixes: [{ titleKey: 'fix.quote', args: {}, edits: [{ uri: doc.uri, range: r, newText: JSON.stringify(text) }], preferred: true }],
  });
}

export const yaml11Strings: DocRule = {
  id: 'yaml11-strings',
  codes: ['KA068'],
  scope: 'document',
  check(ctx) {
    for (const res of ctx.resources) {
      if (!res.isKubernetes) continue;
      for (const e of entries(getPath(res.node, 'metadata.annotations'))) check(ctx, res.doc, e.value, 'annotations');
      const tplPath = POD_TEMPLATE_PATHS[res.kind ?? ''];
      if (tplPath) for (const e of entries(getPath(res.node, `${tplPath}.metadata.annotations`))) check(ctx, res.doc, e.value, 'annotations');
    }
    for (const { res, tpl } of podObjects(ctx.resources)) {
      for (const { node } of allContainerNodes(tpl.spec)) {
        for (const field of ['command', 'args']) for (const it of items(get(node, field))) check(ctx, res.doc, it, field);
      }
    }
  },
};
