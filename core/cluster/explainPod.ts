// The state of a Pod at a glance, computed like `kubectl get pods` (STATUS, READY, RESTARTS columns,
// kubectl's printPod), plus a severity and the key of the French explanation. Pure module.
import type { ContainerStateView, ContainerStatusView, PodView } from './watchTypes';

/** ok: working as intended · progress: on its way · warning: stuck or degraded · error: broken · done: finished. */
export type Severity = 'ok' | 'progress' | 'warning' | 'error' | 'done';

export interface PodState {
  /** What kubectl shows in the STATUS column: Running, CrashLoopBackOff, Init:0/1, Terminating… */
  status: string;
  ready: number;
  total: number;
  restarts: number;
  severity: Severity;
  /** Key into the explanation catalogue (a kubectl status or reason, e.g. 'CrashLoopBackOff', 'Unschedulable'). */
  reasonKey: string;
  /** The most useful message from the API (waiting/terminated message, scheduler message…), untranslated. */
  detail?: string;
  /** Name of the container the status comes from, when one container explains it. */
  container?: string;
  /** Last termination of a restarting container (e.g. OOMKilled, exit code 1). */
  lastTermination?: { container: string; reason?: string; exitCode?: number };
}

const ERROR_REASONS = new Set([
  'CrashLoopBackOff', 'ImagePullBackOff', 'ErrImagePull', 'InvalidImageName', 'ErrImageNeverPull', 'CreateContainerConfigError',
  'CreateContainerError', 'RunContainerError', 'Error', 'OOMKilled', 'ContainerCannotRun', 'Failed', 'Evicted', 'DeadlineExceeded',
  'StartError', 'PreStartHookError', 'PostStartHookError',
]);
const PROGRESS_REASONS = new Set(['ContainerCreating', 'PodInitializing', 'Pending', 'Terminating']);

function terminatedLabel(t: NonNullable<ContainerStateView['terminated']>): string {
  if (t.reason) return t.reason;
  if (t.signal) return `Signal:${t.signal}`;
  return `ExitCode:${t.exitCode ?? 0}`;
}

function baseKey(status: string): string {
  if (status.startsWith('Init:')) {
    const rest = status.slice(5);
    return /^\d+\/\d+$/.test(rest) ? 'Init' : rest;
  }
  if (status.startsWith('Signal:') || status.startsWith('ExitCode:')) return 'Error';
  return status;
}

function severityOf(status: string, pod: PodView, ready: number, total: number): Severity {
  const key = baseKey(status);
  if (status === 'Completed' || status === 'Succeeded') return 'done';
  if (ERROR_REASONS.has(key)) return 'error';
  if (status === 'Terminating' || PROGRESS_REASONS.has(key) || status.startsWith('Init:')) return 'progress';
  if (status === 'Running') {
    if (ready < total) return isUnready(pod) ? 'warning' : 'progress';
    return 'ok';
  }
  if (status === 'NotReady' || status === 'Unknown') return 'warning';
  return 'warning';
}

/** A running pod whose containers have been running long enough to be ready but are not: a readiness probe fails. */
function isUnready(pod: PodView): boolean {
  const c = pod.status?.conditions?.find((x) => x.type === 'Ready');
  return !!c && c.status === 'False' && (c.reason === 'ContainersNotReady');
}

function lastTerminationOf(statuses: ContainerStatusView[]): PodState['lastTermination'] {
  let best: ContainerStatusView | undefined;
  for (const cs of statuses) if (cs.lastState?.terminated && (!best || (cs.restartCount ?? 0) > (best.restartCount ?? 0))) best = cs;
  if (!best?.lastState?.terminated) return undefined;
  return { container: best.name, reason: best.lastState.terminated.reason, exitCode: best.lastState.terminated.exitCode };
}

export function podState(pod: PodView): PodState {
  const st = pod.status ?? {};
  const specContainers = pod.spec?.containers ?? [];
  const statuses = st.containerStatuses ?? [];
  const initStatuses = st.initContainerStatuses ?? [];
  const total = specContainers.length || statuses.length;
  let restarts = 0;
  let ready = 0;
  let status = st.reason || st.phase || 'Pending';
  let detail = st.message;
  let container: string | undefined;

  // Not yet scheduled: the scheduler says why in the PodScheduled condition.
  const sched = st.conditions?.find((c) => c.type === 'PodScheduled');
  if (status === 'Pending' && sched?.status === 'False' && sched.reason === 'Unschedulable') {
    status = 'Unschedulable';
    detail = sched.message;
  }

  let initializing = false;
  const initTotal = pod.spec?.initContainers?.length ?? initStatuses.length;
  initStatuses.forEach((cs, i) => {
    restarts += cs.restartCount ?? 0;
    const t = cs.state?.terminated;
    const w = cs.state?.waiting;
    if (t && t.exitCode === 0) return;
    if (initializing) return;
    if (t) { status = `Init:${terminatedLabel(t)}`; detail = t.message ?? detail; container = cs.name; initializing = true; return; }
    if (w?.reason && w.reason !== 'PodInitializing') { status = `Init:${w.reason}`; detail = w.message ?? detail; container = cs.name; initializing = true; return; }
    status = `Init:${i}/${initTotal}`;
    initializing = true;
  });

  if (!initializing) {
    let hasRunning = false;
    for (let i = statuses.length - 1; i >= 0; i--) {
      const cs = statuses[i];
      restarts += cs.restartCount ?? 0;
      const w = cs.state?.waiting;
      const t = cs.state?.terminated;
      if (w?.reason) { status = w.reason; detail = w.message ?? detail; container = cs.name; }
      else if (t) { status = terminatedLabel(t); detail = t.message ?? detail; container = cs.name; }
      else if (cs.state?.running && cs.ready) { hasRunning = true; ready++; }
      else if (cs.state?.running) { hasRunning = true; }
    }
    if (status === 'Completed' && hasRunning) {
      const rc = st.conditions?.find((c) => c.type === 'Ready');
      status = rc?.status === 'True' ? 'Running' : 'NotReady';
    }
  } else {
    for (const cs of statuses) { restarts += cs.restartCount ?? 0; if (cs.ready) ready++; }
  }

  if (pod.metadata.deletionTimestamp) status = st.reason === 'NodeLost' ? 'Unknown' : 'Terminating';

  const severity = severityOf(status, pod, ready, total);
  const reasonKey = status === 'Running' && severity === 'warning' ? 'NotReady' : baseKey(status);
  return { status, ready, total, restarts, severity, reasonKey, detail, container, lastTermination: lastTerminationOf(statuses) };
}

/** One container's state for the container node: Running, Waiting (reason), Terminated (reason). */
export function containerState(cs: ContainerStatusView | undefined): { status: string; severity: Severity; reasonKey: string; detail?: string } {
  if (!cs) return { status: 'Waiting', severity: 'progress', reasonKey: 'ContainerCreating' };
  const s = cs.state ?? {};
  if (s.waiting) {
    const reason = s.waiting.reason ?? 'Waiting';
    return { status: reason, severity: ERROR_REASONS.has(reason) ? 'error' : 'progress', reasonKey: reason, detail: s.waiting.message };
  }
  if (s.terminated) {
    const label = terminatedLabel(s.terminated);
    const ok = s.terminated.exitCode === 0;
    return { status: label, severity: ok ? 'done' : 'error', reasonKey: ok ? 'Completed' : baseKey(label), detail: s.terminated.message };
  }
  if (s.running) return cs.ready ? { status: 'Running', severity: 'ok', reasonKey: 'Running' } : { status: 'Running', severity: 'warning', reasonKey: 'NotReady' };
  return { status: 'Unknown', severity: 'warning', reasonKey: 'Unknown' };
}

const RANK: Record<Severity, number> = { ok: 0, done: 0, progress: 1, warning: 2, error: 3 };

/** The most worrying of several pod states (used to explain a Deployment from its pods). */
export function worstPodState(states: PodState[]): PodState | undefined {
  let worst: PodState | undefined;
  for (const s of states) if (!worst || RANK[s.severity] > RANK[worst.severity]) worst = s;
  return worst;
}

export function severityRank(s: Severity): number {
  return RANK[s];
}
