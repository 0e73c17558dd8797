// A workload's `spec.selector` must select its own pod template's labels (the API server rejects it
// otherwise: "selector does not match template labels"). matchLabels and matchExpressions are evaluated.
import { isScalar } from 'yaml';
import type { Resource } from '../index/types';
import type { Fix } from '../model';
import { asMap, entries, get, getPair, items, str } from '../util/yamlNodes';
import { columnOf, headRange, labelsText, pairRange, rangeOf, replaceValueEdit, yamlScalar } from './helpers';
import type { DocRule, DocRuleContext } from './rule';

const APPS = new Set(['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet']);

function appliesTo(res: Resource): 'labelSelector' | 'map' | undefined {
  if (!res.isKubernetes || !res.podTemplate) return undefined;
  const g = res.group ?? '';
  if (APPS.has(res.kind ?? '') && (g === 'apps' || g === 'extensions')) return 'labelSelector';
  if (res.kind === 'Job' && g === 'batch') {
    // A Job's selector is generated unless manualSelector is true.
    const manual = get(get(res.node, 'spec'), 'manualSelector');
    return isScalar(manual) && manual.value === true ? 'labelSelector' : undefined;
  }
  if (res.kind === 'ReplicationController' && g === '') return 'map';
  return undefined;
}

function addLabelEdit(res: Resource, key: string, value: string): Fix['edits'][number] | undefined {
  const labelsNode = res.podTemplate?.labelsNode;
  if (!labelsNode || labelsNode.items.length === 0) return undefined;
  const first = labelsNode.items[0] as { key: unknown };
  const start = rangeOf(res.doc, first.key).start;
  const indent = ' '.repeat(columnOf(res.doc, start));
  return { uri: res.uri, range: { start, end: start }, newText: `${yamlScalar(key)}: ${yamlScalar(value)}\n${indent}` };
}

function checkResource(ctx: DocRuleContext, res: Resource): void {
  const mode = appliesTo(res);
  if (!mode) return;
  const tpl = res.podTemplate!;
  const spec = get(res.node, 'spec');
  const selPair = getPair(spec, 'selector');
  if (!selPair || !selPair.value) return; // missing selector: schema (required) or defaulted (RC, old APIs)
  const labels = tpl.labels;
  const matchLabels = mode === 'map' ? asMap(selPair.value) : asMap(get(selPair.value, 'matchLabels'));
  const args = { kind: res.kind ?? '', name: res.name ?? '', selector: '', labels: labelsText(labels) || '—', key: '', value: '', actual: '' };
  for (const e of entries(matchLabels)) {
    const want = isScalar(e.value) ? String(e.value.value ?? '') : '';
    const have = labels.get(e.key);
    if (have === want) continue;
    args.selector = labelsText(new Map(entries(matchLabels).map((x) => [x.key, isScalar(x.value) ? String(x.value.value ?? '') : ''])));
    args.key = e.key;
    args.value = want;
    args.actual = have ?? '';
    const fixes: Fix[] = [];
    const labelPair = tpl.labelsNode ? getPair(tpl.labelsNode, e.key) : undefined;
    if (labelPair?.value) fixes.push({ titleKey: 'fix.KA002', args: { key: e.key, value: want }, edits: [replaceValueEdit(res.doc, labelPair.value, want)], preferred: true });
    else {
      const add = addLabelEdit(res, e.key, want);
      if (add) fixes.push({ titleKey: 'fix.KA002', args: { key: e.key, value: want }, edits: [add], preferred: true });
    }
    const related = labelPair ? [{ uri: res.uri, range: pairRange(res.doc, labelPair), messageKey: 'related.KA002', args: {} }] : undefined;
    ctx.report({
      code: 'KA002',
      messageKey: labels.size === 0 ? 'KA002.noLabels' : have === undefined ? 'KA002.missing' : 'KA002',
      // With labels in the template, point at the selector's label; without any, at the selector itself.
      range: labels.size === 0 ? headRange(res.doc, selPair) : pairRange(res.doc, e.pair),
      args, related, fixes,
    });
    return;
  }
  if (mode === 'map') return;
  for (const expr of items(get(selPair.value, 'matchExpressions'))) {
    const key = str(get(expr, 'key'));
    const op = str(get(expr, 'operator'));
    if (!key || !op) continue;
    const values = items(get(expr, 'values')).map((v) => (isScalar(v) ? String(v.value) : ''));
    const has = labels.has(key);
    const v = labels.get(key) ?? '';
    const ok = op === 'In' ? has && values.includes(v) : op === 'NotIn' ? !(has && values.includes(v))
      : op === 'Exists' ? has : op === 'DoesNotExist' ? !has : true;
    if (ok) continue;
    ctx.report({ code: 'KA002', messageKey: 'KA002.expression', range: rangeOf(res.doc, expr),
      args: { ...args, key, operator: op, values: values.join(', ') || '—', actual: has ? v : '—' } });
    return;
  }
}

export const workloadSelectorMismatch: DocRule = {
  id: 'workload-selector-mismatch',
  codes: ['KA002'],
  scope: 'document',
  check(ctx) {
    for (const res of ctx.resources) checkResource(ctx, res);
  },
};
