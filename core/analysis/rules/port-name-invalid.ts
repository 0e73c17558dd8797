// Port names: a container port name and a string targetPort follow the IANA service-name rules (≤ 15
// characters, lowercase letters, digits and `-`, at least one letter); a Service port name is a DNS-1123 label.
// A quoted number (`targetPort: "8080"`) is read as a name.
import { isScalar, type Node } from 'yaml';
import type { ManifestDoc } from '../index/types';
import { get, items } from '../util/yamlNodes';
import { DNS1123_LABEL, ianaProblem, podObjects, rangeOf, replaceValueEdit, services } from './helpers';
import type { DocRule, DocRuleContext } from './rule';

function checkIana(ctx: DocRuleContext, doc: ManifestDoc, node: Node | undefined, field: string): void {
  if (!isScalar(node) || typeof node.value !== 'string') return;
  const name = node.value;
  if (field === 'targetPort' && /^\d+$/.test(name)) {
    ctx.report({ code: 'KA057', messageKey: 'KA057.quoted', range: rangeOf(doc, node), args: { field, name },
      fixes: [{ titleKey: 'fix.KA037', args: { value: name }, edits: [replaceValueEdit(doc, node, Number(name))], preferred: true }] });
    return;
  }
  const problem = ianaProblem(name);
  if (!problem) return;
  ctx.report({ code: 'KA057', messageKey: `KA057.${problem}`, range: rangeOf(doc, node), args: { field, name, length: name.length } });
}

export const portNameInvalid: DocRule = {
  id: 'port-name-invalid',
  codes: ['KA057'],
  scope: 'document',
  check(ctx) {
    for (const { res, tpl } of podObjects(ctx.resources)) {
      for (const c of tpl.containers) for (const p of c.ports) checkIana(ctx, res.doc, get(p.node, 'name'), 'name');
    }
    for (const svc of services(ctx.resources)) {
      for (const p of items(get(get(svc.node, 'spec'), 'ports'))) {
        checkIana(ctx, svc.doc, get(p, 'targetPort'), 'targetPort');
        const name = get(p, 'name');
        if (isScalar(name) && typeof name.value === 'string' && name.value !== '' && !(DNS1123_LABEL.test(name.value) && name.value.length <= 63)) {
          ctx.report({ code: 'KA057', messageKey: 'KA057.service', range: rangeOf(svc.doc, name), args: { field: 'name', name: name.value } });
        }
      }
    }
  },
};
