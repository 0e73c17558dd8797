// A controller's selector also selects the pods of another controller of the namespace: the two fight over
// them, and a Service selecting these labels sends traffic to both. The same object defined twice (same kind,
// namespace and name, e.g. an alternative file) is not an overlap; bare Pods are not counted.
import { worldOf } from '../render/renders';
import type { Node } from 'yaml';
import { rangeOf } from '../index/ranges';
import type { Resource } from '../index/types';
import { get, getPair, stringMap } from '../util/yamlNodes';
import { describe, headRange, labelsText, matchLabelsOf, selectorMatches } from './helpers';
import type { WorkspaceRule } from './rule';

const CONTROLLERS = new Set(['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'ReplicationController']);

function sameObject(a: Resource, b: Resource): boolean {
  return a.kind === b.kind && a.name === b.name && a.namespace === b.namespace;
}

function selectorOf(ctl: Resource): { node: Node; labels: Map<string, string>; pair: NonNullable<ReturnType<typeof getPair>> } | undefined {
  const pair = getPair(get(ctl.node, 'spec'), 'selector');
  if (!pair?.value) return undefined;
  const labels = ctl.kind === 'ReplicationController' ? stringMap(pair.value) : matchLabelsOf(pair.value);
  return labels.size ? { node: pair.value, labels, pair } : undefined;
}

function selects(ctl: Resource, sel: { node: Node; labels: Map<string, string> }, other: Resource): boolean {
  const t = other.podTemplate;
  if (!t) return false;
  for (const [k, v] of sel.labels) if (t.labels.get(k) !== v) return false;
  return ctl.kind === 'ReplicationController' || selectorMatches(sel.node, t.labels);
}

const order = (r: Resource) => `${r.kind}/${r.name ?? ''}/${r.uri}/${r.doc.index}`;

export const overlappingSelectors: WorkspaceRule = {
  id: 'overlapping-selectors',
  codes: ['KA003'],
  scope: 'workspace',
  check(ctx) {
    for (const kind of CONTROLLERS) {
      for (const ctl of ctx.index.ofKind(kind)) {
        if (!ctl.isKubernetes || !ctl.podTemplate) continue;
        ctx.memo(ctl, [ctx.index.topicIn(`tpl:`, ctl.namespace)], () => {
          const sel = selectorOf(ctl);
          if (!sel) return;
          for (const tpl of ctx.index.podTemplatesMatching(sel.labels, ctl.namespace)) {
            const other = tpl.owner;
            // Controllers only: a bare Pod created in an earlier step of a course is not a fight between controllers.
            if (other === ctl || sameObject(other, ctl) || !CONTROLLERS.has(other.kind ?? '') || !other.isKubernetes) continue;
            // A rendered chart or overlay and another render (or the base files it builds on) are alternatives.
            if (worldOf(other.uri) !== worldOf(ctl.uri)) continue;
            if (!selects(ctl, sel, other)) continue;
            // Both select each other: report once, on the first of the two in a fixed order.
            const otherSel = selectorOf(other);
            if (otherSel && selects(other, otherSel, ctl) && order(other) < order(ctl)) continue;
            ctx.report({
              uri: ctl.uri, code: 'KA003', range: headRange(ctl.doc, sel.pair),
              args: { a: describe(ctl), b: describe(other), labels: labelsText(sel.labels) },
              related: [{ uri: other.uri, range: rangeOf(other.doc, tpl.labelsNode ?? other.node), messageKey: 'related.KA003', args: { workload: describe(other) } }],
            });
            return;
          }
        });
      }
    }
  },
};
