// A pod (anti-)affinity term or a topology spread constraint whose labelSelector matches no pod of the
// namespace: the placement rule has no effect. Terms with namespaces/namespaceSelector are not checked.
import { rangeOf } from '../index/ranges';
import { isMap, isPair, isSeq, type Node } from 'yaml';
import type { ManifestDoc, PodTemplate, Resource } from '../index/types';
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
  // In file order (the index's order changes with edits): the same suggestion after an edit as after a fresh scan.
  const inOrder = [...all].sort((a, b) => (a.owner.uri < b.owner.uri ? -1 : a.owner.uri > b.owner.uri ? 1 : a.owner.doc.base - b.owner.doc.base));
  const pool = own ? [own, ...inOrder] : inOrder;
  for (const t of pool) {
    const shared = [...sel].filter(([k, v]) => t.labels.get(k) === v);
    if (shared.length > 0) return labelsText(t.labels);
  }
  return own ? labelsText(own.labels) : '';
}

/** Pod specs of the object: the template's, or any mapping holding these fields (a misplaced `spec.spec`). */
function specsOf(res: Resource, tpl: PodTemplate): Node[] {
  if (tpl.spec && (get(tpl.spec, 'affinity') || get(tpl.spec, 'topologySpreadConstraints'))) return [tpl.spec];
  const out: Node[] = [];
  let budget = 5000;
  const walk = (n: unknown): void => {
    if (--budget < 0 || !n) return;
    if (isSeq(n)) { for (const it of n.items) walk(it); return; }
    if (!isMap(n)) return;
    if (get(n, 'topologySpreadConstraints') || getPath(n, 'affinity.podAffinity') || getPath(n, 'affinity.podAntiAffinity')) { out.push(n); return; }
    for (const p of n.items) if (isPair(p)) walk(p.value);
  };
  walk(res.node);
  return out;
}

function check(ctx: WorkspaceRuleContext, res: Resource, tpl: PodTemplate): void {
  for (const sel of specsOf(res, tpl).flatMap(selectorsOf)) {
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

/** Per document (its text never changes: an edit gives a new one): does it mention placement rules at all? */
const mentions = new WeakMap<ManifestDoc, boolean>();

function mentionsPlacement(doc: ManifestDoc): boolean {
  let m = mentions.get(doc);
  if (m === undefined) {
    const t = doc.text;
    m = t.includes('topologySpreadConstraints') || t.includes('podAffinity') || t.includes('podAntiAffinity');
    mentions.set(doc, m);
  }
  return m;
}

export const placementSelectorNoMatch: WorkspaceRule = {
  id: 'placement-selector-no-match',
  codes: ['KA004'],
  scope: 'workspace',
  check(ctx) {
    for (const tpl of ctx.index.podTemplates()) {
      const res = tpl.owner;
      if (builtinPodTemplate(res) !== tpl) continue;
      if (!mentionsPlacement(res.doc)) continue;
      check(ctx, res, tpl);
    }
  },
};
