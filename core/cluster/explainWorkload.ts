// State at a glance of workloads and other objects (Deployment, ReplicaSet, StatefulSet, DaemonSet, Job, CronJob,
// Service, Ingress, PVC), with the catalogue key and arguments of their explanation. Pure module.
import type { Severity } from './explainPod';
import type { EndpointSliceView, IngressView, PvcView, ServiceView, WorkloadView } from './watchTypes';

export interface ObjectState {
  /** Short text for the tree item's description: « 2/3 », « Terminé », « 0 Pod »… (built by the tree from these fields). */
  ready?: number;
  desired?: number;
  severity: Severity;
  reasonKey: string;
  args: Record<string, string | number>;
  /** Message from a condition (e.g. ReplicaFailure), untranslated. */
  detail?: string;
}

function cond(w: WorkloadView, type: string) {
  return w.status?.conditions?.find((c) => c.type === type);
}

function replicaState(ready: number, desired: number, updated: number, available: number, rolling: boolean): ObjectState {
  const args = { ready, desired, updated, available };
  if (desired === 0 && ready === 0) return { ready, desired, severity: 'ok', reasonKey: 'ScaledToZero', args };
  if (rolling) return { ready, desired, severity: 'progress', reasonKey: 'RollingOut', args };
  if (ready >= desired) return { ready, desired, severity: 'ok', reasonKey: 'WorkloadReady', args };
  return { ready, desired, severity: 'progress', reasonKey: 'WorkloadNotReady', args };
}

export function deploymentState(d: WorkloadView): ObjectState {
  const s = d.status ?? {};
  const desired = d.spec?.replicas ?? 1;
  const ready = s.readyReplicas ?? 0;
  const updated = s.updatedReplicas ?? 0;
  const available = s.availableReplicas ?? 0;
  const args = { ready, desired, updated, available };
  const failure = cond(d, 'ReplicaFailure');
  if (failure?.status === 'True') return { ready, desired, severity: 'error', reasonKey: 'ReplicaFailure', args, detail: failure.message };
  const progressing = cond(d, 'Progressing');
  if (progressing?.reason === 'ProgressDeadlineExceeded') {
    return { ready, desired, severity: 'error', reasonKey: 'ProgressDeadlineExceeded', args, detail: progressing.message };
  }
  if (d.spec?.paused) return { ready, desired, severity: 'warning', reasonKey: 'Paused', args };
  // kubectl rollout status' rules, in order.
  const observed = (d.metadata.generation ?? 0) <= (s.observedGeneration ?? 0);
  const rolling = !observed || updated < desired || (s.replicas ?? 0) > updated || available < updated;
  return replicaState(ready, desired, updated, available, rolling);
}

export function replicaSetState(rs: WorkloadView): ObjectState {
  const desired = rs.spec?.replicas ?? 1;
  const ready = rs.status?.readyReplicas ?? 0;
  const failure = cond(rs, 'ReplicaFailure');
  if (failure?.status === 'True') return { ready, desired, severity: 'error', reasonKey: 'ReplicaFailure', args: { ready, desired }, detail: failure.message };
  return replicaState(ready, desired, desired, rs.status?.availableReplicas ?? 0, false);
}

export function statefulSetState(ss: WorkloadView): ObjectState {
  const s = ss.status ?? {};
  const desired = ss.spec?.replicas ?? 1;
  const ready = s.readyReplicas ?? 0;
  const updated = s.updatedReplicas ?? 0;
  const observed = (ss.metadata.generation ?? 0) <= (s.observedGeneration ?? 0);
  const rolling = !observed || (desired > 0 && updated < desired && ready >= desired);
  return replicaState(ready, desired, updated, s.availableReplicas ?? ready, rolling);
}

export function daemonSetState(ds: WorkloadView): ObjectState {
  const s = ds.status ?? {};
  const desired = s.desiredNumberScheduled ?? 0;
  const ready = s.numberReady ?? 0;
  const updated = s.updatedNumberScheduled ?? 0;
  const observed = (ds.metadata.generation ?? 0) <= (s.observedGeneration ?? 0);
  return replicaState(ready, desired, updated, s.numberAvailable ?? 0, !observed || updated < desired);
}

export function jobState(j: WorkloadView): ObjectState {
  const s = j.status ?? {};
  const desired = j.spec?.completions ?? 1;
  const succeeded = s.succeeded ?? 0;
  const active = typeof s.active === 'number' ? s.active : 0;
  const args = { succeeded, active, desired, failed: s.failed ?? 0 };
  const failed = cond(j, 'Failed');
  if (failed?.status === 'True') return { ready: succeeded, desired, severity: 'error', reasonKey: 'JobFailed', args, detail: failed.message ?? failed.reason };
  if (cond(j, 'Complete')?.status === 'True') return { ready: succeeded, desired, severity: 'done', reasonKey: 'JobComplete', args };
  if (j.spec?.suspend) return { ready: succeeded, desired, severity: 'warning', reasonKey: 'CronJobSuspended', args };
  return { ready: succeeded, desired, severity: 'progress', reasonKey: 'JobRunning', args };
}

export function cronJobState(cj: WorkloadView): ObjectState {
  const active = Array.isArray(cj.status?.active) ? cj.status.active.length : 0;
  const args = { active, schedule: cj.spec?.schedule ?? '?' };
  if (cj.spec?.suspend) return { severity: 'warning', reasonKey: 'CronJobSuspended', args };
  return { severity: active > 0 ? 'progress' : 'ok', reasonKey: 'CronJobScheduled', args };
}

/** Ready endpoints of a Service, read from its EndpointSlices (label kubernetes.io/service-name). */
export function serviceEndpoints(svc: ServiceView, slices: EndpointSliceView[]): { ready: number; notReady: number } {
  let ready = 0;
  let notReady = 0;
  for (const sl of slices) {
    if (sl.metadata.labels?.['kubernetes.io/service-name'] !== svc.metadata.name) continue;
    for (const ep of sl.endpoints ?? []) {
      if (ep.conditions?.ready === false) notReady += ep.addresses.length || 1;
      else ready += ep.addresses.length || 1;
    }
  }
  return { ready, notReady };
}

export function serviceState(svc: ServiceView, slices: EndpointSliceView[]): ObjectState {
  if (svc.spec?.type === 'ExternalName') return { severity: 'ok', reasonKey: 'ExternalName', args: { target: svc.spec.externalName ?? '?' } };
  if (!svc.spec?.selector || Object.keys(svc.spec.selector).length === 0) return { severity: 'ok', reasonKey: 'NoSelector', args: {} };
  const { ready, notReady } = serviceEndpoints(svc, slices);
  if (ready === 0) return { ready, desired: ready + notReady, severity: 'warning', reasonKey: 'NoEndpoints', args: { ready, notReady } };
  return { ready, desired: ready + notReady, severity: 'ok', reasonKey: 'ServiceEndpoints', args: { ready, notReady } };
}

/** URLs an Ingress publishes: http(s)://host/path for each rule path. */
export function ingressUrls(ing: IngressView): { url: string; service?: string; port?: string }[] {
  const tlsHosts = new Set((ing.spec?.tls ?? []).flatMap((t) => t.hosts ?? []));
  const lb = ing.status?.loadBalancer?.ingress?.[0];
  const fallbackHost = lb?.hostname ?? lb?.ip ?? '*';
  const out: { url: string; service?: string; port?: string }[] = [];
  for (const rule of ing.spec?.rules ?? []) {
    const host = rule.host ?? fallbackHost;
    const scheme = rule.host && tlsHosts.has(rule.host) ? 'https' : 'http';
    for (const p of rule.http?.paths ?? []) {
      const svc = p.backend.service;
      out.push({ url: `${scheme}://${host}${p.path ?? '/'}`, service: svc?.name, port: svc?.port?.number !== undefined ? String(svc.port.number) : svc?.port?.name });
    }
  }
  if (out.length === 0 && ing.spec?.defaultBackend?.service) {
    const svc = ing.spec.defaultBackend.service;
    out.push({ url: `http://${fallbackHost}/`, service: svc.name, port: svc.port?.number !== undefined ? String(svc.port.number) : svc.port?.name });
  }
  return out;
}

export function ingressState(ing: IngressView): ObjectState {
  const hasAddress = (ing.status?.loadBalancer?.ingress ?? []).length > 0;
  return hasAddress ? { severity: 'ok', reasonKey: 'IngressReady', args: {} } : { severity: 'progress', reasonKey: 'IngressNoAddress', args: {} };
}

export function pvcState(pvc: PvcView): ObjectState {
  const phase = pvc.status?.phase ?? 'Pending';
  const capacity = pvc.status?.capacity?.storage ?? pvc.spec?.resources?.requests?.storage ?? '?';
  if (phase === 'Bound') return { severity: 'ok', reasonKey: 'Bound', args: { capacity } };
  if (phase === 'Lost') return { severity: 'error', reasonKey: 'Lost', args: { capacity } };
  return { severity: 'progress', reasonKey: 'PvcPending', args: { capacity } };
}
