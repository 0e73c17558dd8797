// D03 — A controller's selector also selects the pods of another workload of the namespace: the two fight over
// them, and a Service selecting these labels sends traffic to both. The same object defined twice (same kind,
// namespace and name, e.g. an alternative file) is not an overlap.
import { rangeOf } from '../index/ranges';
import type { PodTemplate, Resource } from '../index/types';
import { asMap, get, getPair } from '../util/yamlNodes';
import { describe, headRange, labelsText, matchLabelsOf, selectorMatches } from './helpers';
import type { WorkspaceRule } from './rule';

const CONTROLLERS = new Set(['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'ReplicationController']);

function sameObject(a: Resource, b: Resource): boolean {
  return a.kind === b.kind && a.name === b.name && a.namespace === b.namespace;
}

export const overlappingSelectors: WorkspaceRule = {
  id: 'overlapping-selectors',
  codes: ['KA003'],
  scope: 'workspace',
  check(ctx) {
    const reported = new Set<string>();
    for (const kind of CONTROLLERS) {
      for (const ctl of ctx.index.ofKind(kind)) {
        if (!ctl.isKubernetes || !ctl.podTemplate) continue;
        const selPair = getPair(get(ctl.node, 'spec'), 'selector');
        if (!selPair?.value) continue;
        const isMapSelector = kind === 'ReplicationController';
        const sel = isMapSelector ? new Map([...(asMap(selPair.value)?.items ?? [])].map((p) => [String((p as { key: { value: unknown } }).key.value), String((p as { value: { value?: unknown } }).value?.value ?? '')])) : matchLabelsOf(selPair.value);
        if (sel.size === 0) continue;
        const candidates: PodTemplate[] = ctx.index.podTemplatesMatching(sel, ctl.namespace);
        for (const tpl of candidates) {
          const other = tpl.owner;
          // Controllers only: a bare Pod created in an earlier step of a course is not a fight between controllers.
          if (other === ctl || sameObject(other, ctl) || !CONTROLLERS.has(other.kind ?? '') || !other.isKubernetes) continue;
          if (!isMapSelector && !selectorMatches(selPair.value, tpl.labels)) continue;
          const key = [describe(ctl), describe(other)].sort().join('|') + ctl.namespace;
          if (reported.has(key)) continue;
          reported.add(key);
          ctx.report({
            uri: ctl.uri, code: 'KA003', range: headRange(ctl.doc, selPair),
            args: { a: describe(ctl), b: describe(other), labels: labelsText(sel) },
            related: [{ uri: other.uri, range: rangeOf(other.doc, tpl.labelsNode ?? other.node), messageKey: 'related.KA003', args: { workload: describe(other) } }],
          });
        }
      }
    }
  },
};
