// D04 — A pod (anti-)affinity term or a topology spread constraint whose labelSelector matches no pod of the
// namespace: the placement rule has no effect. Terms with namespaces/namespaceSelector are not checked.
import { rangeOf } from '../index/ranges';
import type { Node } from 'yaml';
import type { PodTemplate, Resource } from '../index/types';
import { get, getPath, items } from '../util/yamlNodes';
import { builtinPodTemplate, labelsText, matchLabelsOf, selectorMatches } from './helpers';
import type { WorkspaceRule, WorkspaceRuleContext } from './rule';

function selectorsOf(spec: Node | undefined): Node[] {
  const out: Node[] = [];
  for (const c of items(get(spec, 'topologySpreadConstraints'))) { const s = get(c, 'labelSelector'); if (s) out.push(s); }
  for (const kind of ['podAffinity', 'podAntiAffinity']) {
    const aff = getPath(spec, ['affinity', kind]);
    for (const t of items(get(aff, 'requiredDuringSchedulingIgnoredDuringExecution'))) {
      if (get(t, 'namespaces') || get(t, 'namespaceSelector')) continue;
      const s = get(t, 'labelSelector'); if (s) out.push(s);
    }
    for (const w of items(get(aff, 'preferredDuringSchedulingIgnoredDuringExecution'))) {
      const t = get(w, 'podAffinityTerm');
      if (get(t, 'namespaces') || get(t, 'namespaceSelector')) continue;
      const s = get(t, 'labelSelector'); if (s) out.push(s);
    }
  }
  return out;
}

function suggestion(sel: Map<string, string>, own: PodTemplate | undefined, all: PodTemplate[]): string {
  const pool = own ? [own, ...all] : all;
  for (const t of pool) {
    const shared = [...sel].filter(([k, v]) => t.labels.get(k) === v);
    if (shared.length > 0) return labelsText(t.labels);
  }
  return own ? labelsText(own.labels) : '';
}

function check(ctx: WorkspaceRuleContext, res: Resource, tpl: PodTemplate): void {
  for (const sel of selectorsOf(tpl.spec)) {
    const ml = matchLabelsOf(sel);
    if (ml.size === 0 && !get(sel, 'matchExpressions')) continue;
    const candidates = ml.size ? ctx.index.podTemplatesMatching(ml, res.namespace) : ctx.index.podTemplates(res.namespace);
    if (candidates.some((t) => selectorMatches(sel, t.labels))) continue;
    const sugg = suggestion(ml, tpl, ctx.index.podTemplates(res.namespace));
    ctx.report({
      uri: res.uri, code: 'KA004', messageKey: sugg ? 'KA004' : 'KA004.none', range: rangeOf(res.doc, sel),
      args: { selector: labelsText(ml) || '—', suggestion: sugg },
    });
  }
}

export const placementSelectorNoMatch: WorkspaceRule = {
  id: 'placement-selector-no-match',
  codes: ['KA004'],
  scope: 'workspace',
  check(ctx) {
    for (const tpl of ctx.index.podTemplates()) {
      const res = tpl.owner;
      if (builtinPodTemplate(res) !== tpl || !tpl.spec) continue;
      if (!get(tpl.spec, 'affinity') && !get(tpl.spec, 'topologySpreadConstraints')) continue;
      check(ctx, res, tpl);
    }
  },
};
