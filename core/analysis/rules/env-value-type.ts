// An environment variable's value must be a string: `value: 6379` or `value: true` is refused (quote it).
// `yes`/`on`/`off` are booleans for Kubernetes' YAML 1.1 reader, so they are refused too.
import { isScalar } from 'yaml';
import { rangeOf } from '../index/ranges';
import { get, items, str } from '../util/yamlNodes';
import { podObjects } from './helpers';
import { yaml11Type } from './yaml11';
import type { DocRule } from './rule';

export const envValueType: DocRule = {
  id: 'env-value-type',
  codes: ['KA063'],
  scope: 'document',
  check(ctx) {
    for (const { res, tpl } of podObjects(ctx.resources)) {
      for (const c of tpl.containers) {
        for (const e of items(get(c.node, 'env'))) {
          const v = get(e, 'value');
          if (!isScalar(v) || v.value === null) continue;
          const t = typeof v.value === 'string' ? (v.type === 'PLAIN' ? yaml11Type(v.value) : 'string') : typeof v.value;
          if (t === 'string') continue;
          const text = v.source ?? String(v.value);
          ctx.report({
            code: 'KA063', messageKey: typeof v.value === 'string' ? 'KA063.yaml11' : 'KA063', range: rangeOf(res.doc, v),
            args: { name: str(get(e, 'name')) ?? '', value: text },
            fixes: [{ titleKey: 'fix.quote', args: {}, edits: [{ uri: res.uri, range: rangeOf(res.doc, v), newText: JSON.stringify(text) }], preferred: true }],
          });
        }
      }
    }
  },
};
