// Container names are DNS-1123 labels and unique within a Pod (init containers included).
import { rangeOf } from '../index/ranges';
import { get, items, str } from '../util/yamlNodes';
import { allContainerNodes, DNS1123_LABEL, podObjects, replaceValueEdit } from './helpers';
import { suggestName } from './object-name';
import type { DocRule } from './rule';

export const containerName: DocRule = {
  id: 'container-name',
  codes: ['KA073'],
  scope: 'document',
  check(ctx) {
    for (const { res, tpl } of podObjects(ctx.resources)) {
      const seen = new Set<string>();
      for (const { node } of allContainerNodes(tpl.spec)) {
        const nameNode = get(node, 'name');
        const name = str(nameNode);
        if (!nameNode || name === undefined || name === '') continue;
        if (name.length > 63 || !DNS1123_LABEL.test(name)) {
          const suggestion = suggestName(name).replace(/\./g, '-');
          ctx.report({
            code: 'KA073', messageKey: /<[^>]*>/.test(name) ? 'KA073.placeholder' : 'KA073', range: rangeOf(res.doc, nameNode), args: { name, suggestion: suggestion || '—' },
            fixes: suggestion && !/<[^>]*>/.test(name) ? [{ titleKey: 'fix.rename', args: { value: suggestion }, edits: [replaceValueEdit(res.doc, nameNode, suggestion)], preferred: true }] : undefined,
          });
        } else if (seen.has(name)) {
          ctx.report({ code: 'KA073', messageKey: 'KA073.duplicate', range: rangeOf(res.doc, nameNode), args: { name, suggestion: '' } });
        }
        seen.add(name);
      }
      void items;
    }
  },
};
