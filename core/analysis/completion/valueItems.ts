// Completion of values: allowed values (enum, booleans, kind, apiVersion), names of the workspace's objects in
// references, label keys and values in selectors, container ports of the selected Pods in `targetPort`.
import type { Lang } from '../model';
import type { Resource } from '../index/types';
import type { ManifestWorkspace } from '../index/workspace';
import { placeText } from '../hover/workspaceInfo';
import { kindDoc } from '../hover/catalog';
import type { K8sSchemas } from '../schema/k8sSchemas';
import type { FieldAt } from '../schema/schemaPath';
import { entries, get, getPath, items, num, str, stringMap } from '../util/yamlNodes';
import type { CompletionEntry } from './types';

export const COURSE_KINDS = ['Pod', 'Deployment', 'Service', 'Ingress', 'ConfigMap', 'Secret', 'Job', 'CronJob', 'PersistentVolumeClaim',
  'StatefulSet', 'DaemonSet', 'Namespace', 'ServiceAccount', 'Role', 'RoleBinding', 'HorizontalPodAutoscaler', 'NetworkPolicy'];

/** Reference fields: `<definition>.<field>` → kind of the object it names. */
const REFERENCES: Record<string, string> = {
  'io.k8s.api.core.v1.ConfigMapEnvSource.name': 'ConfigMap',
  'io.k8s.api.core.v1.ConfigMapKeySelector.name': 'ConfigMap',
  'io.k8s.api.core.v1.ConfigMapVolumeSource.name': 'ConfigMap',
  'io.k8s.api.core.v1.ConfigMapProjection.name': 'ConfigMap',
  'io.k8s.api.core.v1.SecretEnvSource.name': 'Secret',
  'io.k8s.api.core.v1.SecretKeySelector.name': 'Secret',
  'io.k8s.api.core.v1.SecretVolumeSource.secretName': 'Secret',
  'io.k8s.api.core.v1.SecretProjection.name': 'Secret',
  'io.k8s.api.networking.v1.IngressTLS.secretName': 'Secret',
  'io.k8s.api.core.v1.PodSpec.serviceAccountName': 'ServiceAccount',
  'io.k8s.api.core.v1.PodSpec.serviceAccount': 'ServiceAccount',
  'io.k8s.api.core.v1.PersistentVolumeClaimVolumeSource.claimName': 'PersistentVolumeClaim',
  'io.k8s.api.networking.v1.IngressServiceBackend.name': 'Service',
  'io.k8s.api.apps.v1.StatefulSetSpec.serviceName': 'Service',
};
const KEY_REFERENCES: Record<string, string> = {
  'io.k8s.api.core.v1.ConfigMapKeySelector.key': 'ConfigMap',
  'io.k8s.api.core.v1.SecretKeySelector.key': 'Secret',
};

export interface ValueInput {
  ws: ManifestWorkspace;
  schemas: K8sSchemas;
  lang: Lang;
  field?: FieldAt;
  path: ReadonlyArray<string | number>;
  key: string;
  apiVersion?: string;
  kind?: string;
  namespace: string;
  /** The object being edited, parsed without the line being typed (may be undefined). */
  root?: unknown;
  range: { start: number; end: number };
}

function entry(label: string, kind: CompletionEntry['kind'], range: ValueInput['range'], extra: Partial<CompletionEntry> = {}): CompletionEntry {
  return { label, kind, insertText: label, isSnippet: false, range, ...extra };
}

function kindItems(input: ValueInput): CompletionEntry[] {
  const inGroup = input.apiVersion ? input.schemas.kindsOf(input.apiVersion) : [];
  const all = [...new Set([...COURSE_KINDS, ...inGroup, ...input.schemas.allKinds()])];
  return all.map((k, i) => entry(k, 'kind', input.range, {
    sortText: `${COURSE_KINDS.includes(k) ? 0 : inGroup.includes(k) ? 1 : 2}${String(i).padStart(3, '0')}`,
    detail: input.schemas.apiVersionsOf(k)[0],
    documentation: kindDoc(input.lang, k)?.texte,
  }));
}

function apiVersionItems(input: ValueInput): CompletionEntry[] {
  const forKind = input.kind ? input.schemas.apiVersionsOf(input.kind) : [];
  const list = forKind.length ? forKind : ['v1', 'apps/v1', 'batch/v1', 'networking.k8s.io/v1', 'rbac.authorization.k8s.io/v1', 'autoscaling/v2', 'policy/v1', 'storage.k8s.io/v1'];
  return list.map((v, i) => entry(v, 'value', input.range, { sortText: String(i).padStart(3, '0'), preselect: i === 0 }));
}

function referenceItems(input: ValueInput, targetKind: string): CompletionEntry[] {
  return input.ws.index.ofKind(targetKind, input.namespace).filter((r) => r.name)
    .map((r) => entry(r.name!, 'reference', input.range, { detail: targetKind, documentation: placeText(input.ws, r, input.lang) }));
}

/** The node at a path of keys and list indexes. */
function nodeAt(root: unknown, path: ReadonlyArray<string | number>): unknown {
  let cur: unknown = root;
  for (const seg of path) cur = typeof seg === 'number' ? items(cur)[seg] : get(cur, seg);
  return cur;
}

function referencedObject(input: ValueInput, targetKind: string): Resource | undefined {
  const name = str(nodeAt(input.root, [...input.path.slice(0, -1), 'name']));
  return name ? input.ws.index.findResources({ kind: targetKind, name, namespace: input.namespace })[0] : undefined;
}

function keyItems(input: ValueInput, targetKind: string): CompletionEntry[] {
  const target = referencedObject(input, targetKind);
  if (!target) return [];
  return [...entries(get(target.node, 'data')), ...entries(get(target.node, 'stringData'))]
    .map((e) => entry(e.key, 'reference', input.range, { detail: `${targetKind} ${target.name}` }));
}

/** Label values used by the Pods of the namespace for one key (Service selector, matchLabels). */
function labelValueItems(input: ValueInput): CompletionEntry[] {
  const counts = new Map<string, number>();
  for (const t of input.ws.index.podTemplates(input.namespace)) {
    const v = t.labels.get(input.key);
    if (v !== undefined) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([v, n], i) => entry(v, 'label', input.range, { detail: `${input.key}=${v} (${n})`, sortText: String(i).padStart(3, '0') }));
}

function targetPortItems(input: ValueInput): CompletionEntry[] {
  const selector = stringMap(getPath(input.root, 'spec.selector'));
  if (!selector.size) return [];
  const out = new Map<string, CompletionEntry>();
  for (const t of input.ws.index.podTemplatesMatching(selector, input.namespace)) {
    for (const c of t.containers) {
      for (const p of c.ports) {
        const where = `${t.owner.kind} ${t.owner.name ?? ''} · ${c.name ?? ''}`;
        if (p.containerPort !== undefined) out.set(String(p.containerPort), entry(String(p.containerPort), 'value', input.range, { detail: where, sortText: `0${p.containerPort}` }));
        if (p.name) out.set(p.name, entry(p.name, 'value', input.range, { detail: `${where} (${p.containerPort ?? ''})`, sortText: `1${p.name}` }));
      }
    }
  }
  return [...out.values()];
}

function ingressPortItems(input: ValueInput): CompletionEntry[] {
  const svcName = str(nodeAt(input.root, [...input.path.slice(0, -2), 'name']));
  const svc = svcName ? input.ws.index.findResources({ kind: 'Service', name: svcName, namespace: input.namespace })[0] : undefined;
  if (!svc) return [];
  return items(getPath(svc.node, 'spec.ports')).flatMap((p) => {
    const value = input.key === 'number' ? num(get(p, 'port')) : str(get(p, 'name'));
    return value === undefined ? [] : [entry(String(value), 'value', input.range, { detail: `Service ${svcName}` })];
  });
}

export function valueItems(input: ValueInput): CompletionEntry[] {
  const { field, path } = input;
  if (path.length === 1 && input.key === 'kind') return kindItems(input);
  if (path.length === 1 && input.key === 'apiVersion') return apiVersionItems(input);
  const strings = path.map(String);
  const inSelector = (input.kind === 'Service' && strings[0] === 'spec' && strings[1] === 'selector' && path.length === 3)
    || strings[strings.length - 2] === 'matchLabels';
  if (inSelector) return labelValueItems(input);
  if (!field) return [];
  const ref = field.owner && field.property ? `${field.owner}.${field.property}` : '';
  if (REFERENCES[ref]) return referenceItems(input, REFERENCES[ref]);
  if (KEY_REFERENCES[ref]) return keyItems(input, KEY_REFERENCES[ref]);
  if (ref === 'io.k8s.api.core.v1.ServicePort.targetPort') return targetPortItems(input);
  if (ref === 'io.k8s.api.networking.v1.ServiceBackendPort.number' || ref === 'io.k8s.api.networking.v1.ServiceBackendPort.name') return ingressPortItems(input);
  const values = field.schema.enum ?? (field.schema.type === 'boolean' ? [true, false] : undefined);
  return (values ?? []).filter((v) => v !== '').map((v, i) => entry(String(v), 'enum', input.range, { sortText: String(i).padStart(3, '0') }));
}
