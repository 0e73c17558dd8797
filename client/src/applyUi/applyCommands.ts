// « Appliquer » / « Simuler » on files, folders, the editor, a selection or one document (CodeLens).
import * as vscode from 'vscode';
import { labLabelsForFiles } from '../../../core/labs/labels';
import { applyDocuments } from '../../../core/cluster/apply/engine';
import { formatResult, kubectlApplyCommand, refLabel, summary } from '../../../core/cluster/apply/report';
import type { ApplyReport } from '../../../core/cluster/apply/result';
import { describeClusterError } from '../../../core/cluster/errorMessages';
import type { ClusterGateway } from '../../../core/cluster/gateway';
import { forbiddenHints } from '../../../core/cluster/roleHints';
import { isWorkloadKind, type WorkloadRef } from '../../../core/cluster/rollout/workloadRef';
import { detectSelf, isSelf } from '../../../core/cluster/selfPod';
import { confirm, confirmWrite } from '../clusterUi/confirm';
import { log, output } from '../clusterUi/output';
import { gateway } from '../clusterUi/target';
import { currentLang } from '../i18n';
import type { ClusterDiagnostics } from './diagnostics';
import type { Target } from './documents';
import { prefixed } from '../../../core/i18n';
import { applyUi } from '../../../core/i18n/applyUi';

export interface ApplyUiDeps {
  diagnostics: ClusterDiagnostics;
  /** Shows the live rollout of a workload (rolloutCommands). */
  follow: (gw: ClusterGateway, ref: WorkloadRef) => Promise<unknown>;
}

/** Runs an apply (or dry run) with confirmations, progress, diagnostics and notifications. Returns the report. */
export async function runApply(deps: ApplyUiDeps, target: Target | undefined, dryRun: boolean, force = false): Promise<ApplyReport | undefined> {
  const t = applyUi(currentLang());
  const lang = currentLang();
  if (!target) {
    void vscode.window.showWarningMessage(prefixed(lang, t('noYaml')));
    return undefined;
  }
  if (target.docs.length === 0) {
    void vscode.window.showInformationMessage(prefixed(lang, t('noDocs')));
    return undefined;
  }
  const gw = gateway();
  if (!gw) return undefined;
  if (!dryRun && !force && !(await confirmWrite(gw, t.n('applyAction', target.docs.length)))) return undefined;
  if (!dryRun && !(await confirmSelfTouched(gw, target))) return undefined;
  const report = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: prefixed(lang, dryRun ? t('dryRunning') : t.n('applying', target.docs.length)) },
    () => applyDocuments(gw, target.docs, { dryRun, force, lang, labels: labLabelsForFiles(target.docs.map((d) => d.file)) }),
  );
  if (!target.rendered) deps.diagnostics.update(report);
  const firstError = report.results.find((r) => r.error)?.error;
  const hints = await forbiddenHints(gw, firstError);
  const command = target.rendered?.command({ dryRun, force, context: gw.config.context })
    ?? kubectlApplyCommand({ files: target.files, stdin: target.stdin || target.files.length === 0, dryRun, force, namespace: undefined, context: gw.config.context });
  log(['', ...shownResults(target, report.results).flatMap((r) => formatResult(r, dryRun, lang, hints, vscode.workspace.workspaceFolders?.[0]?.uri.fsPath)), summary(report, lang, hints), t('equivalent', { command })]);

  if (report.conflicts && !dryRun && !force) {
    log(report.results.filter((r) => r.error?.kind === 'conflict').map((r) => describeClusterError(r.error!, lang)));
    if (await confirm(t('forceQuestion'), t('force'))) return runApply(deps, target, false, true);
    return report;
  }
  if (!report.ok) {
    const detail = firstError ? ` ${describeClusterError(firstError, lang, hints)}` : '';
    void vscode.window.showErrorMessage(prefixed(lang, `${summary(report, lang, hints)}${report.diagnostics.length || firstError?.kind === 'forbidden' ? '' : detail}`), t('showDetails'))
      .then((a) => { if (a) output().show(true); });
    return report;
  }
  const changedWorkloads: WorkloadRef[] = report.results
    .filter((r) => !dryRun && r.ref && isWorkloadKind(r.ref.kind) && (r.outcome === 'created' || r.outcome === 'configured'))
    .map((r) => ({ apiVersion: 'apps/v1', kind: r.ref!.kind as WorkloadRef['kind'], name: r.ref!.name, namespace: r.ref!.namespace }));
  void vscode.window.showInformationMessage(prefixed(lang, summary(report, lang)), t('showDetails')).then((a) => { if (a) output().show(true); });
  // the student's loop: apply, then watch the rollout (live progress notification)
  for (const ref of changedWorkloads.slice(0, 3)) void deps.follow(gw, ref);
  return report;
}

/** The results as the report shows them: a render's documents have no line in the student's files. */
export function shownResults<R extends { range?: unknown }>(target: Target, results: R[]): (Omit<R, 'range'> & { range?: R['range'] })[] {
  return target.rendered ? results.map((r) => ({ ...r, range: undefined })) : results;
}

/** In-cluster: asks before an apply that changes the IDE's own Deployment/Pod. */
async function confirmSelfTouched(gw: ClusterGateway, target: Target): Promise<boolean> {
  const self = await detectSelf(gw).catch(() => undefined);
  if (!self) return true;
  const touched = target.docs.filter((d) => d.ref && isSelf(self, { kind: d.ref.kind, name: d.ref.name, namespace: d.ref.namespace ?? gw.namespace }));
  if (!touched.length) return true;
  return confirm(applyUi(currentLang())('selfChanged', { what: touched.map((d) => refLabel(d.ref!)).join(', ') }), applyUi(currentLang())('continue'));
}
