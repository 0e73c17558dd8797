// Builds the application map of one namespace from the workspace files and the live objects: nodes told apart by
// origin (file only, cluster only, both — identical or not), edges for every reference between them (owners,
// selectors, Ingress backends and ports, ConfigMap/Secret by name and by key, PVC, ServiceAccount, RBAC, HPA targets),
// broken edges carrying a sentence saying why. Pure: objects in, graph out.
import type { Lang } from '../i18n';
import { mt, type MapKey } from './text';
import type { EdgeKind, FileObject, KObject, Layer, MapEdge, MapGraph, MapInput, MapNode } from './types';

const LAYERS: Record<string, Layer> = {
  Ingress: 0, Service: 1, NetworkPolicy: 1,
  Deployment: 2, StatefulSet: 2, DaemonSet: 2, ReplicaSet: 2, Job: 2, CronJob: 2, HorizontalPodAutoscaler: 2, PodDisruptionBudget: 2,
  Pod: 3,
};
/** Kinds the map never draws (noise, or drawn through other objects). */
const HIDDEN_KINDS = new Set(['Event', 'EndpointSlice', 'Endpoints', 'Namespace', 'ControllerRevision', 'Lease', 'Kustomization', 'List']);
const CLUSTER_SCOPED = new Set(['PersistentVolume', 'StorageClass', 'ClusterRole', 'ClusterRoleBinding', 'Namespace', 'CustomResourceDefinition']);
/** Kinds checked only against the cluster (never defined by a student's files alone). */
const CLUSTER_ONLY_CHECK = new Set(['StorageClass', 'PersistentVolume']);
const WORKLOADS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'CronJob']);
/** Objects every namespace has: they exist even when no file nor list shows them. */
const BUILT_IN: Record<string, Set<string>> = { ConfigMap: new Set(['kube-root-ca.crt']), ServiceAccount: new Set(['default']) };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const obj = (v: unknown): Obj => (isObj(v) ? v : {});
const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);
const idOf = (kind: string, name: string) => `${kind}/${name}`;

interface Entry {
  kind: string;
  name: string;
  file?: FileObject;
  live?: KObject;
  /** Kept for existence checks, not drawn (old ReplicaSets, Helm release Secrets, kube-root-ca.crt…). */
  hidden?: boolean;
}

const effective = (e: Entry): KObject => (e.file?.object ?? e.live)!;

export function buildMap(input: MapInput, lang: Lang): MapGraph {
  const ns = input.namespace;
  const entries = new Map<string, Entry>();
  const add = (o: KObject, from: 'file' | 'live', file?: FileObject) => {
    const kind = o.kind, name = o.metadata?.name;
    if (!kind || !name || HIDDEN_KINDS.has(kind)) return;
    if (!CLUSTER_SCOPED.has(kind) && (o.metadata.namespace ?? ns) !== ns) return;
    const id = idOf(kind, name);
    const e = entries.get(id) ?? { kind, name };
    if (from === 'file') e.file ??= file; else e.live = o;
    entries.set(id, e);
  };
  for (const f of input.files ?? []) add(f.object, 'file', f);
  for (const o of input.live ?? []) add(o, 'live');
  for (const e of entries.values()) if (!e.file && e.live && isNoise(e.live)) e.hidden = true;

  const known = (kind: string): boolean => {
    if (!input.live) return !CLUSTER_ONLY_CHECK.has(kind);
    return input.liveKinds ? input.liveKinds.has(kind) : true;
  };
  const exists = (kind: string, name: string) => entries.has(idOf(kind, name)) || !!BUILT_IN[kind]?.has(name);

  const nodes = new Map<string, MapNode>();
  for (const [id, e] of entries) {
    if (e.hidden) continue;
    const origin = e.file && e.live ? 'both' : e.file ? 'file' : 'cluster';
    const n: MapNode = { id, kind: e.kind, name: e.name, layer: LAYERS[e.kind] ?? 4, origin };
    if (e.file) n.manifest = e.file.manifest;
    const diff = e.file && e.live ? firstDifference(e.file.object, e.live) : undefined;
    if (diff) { n.differs = true; n.differsAt = diff; }
    const state = e.live && stateOf(e.live);
    if (state) n.state = state;
    nodes.set(id, n);
  }

  const edges = new Map<string, MapEdge & { labels: string[]; reasons: string[] }>();
  const missingNode = (kind: string, name: string) => {
    const id = idOf(kind, name);
    if (!nodes.has(id)) nodes.set(id, { id, kind, name, layer: LAYERS[kind] ?? 4, origin: 'missing' });
    return id;
  };
  const edge = (from: string, to: string, kind: EdgeKind, label?: string, reason?: string) => {
    if (!nodes.has(from) || !nodes.has(to) || from === to) return;
    const k = `${from}|${to}|${kind}`;
    const cur = edges.get(k) ?? { from, to, kind, labels: [], reasons: [] };
    if (label && !cur.labels.includes(label)) cur.labels.push(label);
    if (reason && !cur.reasons.includes(reason)) cur.reasons.push(reason);
    edges.set(k, cur);
  };
  const t = (key: MapKey, p?: Record<string, string | number>) => mt(lang, key, p);
  const list = (items: string[]) => (items.length ? items.join(', ') : t('list.none'));

  // Owner references (live): owner → owned.
  const ownerOf = new Map<string, string>();
  for (const [id, e] of entries) {
    for (const ref of e.live?.metadata.ownerReferences ?? []) {
      const owner = idOf(ref.kind, ref.name);
      if (!entries.has(owner)) continue;
      if (ref.controller || !ownerOf.has(id)) ownerOf.set(id, owner);
      edge(owner, id, 'owner', t('edge.owner'));
    }
  }
  const top = (id: string): string => {
    const seen = new Set<string>();
    let cur = id;
    while (ownerOf.has(cur) && !seen.has(cur)) { seen.add(cur); cur = ownerOf.get(cur)!; }
    return cur;
  };

  // What a selector can reach: workloads through their Pod template, Pods not owned by one of those.
  const templated = [...entries.entries()].filter(([, e]) => !e.hidden && WORKLOADS.has(e.kind) && !(e.kind === 'ReplicaSet' && ownerOf.has(idOf(e.kind, e.name))))
    .map(([id, e]) => ({ id, template: templateOf(effective(e)) })).filter((w): w is { id: string; template: Obj } => !!w.template);
  const pods = [...entries.entries()].filter(([, e]) => e.kind === 'Pod').map(([id, e]) => ({ id, pod: effective(e) as Obj }));
  const select = (matches: (labels: Record<string, string>) => boolean) => {
    const hit = templated.filter((w) => matches(labelsOf(obj(w.template.metadata))));
    const hitIds = new Set(hit.map((w) => w.id));
    const hitPods = pods.filter((p) => matches(labelsOf(obj(p.pod.metadata))) && !hitIds.has(top(p.id)));
    return [...hit.map((w) => ({ id: w.id, spec: obj(w.template.spec) })), ...hitPods.map((p) => ({ id: p.id, spec: obj(p.pod.spec) }))];
  };
  const selectorEdges = (from: string, kind: string, name: string, matches: (l: Record<string, string>) => boolean, text: string) => {
    const targets = select(matches);
    if (!targets.length) edge(from, missingNode('Pod', text), 'selects', t('edge.selects'), t('broken.selectorNothing', { selector: text, kind, name }));
    for (const x of targets) edge(from, x.id, 'selects', t('edge.selects'));
    return targets;
  };

  for (const [id, e] of entries) {
    if (e.hidden) continue;
    const o = effective(e) as Obj;
    const spec = obj(o.spec);
    switch (e.kind) {
      case 'Service': {
        const sel = obj(spec.selector) as Record<string, string>;
        if (!Object.keys(sel).length) break;
        const targets = selectorEdges(id, e.kind, e.name, (l) => matchLabels(sel, l), selectorText(sel));
        if (!targets.length) break;
        const names = new Set<string>(), numbers = new Set<number>();
        for (const x of targets) for (const c of containersOf(x.spec)) for (const p of arr(obj(c).ports)) {
          const pn = str(obj(p).name), num = obj(p).containerPort;
          if (pn) names.add(pn);
          if (typeof num === 'number') numbers.add(num);
        }
        for (const p of arr(spec.ports)) {
          const tp = obj(p).targetPort ?? obj(p).port;
          let reason: string | undefined;
          if (typeof tp === 'string' && !/^\d+$/.test(tp) && !names.has(tp)) reason = t('broken.namedPort', { port: tp });
          else if ((typeof tp === 'number' || (typeof tp === 'string' && /^\d+$/.test(tp))) && numbers.size && !numbers.has(Number(tp))) {
            reason = t('broken.numberPort', { port: String(tp), ports: list([...numbers].sort((a, b) => a - b).map(String)) });
          }
          if (reason) for (const x of targets) edge(id, x.id, 'selects', undefined, reason);
        }
        break;
      }
      case 'NetworkPolicy': case 'PodDisruptionBudget': {
        const sel = obj(e.kind === 'NetworkPolicy' ? spec.podSelector : spec.selector);
        if (!Object.keys(obj(sel.matchLabels)).length && !arr(sel.matchExpressions).length) break; // every Pod
        selectorEdges(id, e.kind, e.name, (l) => matchSelector(sel, l), labelSelectorText(sel));
        break;
      }
      case 'HorizontalPodAutoscaler': {
        const ref = obj(spec.scaleTargetRef);
        const k = str(ref.kind), n = str(ref.name);
        if (!k || !n) break;
        if (exists(k, n)) edge(id, idOf(k, n), 'target', t('edge.target'));
        else if (known(k)) edge(id, missingNode(k, n), 'target', t('edge.target'), t('broken.targetMissing', { kind: k, name: n }));
        break;
      }
      case 'Ingress': {
        const backends = [obj(spec.defaultBackend), ...arr(spec.rules).flatMap((r) => arr(obj(obj(r).http).paths).map((p) => obj(obj(p).backend)))];
        for (const b of backends) {
          const svc = obj(b.service), name = str(svc.name);
          if (!name) continue;
          const port = obj(svc.port), portLabel = String(port.number ?? port.name ?? '');
          const label = t('edge.routes', { port: portLabel });
          const target = entries.get(idOf('Service', name));
          if (!target || target.hidden) {
            if (known('Service')) edge(id, missingNode('Service', name), 'routes', label, t('broken.serviceMissing', { name }));
            continue;
          }
          const ports = arr(obj(effective(target).spec).ports).map(obj);
          const ok = port.number !== undefined ? ports.some((p) => Number(p.port) === Number(port.number)) : port.name !== undefined ? ports.some((p) => p.name === port.name) : true;
          const shown = ports.map((p) => (p.name ? `${String(p.port)} (${String(p.name)})` : String(p.port)));
          edge(id, idOf('Service', name), 'routes', label, ok ? undefined : t('broken.servicePort', { name, port: portLabel, ports: list(shown) }));
        }
        for (const tls of arr(spec.tls)) {
          const s = str(obj(tls).secretName);
          if (s && exists('Secret', s)) edge(id, idOf('Secret', s), 'tls', t('edge.tls'));
        }
        break;
      }
      case 'PersistentVolumeClaim': {
        const sc = str(spec.storageClassName), pv = str(spec.volumeName);
        if (sc) {
          if (exists('StorageClass', sc)) edge(id, idOf('StorageClass', sc), 'storageClass', t('edge.storageClass'));
          else if (known('StorageClass')) edge(id, missingNode('StorageClass', sc), 'storageClass', t('edge.storageClass'), t('broken.storageClassMissing', { name: sc }));
        }
        if (pv) {
          if (exists('PersistentVolume', pv)) edge(id, idOf('PersistentVolume', pv), 'volumeName', t('edge.volumeName'));
          else if (known('PersistentVolume')) edge(id, missingNode('PersistentVolume', pv), 'volumeName', t('edge.volumeName'), t('broken.volumeMissing', { name: pv }));
        }
        break;
      }
      case 'RoleBinding': {
        const ref = obj(o.roleRef), rn = str(ref.name);
        if (rn && ref.kind === 'Role') {
          if (exists('Role', rn)) edge(id, idOf('Role', rn), 'roleRef', t('edge.roleRef'));
          else if (known('Role')) edge(id, missingNode('Role', rn), 'roleRef', t('edge.roleRef'), t('broken.roleMissing', { name: rn }));
        }
        for (const s of arr(o.subjects).map(obj)) {
          const sn = str(s.name);
          if (s.kind !== 'ServiceAccount' || !sn || (str(s.namespace) ?? ns) !== ns) continue;
          if (exists('ServiceAccount', sn)) { if (nodes.has(idOf('ServiceAccount', sn))) edge(id, idOf('ServiceAccount', sn), 'subject', t('edge.subject')); }
          else if (known('ServiceAccount')) edge(id, missingNode('ServiceAccount', sn), 'subject', t('edge.subject'), t('broken.subjectMissing', { name: sn }));
        }
        break;
      }
      default: break;
    }
    // References of Pod specs: workloads (not a ReplicaSet owned by a Deployment) and Pods owned by nothing drawn.
    const podSpec = WORKLOADS.has(e.kind) ? (e.kind === 'ReplicaSet' && ownerOf.has(id) ? undefined : obj(templateOf(o)?.spec))
      : e.kind === 'Pod' && !(ownerOf.has(id) && WORKLOADS.has(entries.get(top(id))?.kind ?? '')) ? spec : undefined;
    if (podSpec) podRefs(id, podSpec);
  }

  function podRefs(from: string, spec: Obj): void {
    const ref = (kind: 'ConfigMap' | 'Secret', name: string | undefined, key: string | undefined, optional: boolean, viaVolume = false) => {
      if (!name) return;
      const edgeKind = kind === 'ConfigMap' ? 'configMap' : 'secret';
      const label = key ? t(kind === 'ConfigMap' ? 'edge.configMapKey' : 'edge.secretKey', { key }) : viaVolume ? t('edge.volume') : t(kind === 'ConfigMap' ? 'edge.configMap' : 'edge.secret');
      const target = entries.get(idOf(kind, name));
      if (!target && !BUILT_IN[kind]?.has(name)) {
        if (optional || !known(kind)) return;
        edge(from, missingNode(kind, name), edgeKind, label, t(kind === 'ConfigMap' ? 'broken.configMapMissing' : 'broken.secretMissing', { name }));
        return;
      }
      if (!target || target.hidden) return; // kube-root-ca.crt and friends: not drawn
      let reason: string | undefined;
      if (key && !optional) {
        const keys = keysOf(effective(target));
        if (!keys.includes(key)) reason = t(kind === 'ConfigMap' ? 'broken.configMapKey' : 'broken.secretKey', { name, key, keys: list(keys) });
      }
      edge(from, idOf(kind, name), edgeKind, label, reason);
    };
    for (const c of containersOf(spec).map(obj)) {
      for (const env of arr(c.env).map(obj)) {
        const vf = obj(env.valueFrom);
        const cm = obj(vf.configMapKeyRef), sk = obj(vf.secretKeyRef);
        if (str(cm.name)) ref('ConfigMap', str(cm.name), str(cm.key), cm.optional === true);
        if (str(sk.name)) ref('Secret', str(sk.name), str(sk.key), sk.optional === true);
      }
      for (const ef of arr(c.envFrom).map(obj)) {
        const cm = obj(ef.configMapRef), sr = obj(ef.secretRef);
        if (str(cm.name)) ref('ConfigMap', str(cm.name), undefined, cm.optional === true);
        if (str(sr.name)) ref('Secret', str(sr.name), undefined, sr.optional === true);
      }
    }
    const volumeRef = (kind: 'ConfigMap' | 'Secret', src: Obj, name: string | undefined) => {
      const items = arr(src.items).map((i) => str(obj(i).key)).filter((k): k is string => !!k);
      if (!items.length) ref(kind, name, undefined, src.optional === true, true);
      for (const k of items) ref(kind, name, k, src.optional === true, true);
    };
    for (const v of arr(spec.volumes).map(obj)) {
      if (isObj(v.configMap)) volumeRef('ConfigMap', v.configMap, str(v.configMap.name));
      if (isObj(v.secret)) volumeRef('Secret', v.secret, str(v.secret.secretName));
      for (const s of arr(obj(v.projected).sources).map(obj)) {
        if (isObj(s.configMap)) volumeRef('ConfigMap', s.configMap, str(s.configMap.name));
        if (isObj(s.secret)) volumeRef('Secret', s.secret, str(s.secret.name));
      }
      const claim = str(obj(v.persistentVolumeClaim).claimName);
      if (claim) {
        if (exists('PersistentVolumeClaim', claim)) edge(from, idOf('PersistentVolumeClaim', claim), 'claim', t('edge.claim'));
        else if (known('PersistentVolumeClaim')) edge(from, missingNode('PersistentVolumeClaim', claim), 'claim', t('edge.claim'), t('broken.claimMissing', { name: claim }));
      }
    }
    const sa = str(spec.serviceAccountName) ?? str(spec.serviceAccount);
    if (sa && sa !== 'default') {
      if (exists('ServiceAccount', sa)) edge(from, idOf('ServiceAccount', sa), 'serviceAccount', t('edge.serviceAccount'));
      else if (known('ServiceAccount')) edge(from, missingNode('ServiceAccount', sa), 'serviceAccount', t('edge.serviceAccount'), t('broken.serviceAccountMissing', { name: sa }));
    }
    for (const ps of arr(spec.imagePullSecrets).map(obj)) {
      const n = str(ps.name);
      if (n && nodes.has(idOf('Secret', n))) edge(from, idOf('Secret', n), 'pullSecret', t('edge.pullSecret'));
    }
  }

  const out: MapEdge[] = [...edges.values()].map(({ labels, reasons, ...e }) => ({
    ...e,
    ...(labels.length ? { label: labels.join(', ') } : {}),
    ...(reasons.length ? { broken: true, reason: reasons.join(' ; ') } : {}),
  }));
  const sorted = [...nodes.values()].sort((a, b) => a.layer - b.layer || a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name));
  return { namespace: ns, nodes: sorted, edges: out, ...(input.forbidden?.length ? { forbidden: input.forbidden } : {}) };
}

/** Live objects kept only for existence checks. */
function isNoise(o: KObject): boolean {
  if (o.kind === 'ReplicaSet') return Number(obj(o.spec).replicas ?? 0) === 0 && Number(obj(o.status).replicas ?? 0) === 0;
  if (o.kind === 'Secret') return o.type === 'helm.sh/release.v1' || o.type === 'kubernetes.io/service-account-token';
  return !!BUILT_IN[o.kind ?? '']?.has(o.metadata.name ?? '');
}

function templateOf(o: Obj): Obj | undefined {
  const spec = obj(o.spec);
  if (o.kind === 'CronJob') return isObj(obj(obj(spec.jobTemplate).spec).template) ? obj(obj(obj(spec.jobTemplate).spec).template) : undefined;
  return isObj(spec.template) ? spec.template : undefined;
}

function containersOf(spec: Obj): unknown[] {
  return [...arr(spec.initContainers), ...arr(spec.containers)];
}

function labelsOf(meta: Obj): Record<string, string> {
  return obj(meta.labels) as Record<string, string>;
}

function keysOf(o: Obj): string[] {
  return [...new Set([...Object.keys(obj(o.data)), ...Object.keys(obj(o.binaryData)), ...Object.keys(obj(o.stringData))])].sort();
}

function matchLabels(sel: Record<string, string>, labels: Record<string, string>): boolean {
  return Object.entries(sel).every(([k, v]) => String(labels[k]) === String(v) && k in labels);
}

function matchSelector(sel: Obj, labels: Record<string, string>): boolean {
  if (!matchLabels(obj(sel.matchLabels) as Record<string, string>, labels)) return false;
  return arr(sel.matchExpressions).map(obj).every((x) => {
    const key = String(x.key), values = arr(x.values).map(String), has = key in labels;
    switch (x.operator) {
      case 'In': return has && values.includes(labels[key]);
      case 'NotIn': return !has || !values.includes(labels[key]);
      case 'Exists': return has;
      case 'DoesNotExist': return !has;
      default: return false;
    }
  });
}

function selectorText(sel: Record<string, string>): string {
  return Object.entries(sel).map(([k, v]) => `${k}=${v}`).join(',');
}

function labelSelectorText(sel: Obj): string {
  const parts = Object.entries(obj(sel.matchLabels)).map(([k, v]) => `${k}=${String(v)}`);
  for (const x of arr(sel.matchExpressions).map(obj)) parts.push(`${String(x.key)} ${String(x.operator)} (${arr(x.values).join(',')})`);
  return parts.join(',');
}

/** Does the file say something the live object does not? Defaults added by the API server are not differences. */
export function differs(file: KObject, live: KObject): boolean {
  return firstDifference(file, live) !== undefined;
}

/** Path of the first field the file sets to another value than the live object (`spec.replicas`), or undefined. */
export function firstDifference(file: KObject, live: KObject): string | undefined {
  if (file.kind === 'Secret') {
    return keysOf(file as Obj).join('\u0000') !== keysOf(live as Obj).join('\u0000') ? 'data' : undefined;
  }
  const labels = diffAt(file.metadata?.labels, live.metadata?.labels, 'metadata.labels');
  if (labels) return labels;
  for (const k of Object.keys(file)) {
    if (k === 'apiVersion' || k === 'kind' || k === 'metadata' || k === 'status') continue;
    const d = diffAt(file[k], live[k], k);
    if (d) return d;
  }
  return undefined;
}

function diffAt(a: unknown, b: unknown, at: string): string | undefined {
  if (a === undefined || a === null) return undefined;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return at;
    for (let i = 0; i < a.length; i++) { const d = diffAt(a[i], b[i], `${at}[${i}]`); if (d) return d; }
    return undefined;
  }
  if (isObj(a)) {
    if (!isObj(b)) return Object.keys(a).length === 0 && b === undefined ? undefined : at;
    for (const [k, v] of Object.entries(a)) { const d = diffAt(v, b[k], `${at}.${k}`); if (d) return d; }
    return undefined;
  }
  return b !== undefined && b !== null && String(a) === String(b) ? undefined : at;
}

/** Short live state: Pod phase or waiting reason, ready/desired replicas. */
function stateOf(o: KObject): string | undefined {
  const st = obj(o.status), spec = obj(o.spec);
  if (o.kind === 'Pod') {
    const waiting = arr(st.containerStatuses).map((c) => str(obj(obj(obj(c).state).waiting).reason)).find(Boolean);
    return waiting ?? str(st.phase);
  }
  if (o.kind === 'Deployment' || o.kind === 'StatefulSet' || o.kind === 'ReplicaSet') return `${Number(st.readyReplicas ?? 0)}/${Number(spec.replicas ?? 1)}`;
  if (o.kind === 'PersistentVolumeClaim') return str(st.phase);
  return undefined;
}
