// Traffic links: Ingress → Service (exists, port) → selector matches Pods (same namespace) → targetPort ↔ containerPort
// → the workloads and Pods behind it → EndpointSlices ready.
import {
  byName, containersOf, isTerminating, items, matchesSelector, nameOf, podSpec, selectorText, topOwner, uniq, WORKLOAD_RESOURCE, type Json,
} from './objects';
import { podHops } from './pods';
import { plainList, quoteList } from './text';
import type { KObject } from './types';
import type { Walker } from './walker';
import { workloadHops, type Workload } from './workload';

interface Backend { path: string; service: string; port: string | number }

export async function ingressChain(w: Walker, name: string): Promise<void> {
  const obj = w.obj('Ingress', name);
  const checked = w.t('ingress.exists.checked', { name });
  const kubectl = `kubectl get ingress ${name} -n ${w.ns}`;
  if (w.denied('ingress.exists', 'ingresses', checked, kubectl, obj)) return;
  const ing = byName(w.view, 'ingresses', name);
  if (!ing) return void w.bad('ingress.exists', checked, { code: 'ingress.missing', params: { name, namespace: w.ns } }, kubectl, obj);
  w.ok('ingress.exists', checked, w.t('ingress.exists.ok'), kubectl, obj);
  const backends = backendsOf(ing);
  const describe = `kubectl describe ingress ${name} -n ${w.ns}`;
  if (!backends.length) {
    return void w.bad('ingress.backend', w.t('ingress.noBackend.checked', { name }), { code: 'ingress.noBackend', params: {} }, describe, obj);
  }
  for (const b of backends) {
    const checkedB = w.t('ingress.backend.checked', { path: b.path, service: b.service, port: b.port });
    if (w.denied('ingress.backend', 'services', checkedB, describe, obj)) return;
    const svc = byName(w.view, 'services', b.service);
    if (!svc) {
      const services = quoteList(w.lang, items(w.view, 'services').map(nameOf));
      return void w.bad('ingress.backend', checkedB, { code: 'ingress.serviceMissing', params: { service: b.service, services, namespace: w.ns } }, describe, obj);
    }
    const ports = ((svc.spec as Json)?.ports ?? []) as Json[];
    if (!ports.some((p) => p.port === b.port || (p.name && p.name === b.port))) {
      const list = plainList(w.lang, ports.map((p) => (p.name ? `${p.port} (${p.name})` : p.port)));
      return void w.bad('ingress.backend', checkedB, { code: 'ingress.portMissing', params: { service: b.service, port: b.port, ports: list } },
        `kubectl get service ${b.service} -n ${w.ns} -o jsonpath='{.spec.ports}'`, obj);
    }
    w.ok('ingress.backend', checkedB, w.t('ingress.backend.ok', { service: b.service, port: b.port }), describe, obj);
  }
  for (const s of uniq(backends.map((b) => b.service))) {
    await serviceChain(w, s, { exists: true });
    if (w.broken) return;
  }
}

function backendsOf(ing: KObject): Backend[] {
  const spec = (ing.spec ?? {}) as Json;
  const out: Backend[] = [];
  const add = (path: string, b: Json) => {
    const s = b?.service;
    if (s?.name) out.push({ path, service: s.name, port: s.port?.number ?? s.port?.name ?? '?' });
  };
  for (const r of (spec.rules ?? []) as Json[]) {
    for (const p of (r.http?.paths ?? []) as Json[]) add(`${r.host ?? ''}${p.path ?? '/'}`, p.backend);
  }
  if (spec.defaultBackend) add('*', spec.defaultBackend);
  const seen = new Set<string>();
  return out.filter((b) => !seen.has(`${b.service}:${b.port}`) && seen.add(`${b.service}:${b.port}`));
}

export async function serviceChain(w: Walker, name: string, known: { exists?: boolean } = {}): Promise<void> {
  const obj = w.obj('Service', name);
  const checked = w.t('service.exists.checked', { name });
  const kubectl = `kubectl get service ${name} -n ${w.ns}`;
  if (w.denied('service.exists', 'services', checked, kubectl, obj)) return;
  const svc = byName(w.view, 'services', name);
  if (!svc) return void w.bad('service.exists', checked, { code: 'service.missing', params: { name, namespace: w.ns } }, kubectl, obj);
  const spec = (svc.spec ?? {}) as Json;
  if (spec.type === 'ExternalName') return void w.ok('service.exists', checked, w.t('service.external.ok', { target: spec.externalName }), kubectl, obj);
  if (!known.exists) w.ok('service.exists', checked, w.t('service.exists.ok', { type: spec.type ?? 'ClusterIP' }), kubectl, obj);

  const selector = (spec.selector ?? {}) as Record<string, string>;
  const sel = selectorText(selector);
  const checkedSel = w.t('service.selector.checked', { selector: sel || '{}' });
  const kubectlSel = `kubectl get pods -l ${sel} -n ${w.ns} --show-labels`;
  if (!sel) {
    w.unknown('service.selector', 'service.noSelector', checkedSel, w.t('service.noSelector.seen'), w.t('service.noSelector.fix'), kubectl, obj);
    endpointsHop(w, name);
    return;
  }
  if (w.denied('service.selector', 'pods', checkedSel, kubectlSel, obj)) {
    endpointsHop(w, name);
    return;
  }
  const pods = items(w.view, 'pods').filter((p) => !isTerminating(p) && matchesSelector(selector, p.metadata.labels));
  const templates = templateMatches(w, selector);
  if (!pods.length && !templates.length) {
    const elsewhere = (await w.view.podsElsewhere?.(selector))?.filter((n) => n !== w.ns) ?? [];
    if (elsewhere.length) {
      return void w.bad('service.selector', checkedSel, { code: 'service.otherNamespace', params: { selector: sel, namespace: w.ns, other: elsewhere[0] } }, kubectlSel, obj);
    }
    const near = nearLabels(items(w.view, 'pods'), selector);
    return void w.bad('service.selector', checkedSel, { code: 'service.noMatch', params: { selector: sel, namespace: w.ns, near: plainList(w.lang, near, 5) } }, kubectlSel, obj);
  }
  const workloads = workloadsBehind(w, pods, templates);
  w.ok('service.selector', checkedSel, pods.length
    ? w.t('service.selector.ok', { count: pods.length, pods: quoteList(w.lang, pods.map(nameOf), 3) })
    : w.t('service.selector.okTemplate', { workloads: plainList(w.lang, workloads.map((x) => `${x.kind}/${x.name}`)) }), kubectlSel, obj);

  const specs = (pods.length ? pods : templates.map((t) => t.object)).map(podSpec);
  if (!portsHop(w, svc, specs)) return;
  if (workloads.length === 1) w.podOwner = w.obj(workloads[0].kind, workloads[0].name);
  for (const wl of workloads) if (!workloadHops(w, wl)) return;
  const live = items(w.view, 'pods').filter((p) => !isTerminating(p) && matchesSelector(selector, p.metadata.labels));
  if (!live.length) return void w.bad('workload.create', w.t('workload.create.checked', { name }), { code: 'workload.noPods', params: { namespace: w.ns } }, kubectlSel, obj);
  if (!(await podHops(w, live))) return;
  endpointsHop(w, name);
}

function templateMatches(w: Walker, selector: Record<string, string>): Workload[] {
  const out: Workload[] = [];
  for (const [kind, res] of Object.entries(WORKLOAD_RESOURCE)) {
    for (const o of items(w.view, res)) {
      if (kind === 'ReplicaSet' && o.metadata.ownerReferences?.length) continue;
      if (matchesSelector(selector, (o.spec as Json)?.template?.metadata?.labels)) out.push({ kind, name: nameOf(o), object: o });
    }
  }
  return out;
}

function workloadsBehind(w: Walker, pods: KObject[], templates: Workload[]): Workload[] {
  const out = new Map<string, Workload>();
  for (const p of pods) {
    const o = topOwner(w.view, p);
    if (o?.object) out.set(`${o.kind}/${o.name}`, { kind: o.kind, name: o.name, object: o.object });
  }
  for (const t of templates) out.set(`${t.kind}/${t.name}`, t);
  return [...out.values()];
}

function portsHop(w: Walker, svc: KObject, specs: Json[]): boolean {
  const name = nameOf(svc);
  const checked = w.t('service.ports.checked');
  const kubectl = `kubectl get service ${name} -n ${w.ns} -o jsonpath='{.spec.ports}'`;
  const cports = specs.flatMap((s) => containersOf(s).flatMap((c) => (c.ports ?? []) as Json[]));
  const targets = (((svc.spec as Json)?.ports ?? []) as Json[]).map((p) => p.targetPort ?? p.port);
  const obj = w.obj('Service', name);
  for (const t of targets) {
    if (typeof t === 'string' && !/^\d+$/.test(t)) {
      if (!cports.some((c) => c.name === t)) {
        return w.bad('service.ports', checked, {
          code: 'service.targetPortName', params: { target: t, names: quoteList(w.lang, uniq(cports.map((c) => c.name).filter(Boolean))) },
        }, kubectl, obj);
      }
    } else if (cports.length && !cports.some((c) => c.containerPort === Number(t))) {
      const ports = plainList(w.lang, uniq(cports.map((c) => c.containerPort)));
      return w.bad('service.ports', checked, { code: 'service.targetPortNumber', params: { target: t, ports, suggest: cports[0].containerPort } }, kubectl, obj);
    }
  }
  const list = plainList(w.lang, targets);
  if (!cports.length && targets.some((t) => typeof t === 'number' || /^\d+$/.test(String(t)))) {
    return w.unknown('service.ports', 'service.portsUndeclared', checked, w.t('service.portsUndeclared.seen', { targets: list }), w.t('service.portsUndeclared.fix'), kubectl, obj);
  }
  return w.ok('service.ports', checked, w.t('service.ports.ok', { targets: list }), kubectl, obj);
}

function endpointsHop(w: Walker, name: string): void {
  const checked = w.t('endpoints.checked');
  const kubectl = `kubectl get endpointslices -l kubernetes.io/service-name=${name} -n ${w.ns}`;
  const obj = w.obj('Service', name);
  if (w.denied('endpoints', 'endpointslices', checked, kubectl, obj)) return;
  const slices = items(w.view, 'endpointslices').filter((s) => s.metadata.labels?.['kubernetes.io/service-name'] === name);
  const eps = slices.flatMap((s) => ((s as Json).endpoints ?? []) as Json[]);
  const ready = eps.filter((e) => e.conditions?.ready !== false).length;
  if (!ready) return void w.bad('endpoints', checked, { code: 'endpoints.none', params: { notReady: eps.length - ready } }, kubectl, obj);
  w.ok('endpoints', checked, w.t('endpoints.ok', { ready }), kubectl, obj);
}

/** Labels of the namespace's Pods on the selector's keys, the most similar values first (`app=web` for `app=wbe`). */
function nearLabels(pods: KObject[], selector: Record<string, string>): string[] {
  const score = (a: string, b: string) => {
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    return i;
  };
  const found = pods.flatMap((p) => Object.entries(selector)
    .filter(([k]) => p.metadata.labels?.[k] !== undefined)
    .map(([k, want]) => ({ text: `${k}=${p.metadata.labels![k]}`, score: score(want, p.metadata.labels![k]) })));
  found.sort((x, y) => y.score - x.score);
  return uniq(found.map((f) => f.text));
}
