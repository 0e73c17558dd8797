// Pod-level links: storage (PVC bound) → scheduled → images pulled → config present → running → ready.
import { byName, condition, containersOf, eventsFor, nameOf, podSpec, statusesOf, uniq, type Json } from './objects';
import { configHop } from './config';
import { plainList, quoteList } from './text';
import type { KObject } from './types';
import { explainState, hasStateExplanation } from '../cluster/explainCatalog';
import type { Walker } from './walker';

const IMAGE_PULL = ['ImagePullBackOff', 'ErrImagePull', 'InvalidImageName', 'ErrImageNeverPull'];
const LOG_LINES = 10;

/**
 * The kubelet's reasons the doctor can meet on a container or a Pod (waiting, last termination, failed Pod). Each one
 * is explained by the one catalogue of states (core/i18n/explain), French and English (test/unit/doctor).
 */
export const POD_REASONS = [
  'ContainerCreating', 'PodInitializing', 'CreateContainerConfigError', 'CreateContainerError', 'RunContainerError',
  'ContainerCannotRun', 'StartError', 'CrashLoopBackOff', 'ImagePullBackOff', 'ErrImagePull', 'InvalidImageName',
  'ErrImageNeverPull', 'Error', 'OOMKilled', 'Completed', 'Evicted', 'DeadlineExceeded',
] as const;

/** The catalogue's explanation of a kubelet reason as a hop's why/fix, when it has one. */
function explained(w: Walker, reason: string | undefined): { whyText?: string; fixText?: string } {
  if (!reason || !hasStateExplanation(reason)) return {};
  const e = explainState(w.lang, reason);
  return { whyText: e.cause ? `${e.text} ${e.cause}` : e.text, ...(e.remedy ? { fixText: e.remedy } : {}) };
}

/** Runs the Pod-level hops on `pods` (all non-empty); returns false at the first broken link. */
export async function podHops(w: Walker, pods: KObject[], opts: { job?: boolean } = {}): Promise<boolean> {
  return storageHop(w, pods) && scheduledHop(w, pods) && imagesHop(w, pods) && configHop(w, pods)
    && (await runningHop(w, pods, opts.job ?? false)) && (opts.job ? true : readyHop(w, pods));
}

const ns = (w: Walker) => `-n ${w.ns}`;

function storageHop(w: Walker, pods: KObject[]): boolean {
  const claims = uniq(pods.flatMap((p) => ((podSpec(p).volumes ?? []) as Json[]).map((v) => v.persistentVolumeClaim?.claimName).filter(Boolean) as string[]));
  if (!claims.length) return true;
  const checked = w.t('pods.storage.checked');
  const kubectl = `kubectl get pvc ${claims.join(' ')} ${ns(w)}`;
  if (w.denied('pods.storage', 'persistentvolumeclaims', checked, kubectl)) return true;
  for (const name of claims) {
    const pvc = byName(w.view, 'persistentvolumeclaims', name);
    const object = w.obj('PersistentVolumeClaim', name);
    if (!pvc) return w.bad('pods.storage', checked, { code: 'pvc.missing', params: { name } }, kubectl, object);
    if ((pvc.status as Json)?.phase !== 'Bound') {
      return w.bad('pods.storage', checked, { code: 'pvc.pending', params: { name, reason: pendingReason(w, pvc) } }, `kubectl describe pvc ${name} ${ns(w)}`, object);
    }
  }
  return w.ok('pods.storage', checked, w.t('pods.storage.ok', { claims: quoteList(w.lang, claims) }), kubectl);
}

function pendingReason(w: Walker, pvc: KObject): string {
  const sc = (pvc.spec as Json)?.storageClassName as string | undefined;
  const classes = w.view.forbidden.storageclasses === undefined ? w.view.objects.storageclasses : undefined;
  if (classes) {
    if (sc && !classes.some((c) => c.metadata.name === sc)) return w.t('pvc.reason.storageClassMissing', { storageClass: sc });
    const hasDefault = classes.some((c) => c.metadata.annotations?.['storageclass.kubernetes.io/is-default-class'] === 'true');
    if (sc === undefined && !hasDefault) return w.t('pvc.reason.noStorageClass');
  }
  const ev = eventsFor(w.view, 'PersistentVolumeClaim', nameOf(pvc), ['FailedBinding', 'ProvisioningFailed'])[0];
  if (ev && /no storage class is set/i.test(String(ev.message))) return w.t('pvc.reason.noStorageClass');
  if (ev && /storageclass\.storage\.k8s\.io "([^"]+)" not found/i.test(String(ev.message))) {
    return w.t('pvc.reason.storageClassMissing', { storageClass: sc ?? '' });
  }
  if (ev?.message) return String(ev.message);
  if (sc === undefined && !classes) return w.t('pvc.reason.noVolume');
  return w.t('pvc.reason.noVolume');
}

function scheduledHop(w: Walker, pods: KObject[]): boolean {
  const checked = w.t('pods.scheduled.checked');
  for (const p of pods) {
    const sched = condition(p, 'PodScheduled');
    const placed = Boolean((p.spec as Json)?.nodeName) || sched?.status === 'True';
    if (placed) continue;
    const ev = eventsFor(w.view, 'Pod', nameOf(p), ['FailedScheduling'])[0];
    const reason = String(sched?.message || ev?.message || w.t('pods.unschedulable.noReason'));
    return w.bad('pods.scheduled', checked, { code: 'pods.unschedulable', params: { pod: nameOf(p), reason } },
      `kubectl describe pod ${nameOf(p)} ${ns(w)}`, w.obj('Pod', nameOf(p)));
  }
  return w.ok('pods.scheduled', checked, w.t('pods.scheduled.ok', { count: pods.length }), `kubectl get pods ${pods.map(nameOf).slice(0, 3).join(' ')} -o wide ${ns(w)}`);
}

function imagesHop(w: Walker, pods: KObject[]): boolean {
  const checked = w.t('pods.images.checked');
  for (const p of pods) {
    for (const cs of statusesOf(p)) {
      const reason = cs.state?.waiting?.reason;
      if (!IMAGE_PULL.includes(reason)) continue;
      const spec = containersOf(podSpec(p)).find((c) => c.name === cs.name);
      const image = String(spec?.image ?? cs.image ?? '');
      const ev = eventsFor(w.view, 'Pod', nameOf(p), ['Failed'])[0];
      const msg = String(ev?.message ?? cs.state.waiting.message ?? '');
      const message = msg ? w.t('punct.colonValue', { value: msg }) : '';
      return w.bad('pods.images', checked, { code: 'pods.imagePull', params: { image, reason, message } },
        `kubectl describe pod ${nameOf(p)} ${ns(w)}`, w.obj('Pod', nameOf(p)));
    }
  }
  const images = uniq(pods.flatMap((p) => containersOf(podSpec(p)).map((c) => String(c.image))));
  return w.ok('pods.images', checked, w.t('pods.images.ok', { images: plainList(w.lang, images, 4) }), `kubectl get pods ${pods.map(nameOf).slice(0, 3).join(' ')} ${ns(w)}`);
}

async function runningHop(w: Walker, pods: KObject[], job: boolean): Promise<boolean> {
  const checked = w.t('pods.running.checked');
  let running = 0;
  for (const p of pods) {
    // a Pod the node gave up (Evicted, DeadlineExceeded…): its containers' states do not say why
    const st = p.status as Json | undefined;
    if (!job && st?.phase === 'Failed') {
      const reason = String(st.reason ?? 'Failed');
      const message = st.message ? w.t('punct.colonValue', { value: String(st.message) }) : '';
      return w.bad('pods.running', checked, { code: 'pods.podFailed', params: { pod: nameOf(p), reason, message }, ...explained(w, reason) },
        `kubectl describe pod ${nameOf(p)} ${ns(w)}`, w.obj('Pod', nameOf(p)));
    }
    for (const cs of statusesOf(p)) {
      const waiting = cs.state?.waiting;
      const term = cs.lastState?.terminated ?? cs.state?.terminated;
      const failedOnce = (job || (p.status as Json)?.phase === 'Failed') && cs.state?.terminated && cs.state.terminated.exitCode !== 0;
      if (waiting?.reason === 'CrashLoopBackOff' || failedOnce) {
        const pod = nameOf(p);
        const logs = await previousLogs(w, pod, cs.name);
        // OOMKilled, ContainerCannotRun…: the termination's own reason explains the crash better than "the app stops"
        const special = term?.reason && term.reason !== 'Error' && term.reason !== 'Completed' ? String(term.reason) : undefined;
        const why = explained(w, special);
        return w.bad('pods.running', checked, {
          code: 'pods.crashLoop',
          params: { pod, container: cs.name, restarts: cs.restartCount ?? 0, exitCode: term?.exitCode ?? '?' },
          ...(special ? { extra: w.t('pods.crashLoop.reason', { reason: special }), ...(why.whyText ? { whyText: why.whyText } : {}) } : {}),
          ...(why.fixText ? { fixText: why.fixText } : {}),
        }, `kubectl logs ${pod} -c ${cs.name} --previous ${ns(w)}`, w.obj('Pod', pod), logs);
      }
      if (waiting?.reason && !IMAGE_PULL.includes(waiting.reason)) {
        const message = waiting.message ? ` (${waiting.message})` : '';
        return w.bad('pods.running', checked, { code: 'pods.waiting', params: { pod: nameOf(p), container: cs.name, reason: waiting.reason, message }, ...explained(w, waiting.reason) },
          `kubectl describe pod ${nameOf(p)} ${ns(w)}`, w.obj('Pod', nameOf(p)));
      }
      if (cs.state?.running || cs.state?.terminated?.exitCode === 0) running++;
    }
  }
  return w.ok('pods.running', checked, w.t('pods.running.ok', { count: running }), `kubectl get pods ${pods.map(nameOf).slice(0, 3).join(' ')} ${ns(w)}`);
}

async function previousLogs(w: Walker, pod: string, container: string): Promise<string[] | undefined> {
  if (!w.view.previousLogs) return undefined;
  const r = await w.view.previousLogs(pod, container);
  if (!r) return undefined;
  if ('unavailable' in r) return [w.t('logs.unavailable', { detail: r.unavailable })];
  return r.lines.slice(-LOG_LINES);
}

function readyHop(w: Walker, pods: KObject[]): boolean {
  const checked = w.t('pods.ready.checked');
  const notReady = pods.filter((p) => condition(p, 'Ready')?.status !== 'True');
  if (!notReady.length) {
    return w.ok('pods.ready', checked, w.t('pods.ready.ok', { ready: pods.length, count: pods.length }), `kubectl get pods ${pods.map(nameOf).slice(0, 3).join(' ')} ${ns(w)}`);
  }
  const ev = notReady.map((p) => eventsFor(w.view, 'Pod', nameOf(p), ['Unhealthy'])[0]).find(Boolean);
  const q = (s: string) => w.t('punct.colonQuote', { value: s });
  const first = nameOf(notReady[0]);
  return w.bad('pods.ready', checked, {
    code: 'pods.notReady', params: { notReady: notReady.length, count: pods.length, message: ev?.message ? q(String(ev.message)) : '' },
  }, `kubectl describe pod ${first} ${ns(w)}`, w.obj('Pod', first));
}
