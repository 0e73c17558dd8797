// Runs the checks of a step: workspace checks once, cluster checks polled until they pass or time out.
// No vscode import: the panel, the CLI and the tests share it.
import { kindOf } from './checks/registry';
import { diagnosticFor } from './diagnosticHints';
import type { CheckContext, CheckResult, Evaluation } from './checks/types';
import type { Check, Environment, Step } from './format/types';
import { t } from '../i18n/labs';
import { errorText } from './errors';

export const DEFAULT_TIMEOUT_S = 20;

export function stepApplies(step: Step, env: Environment): boolean {
  return !step.environments || step.environments.includes(env);
}

export function describeCheck(check: Check, lang: CheckContext['lang']): string {
  return check.title ?? kindOf(check).describe(check, lang);
}

const sleep = (ms: number, signal?: AbortSignal): Promise<void> => new Promise((resolve) => {
  const timer = setTimeout(resolve, ms);
  signal?.addEventListener('abort', () => { clearTimeout(timer); resolve(); }, { once: true });
});

async function evaluateOnce(check: Check, ctx: CheckContext): Promise<Evaluation> {
  return kindOf(check).evaluate(check, ctx);
}

/** Evaluates a cluster check until it passes, the timeout elapses, or the cluster answers with an error. */
async function poll(check: Check, ctx: CheckContext): Promise<Evaluation> {
  const wanted = ('timeout' in check && check.timeout ? check.timeout : DEFAULT_TIMEOUT_S) * (ctx.timeoutScale ?? 1);
  const timeoutS = Math.min(wanted, ctx.maxTimeoutS ?? Infinity);
  const deadline = Date.now() + timeoutS * 1000;
  let last: Evaluation;
  for (;;) {
    last = await evaluateOnce(check, ctx);
    if (last.ok || last.final || Date.now() >= deadline || ctx.signal?.aborted) break;
    await sleep(Math.min(ctx.pollMs ?? 1000, Math.max(0, deadline - Date.now())), ctx.signal);
  }
  if (!last.ok && !last.final) last = { ok: false, detail: [last.detail, t(ctx.lang, 'détail.délai', { s: Math.ceil(timeoutS) })].filter(Boolean).join(' ') };
  return last;
}

export async function runCheck(check: Check, index: number, ctx: CheckContext): Promise<CheckResult> {
  const base = { index, type: check.type, title: describeCheck(check, ctx.lang) };
  const kind = kindOf(check);
  if (kind.scope === 'cluster' && !ctx.cluster) return { ...base, status: 'error', detail: t(ctx.lang, 'détail.pasDeCluster') };
  try {
    const ev = kind.scope === 'cluster' ? await poll(check, ctx) : await evaluateOnce(check, ctx);
    if (ev.ok) return { ...base, status: 'passed' };
    const diagnostic = kind.scope === 'workspace' && ctx.workspace ? diagnosticFor(check, ctx.workspace) : undefined;
    return { ...base, status: 'failed', failMessage: check.failMessage, detail: ev.detail, ...(diagnostic ? { diagnostic } : {}) };
  } catch (err) {
    return { ...base, status: 'error', failMessage: check.failMessage, detail: errorText(err, ctx.lang) };
  }
}

export interface StepRun {
  stepId: string;
  /** True when every check passed (ignored steps count as passed). */
  passed: boolean;
  skipped: boolean;
  results: CheckResult[];
}

/** Runs every check of the step concurrently (cluster checks poll in parallel). */
export async function runStep(step: Step, env: Environment, ctx: CheckContext, onResult?: (r: CheckResult) => void): Promise<StepRun> {
  if (!stepApplies(step, env)) {
    const results = step.checks.map((c, i): CheckResult => ({
      index: i, type: c.type, title: describeCheck(c, ctx.lang), status: 'skipped', detail: t(ctx.lang, 'détail.ignorée'),
    }));
    return { stepId: step.id, passed: true, skipped: true, results };
  }
  const results: CheckResult[] = new Array(step.checks.length);
  const pending: Promise<void>[] = [];
  step.checks.forEach((check, i) => {
    pending.push(runCheck(check, i, ctx).then((r) => { results[i] = r; onResult?.(r); }));
  });
  await Promise.all(pending);
  return { stepId: step.id, passed: results.every((r) => r.status === 'passed'), skipped: false, results };
}
