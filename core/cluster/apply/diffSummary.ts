// What will change, in the student's language (core/i18n/apply): images, replicas, labels, ports, environment, data keys… then other fields.
// Pure: takes the live object and the dry-run result, both already cleaned (clean.ts).
import type { Lang } from '../../i18n';
import { at, atN } from '../../i18n/apply';
import type { K8sObject } from '../types';
import { changedPaths, jsonEqual } from './clean';

type Rec = Record<string, unknown>;
interface Container { name?: string; image?: string; ports?: unknown[]; env?: unknown[]; envFrom?: unknown[]; resources?: unknown; readinessProbe?: unknown; livenessProbe?: unknown; command?: unknown; args?: unknown }

const get = (o: unknown, path: string[]): unknown => path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Rec)[k] : undefined), o);

/** Where the pod template lives for this kind. */
function podSpecPath(kind: string): string[] | undefined {
  if (kind === 'Pod') return ['spec'];
  if (kind === 'CronJob') return ['spec', 'jobTemplate', 'spec', 'template', 'spec'];
  if (['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'ReplicationController'].includes(kind)) return ['spec', 'template', 'spec'];
  return undefined;
}

type MapWhat = 'templateLabel' | 'label' | 'annotation' | 'selector' | 'key';

function mapChanges(before: Rec | undefined, after: Rec | undefined, what: MapWhat, lang: Lang, hide = false): string[] {
  const out: string[] = [];
  const b = before ?? {};
  const a = after ?? {};
  const show = (v: unknown): string => (hide ? '••••' : typeof v === 'string' ? v : JSON.stringify(v));
  for (const k of Object.keys(a)) {
    if (!(k in b)) out.push(at(lang, `diff.${what}.added`, { key: k, value: hide ? '' : `=${show(a[k])}` }));
    else if (!jsonEqual(a[k], b[k])) out.push(at(lang, `diff.${what}.changed`, { key: k, change: hide ? '' : at(lang, 'diff.valueChange', { before: show(b[k]), after: show(a[k]) }) }));
  }
  for (const k of Object.keys(b)) if (!(k in a)) out.push(at(lang, `diff.${what}.removed`, { key: k }));
  return out;
}

function containerChanges(before: Container[], after: Container[], lang: Lang): string[] {
  const out: string[] = [];
  const byName = new Map(before.map((c) => [c.name, c]));
  for (const c of after) {
    const old = byName.get(c.name);
    const container = at(lang, 'diff.container', { name: c.name });
    if (!old) {
      out.push(at(lang, 'diff.containerNew', { container, image: c.image }));
      continue;
    }
    if (old.image !== c.image) out.push(at(lang, 'diff.containerImage', { container, before: old.image, after: c.image }));
    if (!jsonEqual(old.ports, c.ports)) out.push(at(lang, 'diff.containerPorts', { container }));
    if (!jsonEqual(old.env, c.env) || !jsonEqual(old.envFrom, c.envFrom)) out.push(at(lang, 'diff.containerEnv', { container }));
    if (!jsonEqual(old.resources, c.resources)) out.push(at(lang, 'diff.containerResources', { container }));
    if (!jsonEqual(old.readinessProbe, c.readinessProbe) || !jsonEqual(old.livenessProbe, c.livenessProbe)) out.push(at(lang, 'diff.containerProbes', { container }));
    if (!jsonEqual(old.command, c.command) || !jsonEqual(old.args, c.args)) out.push(at(lang, 'diff.containerCommand', { container }));
  }
  const now = new Set(after.map((c) => c.name));
  for (const c of before) if (!now.has(c.name)) out.push(at(lang, 'diff.containerRemoved', { name: c.name }));
  return out;
}

/** Sentences describing the change from `live` (undefined = new object) to `predicted`. */
export function diffSummary(live: K8sObject | undefined, predicted: K8sObject, lang: Lang = 'fr'): string[] {
  const kind = predicted.kind ?? '';
  const podPath = podSpecPath(kind);
  if (!live) {
    const facts: string[] = [at(lang, 'diff.new')];
    if (podPath) {
      const cs = (get(predicted, [...podPath, 'containers']) ?? []) as Container[];
      if (cs.length) facts.push(atN(lang, 'diff.images', cs.length, { images: cs.map((c) => c.image).join(', ') }));
    }
    const replicas = get(predicted, ['spec', 'replicas']);
    if (typeof replicas === 'number') facts.push(at(lang, 'diff.replicas', { replicas }));
    return facts;
  }
  const out: string[] = [];
  const covered: string[] = ['metadata.labels', 'metadata.annotations', 'spec.replicas'];
  const rb = get(live, ['spec', 'replicas']);
  const ra = get(predicted, ['spec', 'replicas']);
  if (rb !== ra) out.push(at(lang, 'diff.replicasChange', { before: String(rb ?? '—'), after: String(ra ?? '—') }));
  if (podPath) {
    const base = podPath.join('.');
    out.push(...containerChanges((get(live, [...podPath, 'containers']) ?? []) as Container[], (get(predicted, [...podPath, 'containers']) ?? []) as Container[], lang));
    covered.push(`${base}.containers`);
    const tmplMeta = [...podPath.slice(0, -1), 'metadata'];
    out.push(...mapChanges(get(live, [...tmplMeta, 'labels']) as Rec, get(predicted, [...tmplMeta, 'labels']) as Rec, 'templateLabel', lang));
    covered.push(`${tmplMeta.join('.')}.labels`);
    const restart = 'kubectl.kubernetes.io/restartedAt';
    const annB = (get(live, [...tmplMeta, 'annotations']) ?? {}) as Rec;
    const annA = (get(predicted, [...tmplMeta, 'annotations']) ?? {}) as Rec;
    if (annB[restart] && !annA[restart]) out.push(at(lang, 'diff.restartRemoved'));
  }
  out.push(...mapChanges(live.metadata.labels, predicted.metadata.labels, 'label', lang));
  out.push(...mapChanges(live.metadata.annotations, predicted.metadata.annotations, 'annotation', lang));
  if (kind === 'Service') {
    covered.push('spec.ports', 'spec.selector', 'spec.type');
    if (get(live, ['spec', 'type']) !== get(predicted, ['spec', 'type'])) out.push(at(lang, 'diff.serviceType', { before: String(get(live, ['spec', 'type'])), after: String(get(predicted, ['spec', 'type'])) }));
    if (!jsonEqual(get(live, ['spec', 'ports']), get(predicted, ['spec', 'ports']))) out.push(at(lang, 'diff.servicePorts'));
    out.push(...mapChanges(get(live, ['spec', 'selector']) as Rec, get(predicted, ['spec', 'selector']) as Rec, 'selector', lang));
  }
  if (kind === 'ConfigMap' || kind === 'Secret') {
    covered.push('data', 'stringData', 'binaryData');
    out.push(...mapChanges(live.data as Rec, predicted.data as Rec, 'key', lang, kind === 'Secret'));
  }
  const rest = changedPaths(live, predicted, 20).filter((p) => !covered.some((c) => p === c || p.startsWith(`${c}.`) || p.startsWith(`${c}[`)));
  if (rest.length) out.push(at(lang, 'diff.otherFields', { fields: `${rest.slice(0, 6).join(', ')}${rest.length > 6 ? '…' : ''}` }));
  if (out.length === 0) out.push(at(lang, 'diff.none'));
  return out;
}
