// manifeste.selecteur: the selector of a Service (or a workload) selects the Pods of a target workload.
import type { ManifestSelectorCheck } from '../../format/types';
import { t } from '../../../../../core/i18n/labs';
import { evaluatePath } from '../fieldPath';
import type { CheckKind } from '../kind';
import { findResources, requireWorkspace } from './helpers';

interface Requirement { key: string; operator: string; values?: string[] }

/** The selector of `obj` as matchLabels + matchExpressions, or undefined when it has none. */
export function selectorOf(obj: Record<string, unknown>): { labels: Record<string, string>; expressions: Requirement[] } | undefined {
  const kind = String(obj.kind ?? '');
  const spec = (obj.spec ?? {}) as Record<string, unknown>;
  const raw = spec.selector;
  if (!raw || typeof raw !== 'object') return undefined;
  if (kind === 'Service') return { labels: stringMap(raw), expressions: [] };
  const sel = raw as Record<string, unknown>;
  const expressions = Array.isArray(sel.matchExpressions) ? (sel.matchExpressions as Requirement[]) : [];
  const labels = stringMap(sel.matchLabels);
  if (Object.keys(labels).length === 0 && expressions.length === 0) return undefined;
  return { labels, expressions };
}

/** Labels of the Pods a resource creates (its Pod template), or its own labels for a Pod. */
export function podLabelsOf(obj: Record<string, unknown>): Record<string, string> {
  if (obj.kind === 'Pod') return stringMap(evaluatePath(obj, 'metadata.labels')[0]);
  const tpl = obj.kind === 'CronJob' ? 'spec.jobTemplate.spec.template.metadata.labels' : 'spec.template.metadata.labels';
  return stringMap(evaluatePath(obj, tpl)[0]);
}

function stringMap(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (v && typeof v === 'object' && !Array.isArray(v)) for (const [k, x] of Object.entries(v)) if (x !== null && x !== undefined) out[k] = String(x);
  return out;
}

export function selects(sel: { labels: Record<string, string>; expressions: Requirement[] }, labels: Record<string, string>): boolean {
  if (!Object.entries(sel.labels).every(([k, v]) => labels[k] === v)) return false;
  return sel.expressions.every((e) => {
    const has = e.key in labels;
    const vals = (e.values ?? []).map(String);
    switch (e.operator) {
      case 'In': return has && vals.includes(labels[e.key]);
      case 'NotIn': return !has || !vals.includes(labels[e.key]);
      case 'Exists': return has;
      case 'DoesNotExist': return !has;
      default: return false;
    }
  });
}

const fmt = (m: Record<string, string>): string => (Object.keys(m).length ? `{ ${Object.entries(m).map(([k, v]) => `${k}: ${v}`).join(', ')} }` : '{ }');

export const manifestSelector: CheckKind<ManifestSelectorCheck> = {
  scope: 'workspace',
  describe: (c, lang) => c.title ?? t(lang, 'check.manifeste.selecteur', { source: c.source, cible: c.target }),
  evaluate(c, ctx) {
    const ws = requireWorkspace(ctx.workspace);
    const src = findResources(ws, c.source);
    const dst = findResources(ws, c.target);
    if (src.length === 0) return { ok: false, detail: t(ctx.lang, 'détail.ressourceAbsente', { ressource: c.source }) };
    if (dst.length === 0) return { ok: false, detail: t(ctx.lang, 'détail.ressourceAbsente', { ressource: c.target }) };
    const sel = selectorOf(src[0].object);
    if (!sel) return { ok: false, detail: t(ctx.lang, 'détail.sansSelecteur', { ressource: c.source }) };
    const labels = podLabelsOf(dst[0].object);
    if (selects(sel, labels)) return { ok: true };
    return { ok: false, detail: t(ctx.lang, 'détail.labelsCible', { selecteur: fmt(sel.labels), cible: c.target, labels: fmt(labels) }) };
  },
};
