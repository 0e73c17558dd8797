// A StatefulSet's serviceName must name a headless Service (clusterIP: None) of its namespace.
import { rangeOf } from '../index/ranges';
import { formatList } from '../messages';
import { get, str } from '../util/yamlNodes';
import { closestName, replaceValueEdit } from './helpers';
import type { WorkspaceRule } from './rule';
import { mentionedInBrokenDoc } from './brokenDocs';

export const statefulSetService: WorkspaceRule = {
  id: 'statefulset-service',
  codes: ['KA015'],
  scope: 'workspace',
  check(ctx) {
    for (const sts of ctx.index.ofKind('StatefulSet')) {
      if (!sts.isKubernetes) continue;
      ctx.memo(sts, [ctx.index.topicIn(`obj:Service:`, sts.namespace), ctx.workspace.brokenVersion], () => {
        const ref = sts.references.find((r) => r.via === 'statefulSet');
        if (!ref) return;
        const services = ctx.index.findResources({ kind: 'Service', name: ref.name, namespace: sts.namespace }).filter((s) => s.isKubernetes);
        const args = { name: ref.name, statefulset: sts.name ?? '', services: '' };
        if (services.length === 0) {
          const known = ctx.index.ofKind('Service', sts.namespace).filter((s) => s.isKubernetes).map((s) => s.name ?? '');
          const closest = closestName(ref.name, known);
          args.services = formatList(known);
          // Services of the example may live elsewhere: a warning only when the workspace manages Services here.
          ctx.report({
            uri: sts.uri, code: 'KA015', messageKey: known.length ? 'KA015' : 'KA015.none', range: rangeOf(sts.doc, ref.nameNode),
            severity: known.length && !mentionedInBrokenDoc(ctx.workspace, [['kind', 'Service'], ['name', ref.name]]) ? 'warning' : 'information', args,
            fixes: closest ? [{ titleKey: 'fix.rename', args: { value: closest }, edits: [replaceValueEdit(sts.doc, ref.nameNode, closest)] }] : undefined,
          });
          return;
        }
        if (services.some((s) => str(get(get(s.node, 'spec'), 'clusterIP')) === 'None')) return;
        const svc = services[0];
        ctx.report({
          uri: sts.uri, code: 'KA015', messageKey: 'KA015.notHeadless', range: rangeOf(sts.doc, ref.nameNode), args,
          related: [{ uri: svc.uri, range: rangeOf(svc.doc, svc.node), messageKey: 'related.KA015', args: { name: ref.name } }],
        });
      });
    }
  },
};
