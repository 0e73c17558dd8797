// Shared helpers for rules: object kinds, names, label sets, closest candidates, YAML snippets for fixes.
import { isMap, isScalar, type Node, type Pair, type YAMLMap } from 'yaml';
import { pairRange, rangeOf } from '../index/ranges';
import type { Container, ManifestDoc, PodTemplate, Resource } from '../index/types';
import type { OffsetRange, TextEdit } from '../model';
import { editDistance } from '../util/editDistance';
import { asMap, entries, get, getPair, items, str } from '../util/yamlNodes';

/** Core API groups (built-in kinds); objects of other groups are custom resources and never checked as such. */
export function isBuiltin(res: Resource, kind: string, groups: readonly string[]): boolean {
  return res.isKubernetes && res.kind === kind && groups.includes(res.group ?? '');
}

export const WORKLOAD_GROUPS = ['apps', 'extensions', ''] as const;

/** Built-in objects with a pod template (Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, RC). */
export function builtinPodTemplate(res: Resource): PodTemplate | undefined {
  if (!res.isKubernetes || !res.podTemplate) return undefined;
  const g = res.group ?? '';
  const ok = (res.kind === 'Pod' && g === '') || (res.kind === 'ReplicationController' && g === '')
    || (['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet'].includes(res.kind ?? '') && (g === 'apps' || g === 'extensions'))
    || ((res.kind === 'Job' || res.kind === 'CronJob') && g === 'batch')
    || (res.kind === 'PodTemplate' && g === '');
  return ok ? res.podTemplate : undefined;
}

/** `app: web, tier: front` */
export function labelsText(labels: Map<string, string>): string {
  return [...labels].map(([k, v]) => `${k}: ${v}`).join(', ');
}

/** A short description of an object for messages: `Deployment web`. */
export function describe(res: Resource): string {
  return `${res.kind ?? '?'} ${res.name || '—'}`;
}

/** The candidate closest to `name` when it is plausibly a typo of it (distance ≤ a third of the length, or a shared prefix). */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  const lower = name.toLowerCase();
  for (const c of candidates) {
    if (c === name) continue;
    const limit = Math.max(2, Math.floor(Math.max(name.length, c.length) / 3));
    // Cheap rejections first: very different lengths and no shared beginning.
    if (Math.abs(c.length - name.length) > limit && c[0] !== name[0]) continue;
    // A candidate sharing the name's beginning counts at any distance, another one within `limit`; either must beat
    // the best so far. The distance (capped: 41 when the lengths differ by more than 40) is only computed up to that
    // bound: the same choice as with the full distance, for less work.
    const prefixed = c.startsWith(name) || name.startsWith(c) || commonPrefix(name, c) >= Math.min(8, Math.min(name.length, c.length) * 0.6);
    const bound = prefixed ? bestScore - 1 : Math.min(limit, bestScore - 1);
    const lowerC = c.toLowerCase();
    const d = Math.abs(lowerC.length - lower.length) > 40 ? 41 : editDistance(lower, lowerC, bound);
    if (d > bound) continue;
    bestScore = d;
    best = c;
  }
  return best;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** Range of a pair's key (file offsets). */
export function keyRange(doc: ManifestDoc, pair: Pair<unknown, unknown>): OffsetRange {
  return rangeOf(doc, pair.key);
}

/** Range of a value, or of its key when the value is empty. */
export function valueRange(doc: ManifestDoc, pair: Pair<unknown, unknown>): OffsetRange {
  const v = pair.value as { range?: unknown } | null;
  return v && v.range ? rangeOf(doc, v) : rangeOf(doc, pair.key);
}

/** Range from a key to the end of the first line of its value (a block's header line). */
export function headRange(doc: ManifestDoc, pair: Pair<unknown, unknown>): OffsetRange {
  const r = pairRange(doc, pair);
  const text = doc.text;
  const rel = r.start - doc.base;
  const nl = text.indexOf('\n', rel);
  const lineEnd = nl < 0 ? text.length : nl;
  const k = rangeOf(doc, pair.key);
  return { start: r.start, end: Math.max(k.end, Math.min(r.end, doc.base + lineEnd)) };
}

/** Containers serving traffic (init containers excluded). */
export function mainContainers(tpl: PodTemplate | undefined): Container[] {
  return tpl ? tpl.containers.filter((c) => !c.init) : [];
}

/** Pod-spec containers of every kind (containers, initContainers, ephemeralContainers) with their list key. */
export function allContainerNodes(spec: Node | undefined): ReadonlyArray<{ node: YAMLMap<unknown, unknown>; list: string }> {
  // Asked by several rules for the same Pod spec (parsed nodes never change): computed once per spec.
  const known = spec ? containerNodesOf.get(spec) : undefined;
  if (known) return known;
  const out: Array<{ node: YAMLMap<unknown, unknown>; list: string }> = [];
  for (const list of CONTAINER_LISTS) {
    for (const c of items(get(spec, list))) if (isMap(c)) out.push({ node: c, list });
  }
  if (spec) containerNodesOf.set(spec, out);
  return out;
}
const CONTAINER_LISTS = ['containers', 'initContainers', 'ephemeralContainers'] as const;
const containerNodesOf = new WeakMap<Node, ReadonlyArray<{ node: YAMLMap<unknown, unknown>; list: string }>>();

/** True when a plain string needs quotes to stay a string in YAML (numbers, booleans, null, special characters). */
export function needsQuotes(v: string): boolean {
  if (v === '') return true;
  if (/^(true|false|yes|no|on|off|y|n|null|~)$/i.test(v)) return true;
  if (/^[-+]?(\d[\d_]*)?(\.\d*)?([eE][-+]?\d+)?$/.test(v) && /\d/.test(v)) return true;
  if (/^0[xob]/i.test(v)) return true;
  return !/^[A-Za-z0-9_./][A-Za-z0-9_./ -]*$/.test(v) || v.endsWith(' ');
}

export function yamlScalar(v: string | number): string {
  if (typeof v === 'number') return String(v);
  return needsQuotes(v) ? JSON.stringify(v) : v;
}

/** Column of an offset within its line (in a document's text). */
export function columnOf(doc: ManifestDoc, fileOffset: number): number {
  const rel = fileOffset - doc.base;
  return rel - (doc.text.lastIndexOf('\n', rel - 1) + 1);
}

/**
 * An edit that replaces the pairs of a block mapping (or a flow mapping) by `values`, keeping the indentation.
 * Returns undefined when the mapping is empty or not a mapping.
 */
export function replaceMapEdit(doc: ManifestDoc, mapNode: Node | undefined, values: Array<[string, string]>): TextEdit | undefined {
  const map = asMap(mapNode);
  if (!map || values.length === 0) return undefined;
  const r = rangeOf(doc, map);
  if ((map as { flow?: boolean }).flow || doc.text[r.start - doc.base] === '{') {
    return { uri: doc.uri, range: r, newText: `{ ${values.map(([k, v]) => `${yamlScalar(k)}: ${yamlScalar(v)}`).join(', ')} }` };
  }
  const first = map.items[0] as Pair<unknown, unknown> | undefined;
  const last = map.items[map.items.length - 1] as Pair<unknown, unknown> | undefined;
  if (!first || !last) return undefined;
  const start = rangeOf(doc, first.key).start;
  const end = pairRange(doc, last).end;
  const indent = ' '.repeat(columnOf(doc, start));
  const newText = values.map(([k, v]) => `${yamlScalar(k)}: ${yamlScalar(v)}`).join(`\n${indent}`);
  return { uri: doc.uri, range: { start, end }, newText };
}

/** An edit replacing a scalar value. */
export function replaceValueEdit(doc: ManifestDoc, node: unknown, value: string | number): TextEdit {
  return { uri: doc.uri, range: rangeOf(doc, node), newText: yamlScalar(value) };
}

/** Evaluates a label selector (matchLabels + matchExpressions) against labels. */
export function selectorMatches(selector: Node | undefined, labels: Map<string, string>): boolean {
  for (const e of entries(get(selector, 'matchLabels'))) {
    const v = isScalar(e.value) ? String(e.value.value ?? '') : '';
    if (labels.get(e.key) !== v) return false;
  }
  for (const expr of items(get(selector, 'matchExpressions'))) {
    const key = str(get(expr, 'key'));
    const op = str(get(expr, 'operator'));
    const values = items(get(expr, 'values')).map((v) => (isScalar(v) ? String(v.value) : ''));
    if (!key || !op) continue;
    const has = labels.has(key);
    const val = labels.get(key);
    if (op === 'In' && !(has && values.includes(val ?? ''))) return false;
    if (op === 'NotIn' && has && values.includes(val ?? '')) return false;
    if (op === 'Exists' && !has) return false;
    if (op === 'DoesNotExist' && has) return false;
  }
  return true;
}

/** matchLabels of a LabelSelector as a map. */
export function matchLabelsOf(selector: Node | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of entries(get(selector, 'matchLabels'))) out.set(e.key, isScalar(e.value) ? String(e.value.value ?? '') : '');
  return out;
}

export { get, getPair, items, str, asMap, entries, rangeOf, pairRange };

/** Built-in objects of a document that carry a pod template, with it. */
export function podObjects(resources: readonly Resource[]): ReadonlyArray<{ res: Resource; tpl: PodTemplate }> {
  // About twenty document rules ask for the same document's list: it is computed once (a document never changes).
  const known = podObjectsOf.get(resources);
  if (known) return known;
  const out: Array<{ res: Resource; tpl: PodTemplate }> = [];
  for (let i = 0; i < resources.length; i++) {
    const res = resources[i];
    const tpl = builtinPodTemplate(res);
    if (tpl) out.push({ res, tpl });
  }
  const list = out.length ? out : NO_POD_OBJECTS;
  podObjectsOf.set(resources, list);
  return list;
}
const podObjectsOf = new WeakMap<readonly Resource[], ReadonlyArray<{ res: Resource; tpl: PodTemplate }>>();
const NO_POD_OBJECTS: ReadonlyArray<{ res: Resource; tpl: PodTemplate }> = Object.freeze([]);

/** Built-in Services of a document. */
export function services(resources: readonly Resource[]): Resource[] {
  return resources.filter((r) => isBuiltin(r, 'Service', ['']));
}

export const IANA_SVC_NAME = /^(?=.*[a-z])[a-z0-9]([a-z0-9-]*[a-z0-9])?$/;
export const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
export const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
export const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;

/** Why a port name breaks the IANA service-name rules, or undefined when valid. */
export function ianaProblem(name: string): 'length' | 'chars' | 'letter' | 'hyphens' | undefined {
  if (name.length > 15) return 'length';
  if (!/^[a-z0-9-]+$/.test(name)) return 'chars';
  if (!/[a-z]/.test(name)) return 'letter';
  if (name.startsWith('-') || name.endsWith('-') || name.includes('--')) return 'hyphens';
  return undefined;
}

/**
 * Labels that controllers add to their Pods (not written in templates): a selector may use them. Returns true when
 * the label holds for the pods of `tpl`, false when it cannot, undefined when the key is not such a label.
 */
function autoLabelHolds(key: string, value: string, tpl: PodTemplate): boolean | undefined {
  const owner = tpl.owner;
  switch (key) {
    case 'statefulset.kubernetes.io/pod-name':
      return owner.kind === 'StatefulSet' && !!owner.name && new RegExp(`^${owner.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-\\d+$`).test(value);
    case 'apps.kubernetes.io/pod-index':
      return owner.kind === 'StatefulSet' && /^\d+$/.test(value);
    case 'pod-template-hash':
      return owner.kind === 'Deployment' || owner.kind === 'ReplicaSet';
    case 'controller-revision-hash':
      return owner.kind === 'StatefulSet' || owner.kind === 'DaemonSet';
    case 'job-name':
    case 'batch.kubernetes.io/job-name':
      return owner.kind === 'Job' && owner.name === value;
    default:
      return undefined;
  }
}

/** Splits a selector into the labels written in templates and the ones controllers add. */
export function staticSelector(selector: Map<string, string>, tplForCheck?: PodTemplate): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of selector) if (autoLabelHolds(k, v, tplForCheck ?? DUMMY_TPL) === undefined) out.set(k, v);
  return out;
}
const DUMMY_TPL = { owner: { kind: '' }, labels: new Map(), containers: [] } as unknown as PodTemplate;

/** Pod templates of a namespace whose pods carry every label of a Service selector (controller-added labels included). */
export function templatesSelectedBy(index: import('../index/manifestIndex').ManifestIndex, selector: Map<string, string>, namespace: string): PodTemplate[] {
  const stat = staticSelector(selector);
  const auto = [...selector].filter(([k]) => !stat.has(k));
  const base = stat.size > 0 ? index.podTemplatesMatching(stat, namespace) : auto.length ? index.podTemplates(namespace) : [];
  return base.filter((t) => auto.every(([k, v]) => autoLabelHolds(k, v, t) === true));
}
