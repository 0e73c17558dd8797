// « Pourquoi ça ne marche pas ? » — the traffic-path doctor. Walks Ingress → Service → Pods → containers → config on a
// read-only view of one namespace and stops at the first broken link. Pure: no vscode, no network (the view's optional
// callbacks fetch logs or look at other namespaces).
import { byName, controllerOf, podsOf } from './objects';
import { podHops } from './pods';
import { ingressChain, serviceChain } from './service';
import type { DoctorReport, DoctorView, Lang, StartRef } from './types';
import { Walker } from './walker';
import { workloadExists, workloadHops } from './workload';

export * from './types';
export { renderText } from './render';

export async function diagnose(view: DoctorView, start: StartRef, lang: Lang = 'fr'): Promise<DoctorReport> {
  const w = new Walker(view, lang);
  switch (start.kind) {
    case 'Ingress': await ingressChain(w, start.name); break;
    case 'Service': await serviceChain(w, start.name); break;
    case 'Pod': await podChain(w, start.name); break;
    default: await workloadChain(w, start.kind, start.name);
  }
  const firstBroken = w.hops.findIndex((h) => h.status === 'broken');
  return { start: { ...start, namespace: view.namespace }, verdict: w.verdict(), hops: w.hops, ...(firstBroken >= 0 ? { firstBroken } : {}) };
}

async function workloadChain(w: Walker, kind: string, name: string): Promise<void> {
  const wl = workloadExists(w, kind, name);
  if (!wl) return;
  w.podOwner = w.obj(kind, name);
  if (w.denied('pods', 'pods', w.t('pods.scheduled.checked'), `kubectl get pods -n ${w.ns}`)) return;
  if (!workloadHops(w, wl)) return;
  const pods = podsOf(w.view, kind, name);
  if (pods.length) await podHops(w, pods, { job: kind === 'Job' });
}

async function podChain(w: Walker, name: string): Promise<void> {
  const obj = w.obj('Pod', name);
  const checked = w.t('pod.exists.checked', { name });
  const kubectl = `kubectl get pod ${name} -n ${w.ns}`;
  if (w.denied('pod.exists', 'pods', checked, kubectl, obj)) return;
  const pod = byName(w.view, 'pods', name);
  if (!pod) return void w.bad('pod.exists', checked, { code: 'pod.missing', params: { name, namespace: w.ns } }, kubectl, obj);
  w.ok('pod.exists', checked, w.t('pod.exists.ok', { phase: String(pod.status?.phase ?? '?') }), kubectl, obj);
  const owner = controllerOf(pod);
  if (owner) {
    const rs = owner.kind === 'ReplicaSet' ? byName(w.view, 'replicasets', owner.name) : undefined;
    const top = rs && controllerOf(rs)?.kind === 'Deployment' ? controllerOf(rs)! : owner;
    w.podOwner = w.obj(top.kind, top.name);
  }
  await podHops(w, [pod], { job: owner?.kind === 'Job' });
}
