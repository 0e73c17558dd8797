// Builds the Resource records of one parsed document: identity, labels, pod template, references.
import { isMap, type Node, type YAMLMap } from 'yaml';
import { asMap, get, getPair, getPath, items, num, str, stringMap, text, bool } from '../util/yamlNodes';
import { groupOf, isClusterScoped, isKubernetesObject, POD_TEMPLATE_PATHS } from './kinds';
import type { Container, ContainerPort, ManifestDoc, PodTemplate, Reference, ReferenceKind, Resource } from './types';

/** Resources of a document: the root object, or each item of a `kind: List`. */
export function extractResources(doc: ManifestDoc): Resource[] {
  if (doc.broken) return [];
  const root = asMap(doc.yaml.contents);
  if (!root) return [];
  const kind = str(get(root, 'kind'));
  const apiVersion = str(get(root, 'apiVersion'));
  if (kind && kind.endsWith('List') && apiVersion === 'v1' && get(root, 'items') !== undefined) {
    const out: Resource[] = [];
    items(get(root, 'items')).forEach((item, i) => {
      if (isMap(item)) out.push(buildResource(doc, item, i));
    });
    return out;
  }
  return [buildResource(doc, root)];
}

export function buildResource(doc: ManifestDoc, node: YAMLMap<unknown, unknown>, listIndex?: number): Resource {
  const apiVersion = str(get(node, 'apiVersion'));
  const kind = str(get(node, 'kind'));
  const metadata = get(node, 'metadata');
  const name = str(get(metadata, 'name'));
  const explicitNamespace = str(get(metadata, 'namespace')) || undefined;
  const isK8s = isKubernetesObject(apiVersion, kind);
  const res: Resource = {
    uri: doc.uri,
    doc,
    node,
    listIndex,
    apiVersion,
    group: apiVersion !== undefined ? groupOf(apiVersion) : undefined,
    kind,
    name,
    explicitNamespace,
    namespace: isClusterScoped(kind) ? '' : explicitNamespace ?? 'default',
    labels: stringMap(get(metadata, 'labels')),
    isKubernetes: isK8s,
    references: [],
  };
  if (isK8s) {
    res.podTemplate = extractPodTemplate(res);
    collectReferences(res);
  }
  return res;
}

function templatePath(res: Resource): string | undefined {
  const known = POD_TEMPLATE_PATHS[res.kind ?? ''];
  if (known !== undefined) return known;
  // Workload-like custom resources (Argo Rollout, OpenShift DeploymentConfig…) carry a standard pod template.
  if (asMap(getPath(res.node, 'spec.template.spec')) && items(getPath(res.node, 'spec.template.spec.containers')).length) {
    return 'spec.template';
  }
  return undefined;
}

export function extractPodTemplate(res: Resource): PodTemplate | undefined {
  const path = templatePath(res);
  if (path === undefined) return undefined;
  const tpl = path === '' ? res.node : asMap(getPath(res.node, path));
  if (!tpl) return undefined; // no template at all: the schema reports the missing (or misspelt) field
  const metadata = asMap(get(tpl, 'metadata'));
  const labelsNode = asMap(get(metadata, 'labels'));
  const spec = asMap(get(tpl, 'spec'));
  const containers: Container[] = [];
  for (const [key, init] of [['containers', false], ['initContainers', true]] as const) {
    for (const c of items(get(spec, key))) {
      const cm = asMap(c);
      if (!cm) continue;
      containers.push({ name: str(get(cm, 'name')), node: cm, init, ports: extractPorts(cm) });
    }
  }
  return { owner: res, path, metadata, labels: stringMap(labelsNode), labelsNode, spec, containers };
}

function extractPorts(container: YAMLMap<unknown, unknown>): ContainerPort[] {
  const out: ContainerPort[] = [];
  for (const p of items(get(container, 'ports'))) {
    const pm = asMap(p);
    if (!pm) continue;
    out.push({ containerPort: num(get(pm, 'containerPort')), name: str(get(pm, 'name')), protocol: str(get(pm, 'protocol')) ?? 'TCP', node: pm });
  }
  return out;
}

function ref(res: Resource, targetKind: ReferenceKind, holder: Node | undefined, nameKey: string, via: string,
  extra: Partial<Reference> = {}): Reference | undefined {
  const pair = getPair(holder, nameKey);
  const name = str(pair?.value);
  if (!pair || !name || !pair.value) return undefined;
  const r: Reference = {
    owner: res, targetKind, name, namespace: res.namespace, optional: bool(get(holder, 'optional')) === true, via,
    nameNode: pair.value, namePair: pair, ...extra,
  };
  res.references.push(r);
  return r;
}

function collectPodSpecReferences(res: Resource, tpl: PodTemplate): void {
  const spec = tpl.spec;
  if (!spec) return;
  for (const c of tpl.containers) {
    for (const ef of items(get(c.node, 'envFrom'))) {
      ref(res, 'ConfigMap', get(ef, 'configMapRef'), 'name', 'envFrom');
      ref(res, 'Secret', get(ef, 'secretRef'), 'name', 'envFrom');
    }
    for (const e of items(get(c.node, 'env'))) {
      const vf = get(e, 'valueFrom');
      for (const [k, kind] of [['configMapKeyRef', 'ConfigMap'], ['secretKeyRef', 'Secret']] as const) {
        const holder = get(vf, k);
        if (!holder) continue;
        const keyNode = get(holder, 'key');
        ref(res, kind, holder, 'name', 'env', { key: text(keyNode), keyNode });
      }
    }
  }
  for (const v of items(get(spec, 'volumes'))) {
    const cm = get(v, 'configMap');
    if (cm) volumeRef(res, 'ConfigMap', cm, 'name');
    const sec = get(v, 'secret');
    if (sec) volumeRef(res, 'Secret', sec, 'secretName');
    ref(res, 'PersistentVolumeClaim', get(v, 'persistentVolumeClaim'), 'claimName', 'volume');
    for (const src of items(getPath(v, 'projected.sources'))) {
      const pcm = get(src, 'configMap');
      if (pcm) volumeRef(res, 'ConfigMap', pcm, 'name');
      const psec = get(src, 'secret');
      if (psec) volumeRef(res, 'Secret', psec, 'name');
    }
  }
  for (const s of items(get(spec, 'imagePullSecrets'))) ref(res, 'Secret', s, 'name', 'imagePullSecrets');
  if (!ref(res, 'ServiceAccount', spec, 'serviceAccountName', 'serviceAccountName')) {
    ref(res, 'ServiceAccount', spec, 'serviceAccount', 'serviceAccountName');
  }
}

function volumeRef(res: Resource, kind: ReferenceKind, holder: Node, nameKey: string): void {
  const r = ref(res, kind, holder, nameKey, 'volume');
  if (!r) return;
  for (const it of items(get(holder, 'items'))) {
    const keyNode = get(it, 'key');
    const key = text(keyNode);
    if (key === undefined || !keyNode) continue;
    res.references.push({ ...r, key, keyNode });
  }
}

function collectIngressBackend(res: Resource, backend: Node | undefined): void {
  if (!backend) return;
  const svc = get(backend, 'service');
  if (svc) {
    const portNode = get(get(svc, 'port'), 'number') ?? get(get(svc, 'port'), 'name');
    const port = num(portNode) ?? str(portNode);
    ref(res, 'Service', svc, 'name', 'ingress', { port, portNode });
    return;
  }
  // Old syntax (extensions/v1beta1, networking.k8s.io/v1beta1): serviceName / servicePort.
  const portNode = get(backend, 'servicePort');
  ref(res, 'Service', backend, 'serviceName', 'ingress', { port: num(portNode) ?? str(portNode), portNode });
}

function collectReferences(res: Resource): void {
  if (res.podTemplate) collectPodSpecReferences(res, res.podTemplate);
  const spec = get(res.node, 'spec');
  switch (res.kind) {
    case 'Ingress':
      collectIngressBackend(res, get(spec, 'defaultBackend') ?? get(spec, 'backend'));
      for (const rule of items(get(spec, 'rules'))) {
        for (const p of items(getPath(rule, 'http.paths'))) collectIngressBackend(res, get(p, 'backend'));
      }
      for (const tls of items(get(spec, 'tls'))) ref(res, 'Secret', tls, 'secretName', 'ingressTls');
      break;
    case 'HorizontalPodAutoscaler': {
      if (res.group !== 'autoscaling') break;
      const target = get(spec, 'scaleTargetRef');
      const k = str(get(target, 'kind'));
      const group = groupOf(str(get(target, 'apiVersion')) ?? 'apps/v1');
      if ((k === 'Deployment' || k === 'StatefulSet' || k === 'ReplicaSet') && (group === 'apps' || group === 'extensions')) {
        ref(res, k, target, 'name', 'scaleTargetRef');
      }
      break;
    }
    case 'StatefulSet':
      ref(res, 'Service', spec, 'serviceName', 'statefulSet');
      break;
    case 'RoleBinding':
    case 'ClusterRoleBinding': {
      const roleRef = get(res.node, 'roleRef');
      const k = str(get(roleRef, 'kind'));
      if (k === 'Role' || k === 'ClusterRole') {
        const r = ref(res, k, roleRef, 'name', 'roleRef');
        if (r && k === 'ClusterRole') r.namespace = '';
      }
      for (const s of items(get(res.node, 'subjects'))) {
        if (str(get(s, 'kind')) !== 'ServiceAccount') continue;
        const r = ref(res, 'ServiceAccount', s, 'name', 'subjects');
        if (r) r.namespace = str(get(s, 'namespace')) ?? res.namespace ?? 'default';
      }
      break;
    }
    default:
      break;
  }
}
