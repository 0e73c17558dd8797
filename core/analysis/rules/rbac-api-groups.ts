// A Role/ClusterRole rule with resources but `apiGroups: []` is refused: the core group is written [""].
import { isSeq } from 'yaml';
import { rangeOf } from '../index/ranges';
import { get, getPair, items } from '../util/yamlNodes';
import type { DocRule } from './rule';

export const rbacApiGroups: DocRule = {
  id: 'rbac-api-groups',
  codes: ['KA066'],
  scope: 'document',
  check(ctx) {
    for (const res of ctx.resources) {
      if (!res.isKubernetes || res.group !== 'rbac.authorization.k8s.io' || (res.kind !== 'Role' && res.kind !== 'ClusterRole')) continue;
      for (const rule of items(get(res.node, 'rules'))) {
        if (!get(rule, 'resources')) continue;
        const pair = getPair(rule, 'apiGroups');
        const v = pair?.value;
        const empty = !pair || v === null || (isSeq(v) && v.items.length === 0);
        if (!empty) continue;
        const range = rangeOf(res.doc, pair ? (v ?? pair.key) : rule);
        ctx.report({
          code: 'KA066', messageKey: pair ? 'KA066' : 'KA066.missing', range, args: {},
          fixes: pair && v ? [{ titleKey: 'fix.KA066', args: {}, edits: [{ uri: res.uri, range, newText: '[""]' }], preferred: true }] : undefined,
        });
      }
    }
  },
};
