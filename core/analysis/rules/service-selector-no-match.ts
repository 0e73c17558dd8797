// A Service whose selector matches the labels of no pod template of the workspace (same namespace).
// Names the closest workload and the label that differs; quick fixes align either side.
import type { Fix, RelatedPlace } from '../model';
import type { PodTemplate, Resource } from '../index/types';
import { formatList } from '../messages';
import { describe, staticSelector, templatesSelectedBy, get, getPair, headRange, isBuiltin, labelsText, rangeOf, replaceMapEdit, replaceValueEdit, yamlScalar, columnOf } from './helpers';
import { items, num, stringMap } from '../util/yamlNodes';
import type { WorkspaceRule, WorkspaceRuleContext } from './rule';
import { mentionedInBrokenDoc } from './brokenDocs';

interface Candidate { tpl: PodTemplate; same: number; diff: Array<[string, string, string | undefined]> }

/** Stable order of templates, whatever order the files were read in (editor and CLI must name the same one). */
const templateKey = (tpl: PodTemplate): string => `${tpl.owner.uri}\u0000${tpl.owner.name ?? ''}\u0000${tpl.owner.kind}`;

/** The template sharing the most `key: value` pairs with the selector (ties: fewer differences, then file and name). */
export function closestTemplate(selector: Map<string, string>, templates: PodTemplate[]): Candidate | undefined {
  let best: Candidate | undefined;
  for (const tpl of templates) {
    let same = 0;
    const diff: Candidate['diff'] = [];
    for (const [k, v] of selector) {
      if (tpl.labels.get(k) === v) same++;
      else diff.push([k, v, tpl.labels.get(k)]);
    }
    const keyOverlap = [...selector.keys()].some((k) => tpl.labels.has(k));
    if (same === 0 && !keyOverlap) continue;
    if (!best || same > best.same || (same === best.same && (diff.length < best.diff.length
      || (diff.length === best.diff.length && templateKey(tpl) < templateKey(best.tpl))))) best = { tpl, same, diff };
  }
  return best;
}

function templateFixes(svc: Resource, selectorNode: unknown, cand: Candidate): Fix[] {
  const fixes: Fix[] = [];
  const owner = cand.tpl.owner;
  // 1. Align the Service selector with the workload's labels (keep the selector's keys the workload has).
  const aligned: Array<[string, string]> = [];
  for (const k of stringMap(selectorNode).keys()) {
    const v = cand.tpl.labels.get(k);
    if (v !== undefined) aligned.push([k, v]);
  }
  const values = aligned.length ? aligned : [...cand.tpl.labels];
  const edit = replaceMapEdit(svc.doc, selectorNode as never, values);
  if (edit) fixes.push({ titleKey: 'fix.KA001.selector', args: { workload: describe(owner) }, edits: [edit], preferred: true });
  // 2. The reverse: give the workload's pod template the labels of the selector.
  const labelsNode = cand.tpl.labelsNode;
  if (labelsNode && labelsNode.items.length > 0) {
    const edits = [];
    for (const [k, v, current] of cand.diff) {
      if (current !== undefined) {
        const pair = getPair(labelsNode, k);
        if (pair?.value) edits.push(replaceValueEdit(owner.doc, pair.value, v));
      } else {
        const first = labelsNode.items[0] as { key: unknown };
        const start = rangeOf(owner.doc, first.key).start;
        const indent = ' '.repeat(columnOf(owner.doc, start));
        edits.push({ uri: owner.uri, range: { start, end: start }, newText: `${yamlScalar(k)}: ${yamlScalar(v)}\n${indent}` });
      }
    }
    if (edits.length) fixes.push({ titleKey: 'fix.KA001.labels', args: { workload: describe(owner) }, edits });
  }
  return fixes;
}

/**
 * Once the selector is fixed, will the ports work? Checks the Service's target ports against the closest
 * workload, so the student sees the next mistake at the same time (in the seeds, selector and port are both wrong).
 */
function reportPortOfClosest(ctx: WorkspaceRuleContext, svc: Resource, tpl: PodTemplate): void {
  const numbers = new Set<number>();
  for (const c of tpl.containers) if (!c.init) for (const p of c.ports) if (p.containerPort !== undefined) numbers.add(p.containerPort);
  if (numbers.size === 0) return;
  for (const p of items(get(get(svc.node, 'spec'), 'ports'))) {
    const tp = get(p, 'targetPort') ?? get(p, 'port');
    const n = num(tp);
    if (n === undefined || !tp || numbers.has(n)) continue;
    ctx.report({
      uri: svc.uri, code: 'KA010', messageKey: 'KA010.closest', range: rangeOf(svc.doc, tp),
      args: { service: svc.name ?? '', port: n, ports: formatList([...numbers]), workloads: describe(tpl.owner) },
      fixes: [...numbers].slice(0, 3).map((v, i) => ({ titleKey: 'fix.KA010', args: { port: v }, edits: [replaceValueEdit(svc.doc, tp, v)], preferred: i === 0 && numbers.size === 1 })),
    });
  }
}

export const serviceSelectorNoMatch: WorkspaceRule = {
  id: 'service-selector-no-match',
  codes: ['KA001', 'KA010'],
  scope: 'workspace',
  check(ctx) {
    for (const svc of ctx.index.ofKind('Service')) {
      if (!isBuiltin(svc, 'Service', [''])) continue;
      ctx.memo(svc, [ctx.index.topicIn(`tpl:`, svc.namespace), ctx.workspace.brokenVersion], () => checkService(ctx, svc));
    }
  },
};

function checkService(ctx: WorkspaceRuleContext, svc: Resource): void {
  const spec = get(svc.node, 'spec');
  const type = get(spec, 'type');
  if (type && (type as { value?: unknown }).value === 'ExternalName') return;
  const pair = getPair(spec, 'selector');
  const selector = stringMap(pair?.value);
  if (!pair || selector.size === 0) return;
  if (templatesSelectedBy(ctx.index, selector, svc.namespace).length > 0) return;
  const templates = ctx.index.podTemplates(svc.namespace).filter((t) => t.owner.kind !== 'PodTemplate');
  const cand = closestTemplate(selector, templates);
  const related: RelatedPlace[] = [];
  let messageKey = 'KA001.none';
  const args: Record<string, string> = { service: svc.name ?? '', selector: labelsText(selector), namespace: svc.namespace };
  if (cand) {
    messageKey = 'KA001';
    const owner = cand.tpl.owner;
    args.workload = describe(owner);
    args.closest = labelsText(cand.tpl.labels) || '—';
    const [k, v, other] = cand.diff[0] ?? ['', '', undefined];
    args.diff = other === undefined ? `\`${k}\`` : `\`${k}: ${v}\``;
    args.other = other === undefined ? '' : `\`${k}: ${other}\``;
    if (other === undefined) messageKey = 'KA001.missingKey';
    related.push({ uri: owner.uri, range: rangeOf(owner.doc, cand.tpl.labelsNode ?? owner.node), messageKey: 'related.KA001', args: { workload: describe(owner) } });
  } else {
    args.workloads = formatList(templates.map((t) => describe(t.owner)));
    if (templates.length === 0) messageKey = 'KA001.empty';
  }
  // No workload at all in that namespace: the Pods are evidently managed elsewhere (a hint, not a warning).
  // A document that does not parse may hold the workload: a hint too.
  const hint = messageKey === 'KA001.empty' || mentionedInBrokenDoc(ctx.workspace, [...staticSelector(selector)]);
  // A close workload (sharing at least one label): will its ports work once the selector is fixed?
  const sharingKey = templates.filter((t) => [...selector.keys()].some((k) => t.labels.has(k)));
  if (cand && (cand.same > 0 || sharingKey.length === 1) && !hint) reportPortOfClosest(ctx, svc, cand.tpl);
  ctx.report({
    uri: svc.uri, code: 'KA001', messageKey, range: headRange(svc.doc, pair), args, related, severity: hint ? 'information' : undefined,
    fixes: cand ? templateFixes(svc, pair.value, cand) : undefined,
  });
}
