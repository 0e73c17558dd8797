// What will change, in French: images, replicas, labels, ports, environment, data keys… then other fields.
// Pure: takes the live object and the dry-run result, both already cleaned (clean.ts).
import type { Lang } from '../rbacWords';
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

function mapChanges(before: Rec | undefined, after: Rec | undefined, what: string, fr: boolean, hide = false): string[] {
  const out: string[] = [];
  const e = fr && /^(Clé|Annotation)/.test(what) ? 'e' : ''; // French agreement: « Clé ajoutée », « Label ajouté »
  const b = before ?? {};
  const a = after ?? {};
  const show = (v: unknown): string => (hide ? '••••' : typeof v === 'string' ? v : JSON.stringify(v));
  for (const k of Object.keys(a)) {
    if (!(k in b)) out.push(fr ? `${what} ajouté${e} : ${k}${hide ? '' : `=${show(a[k])}`}` : `${what} added: ${k}${hide ? '' : `=${show(a[k])}`}`);
    else if (!jsonEqual(a[k], b[k])) out.push(fr ? `${what} modifié${e} : ${k}${hide ? '' : ` : ${show(b[k])} → ${show(a[k])}`}` : `${what} changed: ${k}${hide ? '' : `: ${show(b[k])} → ${show(a[k])}`}`);
  }
  for (const k of Object.keys(b)) if (!(k in a)) out.push(fr ? `${what} supprimé${e} : ${k}` : `${what} removed: ${k}`);
  return out;
}

function containerChanges(before: Container[], after: Container[], fr: boolean): string[] {
  const out: string[] = [];
  const byName = new Map(before.map((c) => [c.name, c]));
  for (const c of after) {
    const old = byName.get(c.name);
    const label = fr ? `conteneur « ${c.name} »` : `container "${c.name}"`;
    if (!old) {
      out.push(fr ? `Nouveau ${label} (image ${c.image})` : `New ${label} (image ${c.image})`);
      continue;
    }
    if (old.image !== c.image) out.push(fr ? `Image du ${label} : ${old.image} → ${c.image}` : `Image of ${label}: ${old.image} → ${c.image}`);
    if (!jsonEqual(old.ports, c.ports)) out.push(fr ? `Ports du ${label} modifiés` : `Ports of ${label} changed`);
    if (!jsonEqual(old.env, c.env) || !jsonEqual(old.envFrom, c.envFrom)) out.push(fr ? `Variables d'environnement du ${label} modifiées` : `Environment of ${label} changed`);
    if (!jsonEqual(old.resources, c.resources)) out.push(fr ? `Ressources (requests/limits) du ${label} modifiées` : `Resources of ${label} changed`);
    if (!jsonEqual(old.readinessProbe, c.readinessProbe) || !jsonEqual(old.livenessProbe, c.livenessProbe)) out.push(fr ? `Sondes du ${label} modifiées` : `Probes of ${label} changed`);
    if (!jsonEqual(old.command, c.command) || !jsonEqual(old.args, c.args)) out.push(fr ? `Commande du ${label} modifiée` : `Command of ${label} changed`);
  }
  const now = new Set(after.map((c) => c.name));
  for (const c of before) if (!now.has(c.name)) out.push(fr ? `Conteneur « ${c.name} » supprimé` : `Container "${c.name}" removed`);
  return out;
}

/** Sentences describing the change from `live` (undefined = new object) to `predicted`. */
export function diffSummary(live: K8sObject | undefined, predicted: K8sObject, lang: Lang = 'fr'): string[] {
  const fr = lang === 'fr';
  const kind = predicted.kind ?? '';
  const podPath = podSpecPath(kind);
  if (!live) {
    const facts: string[] = [fr ? 'Nouvel objet : il sera créé.' : 'New object: it will be created.'];
    if (podPath) {
      const cs = (get(predicted, [...podPath, 'containers']) ?? []) as Container[];
      if (cs.length) facts.push(fr ? `Image${cs.length > 1 ? 's' : ''} : ${cs.map((c) => c.image).join(', ')}` : `Image${cs.length > 1 ? 's' : ''}: ${cs.map((c) => c.image).join(', ')}`);
    }
    const replicas = get(predicted, ['spec', 'replicas']);
    if (typeof replicas === 'number') facts.push(fr ? `Réplicas : ${replicas}` : `Replicas: ${replicas}`);
    return facts;
  }
  const out: string[] = [];
  const covered: string[] = ['metadata.labels', 'metadata.annotations', 'spec.replicas'];
  const rb = get(live, ['spec', 'replicas']);
  const ra = get(predicted, ['spec', 'replicas']);
  if (rb !== ra) out.push(fr ? `Réplicas : ${rb ?? '—'} → ${ra ?? '—'}` : `Replicas: ${rb ?? '—'} → ${ra ?? '—'}`);
  if (podPath) {
    const base = podPath.join('.');
    out.push(...containerChanges((get(live, [...podPath, 'containers']) ?? []) as Container[], (get(predicted, [...podPath, 'containers']) ?? []) as Container[], fr));
    covered.push(`${base}.containers`);
    const tmplMeta = [...podPath.slice(0, -1), 'metadata'];
    out.push(...mapChanges(get(live, [...tmplMeta, 'labels']) as Rec, get(predicted, [...tmplMeta, 'labels']) as Rec, fr ? 'Label du modèle de Pod' : 'Pod template label', fr));
    covered.push(`${tmplMeta.join('.')}.labels`);
    const restart = 'kubectl.kubernetes.io/restartedAt';
    const annB = (get(live, [...tmplMeta, 'annotations']) ?? {}) as Rec;
    const annA = (get(predicted, [...tmplMeta, 'annotations']) ?? {}) as Rec;
    if (annB[restart] && !annA[restart]) out.push(fr ? 'L\'annotation de redémarrage (restartedAt) sera retirée : les Pods seront recréés.' : 'The restartedAt annotation will be removed: pods will be recreated.');
  }
  out.push(...mapChanges(live.metadata.labels, predicted.metadata.labels, 'Label', fr));
  out.push(...mapChanges(live.metadata.annotations, predicted.metadata.annotations, 'Annotation', fr));
  if (kind === 'Service') {
    covered.push('spec.ports', 'spec.selector', 'spec.type');
    if (get(live, ['spec', 'type']) !== get(predicted, ['spec', 'type'])) out.push(fr ? `Type de Service : ${get(live, ['spec', 'type'])} → ${get(predicted, ['spec', 'type'])}` : `Service type: ${get(live, ['spec', 'type'])} → ${get(predicted, ['spec', 'type'])}`);
    if (!jsonEqual(get(live, ['spec', 'ports']), get(predicted, ['spec', 'ports']))) out.push(fr ? 'Ports du Service modifiés' : 'Service ports changed');
    out.push(...mapChanges(get(live, ['spec', 'selector']) as Rec, get(predicted, ['spec', 'selector']) as Rec, fr ? 'Sélecteur' : 'Selector', fr));
  }
  if (kind === 'ConfigMap' || kind === 'Secret') {
    covered.push('data', 'stringData', 'binaryData');
    out.push(...mapChanges(live.data as Rec, predicted.data as Rec, fr ? 'Clé' : 'Key', fr, kind === 'Secret'));
  }
  const rest = changedPaths(live, predicted, 20).filter((p) => !covered.some((c) => p === c || p.startsWith(`${c}.`) || p.startsWith(`${c}[`)));
  if (rest.length) out.push(fr ? `Autres champs modifiés : ${rest.slice(0, 6).join(', ')}${rest.length > 6 ? '…' : ''}` : `Other changed fields: ${rest.slice(0, 6).join(', ')}${rest.length > 6 ? '…' : ''}`);
  if (out.length === 0) out.push(fr ? 'Aucun changement : le cluster a déjà cette version.' : 'No change: the cluster already has this version.');
  return out;
}
