// manifeste.selecteur: the selector of a Service (or a workload) selects the Pods of a target workload.
import type { ManifestSelectorCheck } from '../../format/types';
import { t } from '../../../i18n/labs';
import { evaluatePath } from '../fieldPath';
import type { CheckKind } from '../kind';
import { findResources, requireWorkspace } from './helpers';

interface Requirement { key: string; operator: string; values?: string[] }

type Selector = { labels: Record<string, string>; expressions: Requirement[] };

/** A LabelSelector (matchLabels + matchExpressions); `{}` selects every Pod when `emptyMeansAll`. */
function labelSelector(raw: unknown, emptyMeansAll: boolean): Selector | undefined {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const sel = raw as Record<string, unknown>;
  const expressions = Array.isArray(sel.matchExpressions) ? (sel.matchExpressions as Requirement[]) : [];
  const labels = stringMap(sel.matchLabels);
  if (!emptyMeansAll && Object.keys(labels).length === 0 && expressions.length === 0) return undefined;
  return { labels, expressions };
}

/**
 * The selector of `obj` as matchLabels + matchExpressions, or undefined when it has none. `path` names another
 * LabelSelector of the object (a NetworkPolicy's `spec.ingress[0].from[0].podSelector`), where `{}` selects all Pods.
 * A NetworkPolicy's own selector is `spec.podSelector` (`{}` = every Pod of the namespace).
 */
export function selectorOf(obj: Record<string, unknown>, path?: string): Selector | undefined {
  if (path) return labelSelector(evaluatePath(obj, path)[0], true);
  const kind = String(obj.kind ?? '');
  const spec = (obj.spec ?? {}) as Record<string, unknown>;
  if (kind === 'NetworkPolicy') return labelSelector(spec.podSelector, true);
  const raw = spec.selector;
  if (!raw || typeof raw !== 'object') return undefined;
  if (kind === 'Service') return { labels: stringMap(raw), expressions: [] };
  return labelSelector(raw, false);
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

export function selects(sel: Selector, labels: Record<string, string>): boolean {
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
  describe: (c, lang) => c.title ?? t(lang, 'check.manifeste.selecteur', { source: c.path ? `${c.source} (${c.path})` : c.source, cible: c.target }),
  evaluate(c, ctx) {
    const ws = requireWorkspace(ctx.workspace);
    const src = findResources(ws, c.source);
    const dst = findResources(ws, c.target);
    if (src.length === 0) return { ok: false, detail: t(ctx.lang, 'détail.ressourceAbsente', { ressource: c.source }) };
    if (dst.length === 0) return { ok: false, detail: t(ctx.lang, 'détail.ressourceAbsente', { ressource: c.target }) };
    const sel = selectorOf(src[0].object, c.path);
    if (!sel) return { ok: false, detail: t(ctx.lang, 'détail.sansSelecteur', { ressource: c.path ? `${c.source} (${c.path})` : c.source }) };
    const labels = podLabelsOf(dst[0].object);
    if (selects(sel, labels)) return { ok: true };
    return { ok: false, detail: t(ctx.lang, 'détail.labelsCible', { selecteur: fmt(sel.labels), cible: c.target, labels: fmt(labels) }) };
  },
};
