// Snapshot builders for the doctor's unit tests: a healthy web application (Ingress → Service → Deployment →
// ReplicaSet → Pods, EndpointSlice, ConfigMap, Secret) that each test breaks in one place.
import type { DoctorView, KObject } from '../../../core/doctor';

export const NS = 'demo';
const meta = (name: string, extra: Partial<KObject['metadata']> = {}) => ({ name, namespace: NS, uid: `uid-${name}`, ...extra });

export function container(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'web', image: 'nginx:1.27', ports: [{ containerPort: 80, name: 'http' }],
    env: [{ name: 'MODE', valueFrom: { configMapKeyRef: { name: 'app-config', key: 'mode' } } },
      { name: 'PASSWORD', valueFrom: { secretKeyRef: { name: 'app-secret', key: 'password' } } }],
    ...over,
  };
}

export function deployment(name = 'web', over: { replicas?: number; containers?: unknown[]; volumes?: unknown[]; labels?: Record<string, string> } = {}): KObject {
  return {
    apiVersion: 'apps/v1', kind: 'Deployment', metadata: meta(name),
    spec: {
      replicas: over.replicas ?? 2, selector: { matchLabels: over.labels ?? { app: name } },
      template: { metadata: { labels: over.labels ?? { app: name } }, spec: { containers: over.containers ?? [container()], volumes: over.volumes } },
    },
    status: { replicas: 2, readyReplicas: 2 },
  };
}

export function replicaSet(dep: KObject, suffix = 'abc'): KObject {
  return {
    apiVersion: 'apps/v1', kind: 'ReplicaSet',
    metadata: meta(`${dep.metadata.name}-${suffix}`, { annotations: { 'deployment.kubernetes.io/revision': '1' }, ownerReferences: [{ kind: 'Deployment', name: dep.metadata.name!, controller: true }] }),
    spec: { replicas: (dep.spec as { replicas: number }).replicas, template: (dep.spec as { template: unknown }).template },
  };
}

type PodState = 'ready' | 'notReady' | 'imagePull' | 'crash' | 'pending';

export function pod(rs: KObject, i: number, state: PodState = 'ready'): KObject {
  const tpl = (rs.spec as { template: { metadata: { labels: Record<string, string> }; spec: Record<string, unknown> } }).template;
  const ready = state === 'ready';
  const cs: Record<string, unknown> = { name: 'web', image: 'nginx:1.27', ready, restartCount: 0, state: { running: {} } };
  if (state === 'imagePull') cs.state = { waiting: { reason: 'ImagePullBackOff', message: 'Back-off pulling image' } };
  if (state === 'crash') Object.assign(cs, { restartCount: 3, state: { waiting: { reason: 'CrashLoopBackOff' } }, lastState: { terminated: { exitCode: 1, reason: 'Error' } } });
  return {
    apiVersion: 'v1', kind: 'Pod',
    metadata: meta(`${rs.metadata.name}-${i}`, { labels: tpl.metadata.labels, ownerReferences: [{ kind: 'ReplicaSet', name: rs.metadata.name!, controller: true }] }),
    spec: { ...tpl.spec, ...(state === 'pending' ? {} : { nodeName: 'node-1' }) },
    status: {
      phase: state === 'pending' || state === 'imagePull' ? 'Pending' : 'Running',
      conditions: [
        { type: 'PodScheduled', status: state === 'pending' ? 'False' : 'True', ...(state === 'pending' ? { reason: 'Unschedulable', message: '0/1 nodes are available: 1 Insufficient cpu.' } : {}) },
        { type: 'Ready', status: ready ? 'True' : 'False' },
      ],
      ...(state === 'pending' ? {} : { containerStatuses: [cs] }),
    },
  };
}

export function service(name = 'web', over: { selector?: Record<string, string>; targetPort?: number | string } = {}): KObject {
  return {
    apiVersion: 'v1', kind: 'Service', metadata: meta(name),
    spec: { type: 'ClusterIP', selector: over.selector ?? { app: 'web' }, ports: [{ name: 'http', port: 8080, targetPort: over.targetPort ?? 80 }] },
  };
}

export function slice(svc: string, ready: boolean[]): KObject {
  return {
    apiVersion: 'discovery.k8s.io/v1', kind: 'EndpointSlice',
    metadata: meta(`${svc}-xyz`, { labels: { 'kubernetes.io/service-name': svc } }),
    endpoints: ready.map((r, i) => ({ addresses: [`10.0.0.${i + 1}`], conditions: { ready: r } })),
  };
}

export function ingress(name = 'web', service = 'web', port: number | string = 8080): KObject {
  const p = typeof port === 'number' ? { number: port } : { name: port };
  return {
    apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: meta(name),
    spec: { rules: [{ host: 'web.local', http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: service, port: p } } }] } }] },
  };
}

export function event(kind: string, name: string, reason: string, message: string, t = '2026-01-01T00:00:00Z'): KObject {
  return { apiVersion: 'v1', kind: 'Event', metadata: meta(`${name}.${reason}.${t}`), involvedObject: { kind, name, namespace: NS }, reason, message, type: 'Warning', lastTimestamp: t };
}

export const configMap = (name = 'app-config', data: Record<string, string> = { mode: 'prod' }): KObject =>
  ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: meta(name), data });
export const secret = (name = 'app-secret', data: Record<string, string> = { password: '' }): KObject =>
  ({ apiVersion: 'v1', kind: 'Secret', metadata: meta(name), data });

/** A healthy application: every hop ✔. `podState` breaks the Pods. */
export function healthy(podState: PodState = 'ready'): DoctorView {
  const dep = deployment();
  const rs = replicaSet(dep);
  const pods = [pod(rs, 0, podState), pod(rs, 1, podState)];
  return {
    namespace: NS,
    objects: {
      ingresses: [ingress()], services: [service()], endpointslices: [slice('web', pods.map(() => podState === 'ready'))],
      pods, deployments: [dep], replicasets: [rs], statefulsets: [], daemonsets: [], jobs: [],
      configmaps: [configMap()], secrets: [secret()], persistentvolumeclaims: [], resourcequotas: [], events: [],
    },
    forbidden: {},
  };
}
