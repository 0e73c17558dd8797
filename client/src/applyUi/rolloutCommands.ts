// Rollout commands: live status (progress notification explaining a stuck rollout), restart, undo, history, pause,
// resume. Work on a tree item, a CodeLens ({kind, name, namespace}) or a workload picked in the current namespace.
import { stringify } from 'yaml';
import * as vscode from 'vscode';
import { ClusterError } from '../../../core/cluster/errors';
import type { ClusterGateway } from '../../../core/cluster/gateway';
import { followRollout, type FollowResult } from '../../../core/cluster/rollout/follow';
import { historyTable, rolloutHistory } from '../../../core/cluster/rollout/history';
import { actionText, refusalText, RolloutError, statusText } from '../../../core/cluster/rollout/messages';
import { isWorkloadKind, kubectlRef, type WorkloadRef } from '../../../core/cluster/rollout/workloadRef';
import type { ObjectRef } from '../../../core/cluster/types';
import { rolloutRestart, rolloutUndo, setPaused } from '../../../core/cluster/write';
import { confirmNotSelf, confirmWrite } from '../clusterUi/confirm';
import { showClusterError } from '../clusterUi/errors';
import { log, output } from '../clusterUi/output';
import { gateway } from '../clusterUi/target';
import { currentLang } from '../i18n';
import type { DiffContentProvider } from './diffCommand';
import { CMD } from './ids';
import { prefixed } from '../../../core/i18n';
import { applyUi } from '../../../core/i18n/applyUi';

export type WorkloadArg = { kind?: string; name?: string; namespace?: string; ref?: ObjectRef } | undefined;

/** The workload a command is about: from its argument, or picked among the namespace's workloads. */
export async function resolveWorkload(gw: ClusterGateway, arg: WorkloadArg, kinds: WorkloadRef['kind'][] = ['Deployment', 'StatefulSet', 'DaemonSet']): Promise<WorkloadRef | undefined> {
  const given = arg?.ref ?? arg;
  if (given?.kind && given.name && isWorkloadKind(given.kind) && kinds.includes(given.kind)) {
    return { apiVersion: 'apps/v1', kind: given.kind, name: given.name, namespace: given.namespace ?? gw.namespace };
  }
  const items: (vscode.QuickPickItem & { ref: WorkloadRef })[] = [];
  try {
    for (const kind of kinds) {
      for (const o of (await gw.list('apps/v1', kind, { namespace: gw.namespace })).items) {
        items.push({ label: o.metadata.name ?? '', description: kind, ref: { apiVersion: 'apps/v1', kind, name: o.metadata.name ?? '', namespace: gw.namespace } });
      }
    }
  } catch (err) {
    await showClusterError(gw, err);
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(items, { placeHolder: applyUi(currentLang())('pickWorkload', { ns: gw.namespace }) });
  return picked?.ref;
}

const following = new Map<string, Promise<FollowResult>>();

/** Live progress notification of a rollout, kubectl's rules, with the reason when it is stuck. */
export function followUi(gw: ClusterGateway, ref: WorkloadRef): Promise<FollowResult> {
  const key = `${gw.config.context}/${ref.namespace}/${ref.kind}/${ref.name}`;
  const running = following.get(key);
  if (running) return running;
  const t = applyUi(currentLang());
  const lang = currentLang();
  const p: Promise<FollowResult> = Promise.resolve(vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: prefixed(lang, t('statusTitle', { kind: ref.kind, name: ref.name })), cancellable: true },
    async (progress, token) => {
      const abort = new AbortController();
      token.onCancellationRequested(() => abort.abort());
      let lastStuck = '';
      const res = await followRollout(gw, ref, {
        lang, signal: abort.signal,
        onUpdate: (u) => {
          const line = statusText(ref.kind, ref.name, u.status, lang);
          progress.report({ message: u.stuck?.text ? `${line} — ${u.stuck.text}` : line });
          if (u.stuck?.text && u.stuck.text !== lastStuck) log(`${kubectlRef(ref)} : ${u.stuck.text}`);
          lastStuck = u.stuck?.text ?? lastStuck;
        },
      });
      return res;
    },
  )).then(async (res) => {
    following.delete(key);
    const last = 'last' in res ? res.last : undefined;
    log(t('equivalent', { command: `kubectl rollout status ${kubectlRef(ref)} -n ${ref.namespace}` }));
    if (res.result === 'done' && last) {
      const text = statusText(ref.kind, ref.name, last.status, lang);
      log(text);
      void vscode.window.showInformationMessage(prefixed(currentLang(), text));
    } else if (res.result === 'failed' || res.result === 'timeout') {
      const head = res.result === 'timeout' ? t('statusTimeout', { kind: ref.kind, name: ref.name }) : last ? statusText(ref.kind, ref.name, last.status, lang) : '';
      const why = last?.stuck?.text ? ` ${last.stuck.text}` : '';
      log(`${head}${why}`);
      const buttons = ref.kind === 'Deployment' ? [t('undoButton'), t('showDetails')] : [t('showDetails')];
      const a = await vscode.window.showErrorMessage(prefixed(currentLang(), `${head}${why}`), ...buttons);
      if (a === t('undoButton')) void vscode.commands.executeCommand(CMD.rolloutUndo, ref);
      else if (a) output().show(true);
    } else if (res.result === 'error') {
      await showClusterError(gw, new ClusterError(res.error));
    } else if (res.result === 'cancelled') {
      log(t('statusCancelled'));
    }
    return res;
  });
  following.set(key, p);
  return p;
}

async function guarded<T>(gw: ClusterGateway, fn: () => Promise<T>): Promise<T | undefined> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof RolloutError) {
      const msg = refusalText(err.refusal, currentLang());
      log(msg);
      void vscode.window.showWarningMessage(prefixed(currentLang(), msg));
      return undefined;
    }
    await showClusterError(gw, err);
    return undefined;
  }
}

export async function statusCommand(arg: WorkloadArg): Promise<FollowResult | undefined> {
  const gw = gateway();
  const ref = gw && (await resolveWorkload(gw, arg));
  return gw && ref ? followUi(gw, ref) : undefined;
}

export async function restartCommand(arg: WorkloadArg): Promise<boolean> {
  const gw = gateway();
  const ref = gw && (await resolveWorkload(gw, arg));
  if (!gw || !ref) return false;
  const t = applyUi(currentLang());
  if (!(await confirmWrite(gw, `${t('restartAction')} (${kubectlRef(ref)})`)) || !(await confirmNotSelf(gw, ref, t('restartAction')))) return false;
  const r = await guarded(gw, () => rolloutRestart(gw, ref));
  if (!r) return false;
  log([r.changed ? actionText.restarted(ref.kind, ref.name, currentLang()) : actionText.restartedAlready(currentLang()), t('equivalent', { command: `kubectl rollout restart ${kubectlRef(ref)} -n ${ref.namespace}` })]);
  void followUi(gw, ref);
  return true;
}

export async function undoCommand(arg: WorkloadArg): Promise<boolean> {
  const gw = gateway();
  const ref = gw && (await resolveWorkload(gw, arg));
  if (!gw || !ref) return false;
  const t = applyUi(currentLang());
  const h = await guarded(gw, () => rolloutHistory(gw, ref));
  if (!h) return false;
  const older = h.revisions.filter((r) => !r.current).reverse();
  if (!older.length) {
    void vscode.window.showWarningMessage(prefixed(currentLang(), refusalText({ code: 'noHistory' }, currentLang())));
    return false;
  }
  const picked = await vscode.window.showQuickPick(older.map((r) => ({
    label: `${r.revision}`, description: r.images.join(', '), detail: r.changeCause ?? t('noCause'), revision: r.revision,
  })), { placeHolder: t('pickRevision') });
  if (!picked) return false;
  if (!(await confirmWrite(gw, `${t('undoAction')} (${kubectlRef(ref)})`)) || !(await confirmNotSelf(gw, ref, t('undoAction')))) return false;
  const r = await guarded(gw, () => rolloutUndo(gw, ref, picked.revision));
  if (!r) return false;
  const lang = currentLang();
  const text = r.changed ? actionText.rolledBack(ref.kind, ref.name, r.revision, lang) : actionText.rollbackSkipped(r.revision, lang);
  log([text, t('equivalent', { command: `kubectl rollout undo ${kubectlRef(ref)} --to-revision=${r.revision} -n ${ref.namespace}` })]);
  void vscode.window.showInformationMessage(prefixed(currentLang(), text));
  if (r.changed) void followUi(gw, ref);
  return true;
}

export async function historyCommand(provider: DiffContentProvider, arg: WorkloadArg): Promise<boolean> {
  const gw = gateway();
  const ref = gw && (await resolveWorkload(gw, arg));
  if (!gw || !ref) return false;
  const t = applyUi(currentLang());
  const h = await guarded(gw, () => rolloutHistory(gw, ref));
  if (!h) return false;
  log([t('historyHeader', { ref: kubectlRef(ref) }), ...historyTable(h).split('\n'), t('equivalent', { command: `kubectl rollout history ${kubectlRef(ref)} -n ${ref.namespace}` })]);
  const current = h.revisions.find((r) => r.current);
  const picked = await vscode.window.showQuickPick(h.revisions.slice().reverse().map((r) => ({
    label: r.current ? t('revisionCurrent', { revision: r.revision }) : `${r.revision}`, description: r.images.join(', '), detail: r.changeCause ?? t('noCause'), rev: r,
  })), { placeHolder: t('historyPick') });
  if (!picked) return true;
  const { left, right } = provider.put(`${kubectlRef(ref)}-revision-${picked.rev.revision}`, stringify({ template: picked.rev.template }, { lineWidth: 0 }),
    stringify({ template: current?.template ?? {} }, { lineWidth: 0 }));
  await vscode.commands.executeCommand('vscode.diff', left, right, current ? t('revisionDiffTitle', { ref: kubectlRef(ref), from: picked.rev.revision, to: current.revision }) : t('revisionDiffTitleCurrent', { ref: kubectlRef(ref), from: picked.rev.revision }));
  return true;
}

export async function pauseCommand(arg: WorkloadArg, paused: boolean): Promise<boolean> {
  const gw = gateway();
  const ref = gw && (await resolveWorkload(gw, arg, ['Deployment']));
  if (!gw || !ref) return false;
  const t = applyUi(currentLang());
  if (!(await confirmWrite(gw, `${t('pauseAction')} (${kubectlRef(ref)})`))) return false;
  const r = await guarded(gw, () => setPaused(gw, ref, paused));
  if (!r) return false;
  const lang = currentLang();
  const text = r.changed ? (paused ? actionText.paused(ref.name, lang) : actionText.resumed(ref.name, lang)) : paused ? actionText.alreadyPaused(ref.name, lang) : actionText.notPaused(ref.name, lang);
  log([text, t('equivalent', { command: `kubectl rollout ${paused ? 'pause' : 'resume'} ${kubectlRef(ref)} -n ${ref.namespace}` })]);
  void vscode.window.showInformationMessage(prefixed(currentLang(), text));
  if (!paused && r.changed) void followUi(gw, ref);
  return true;
}
