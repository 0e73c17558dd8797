// « Diff » : the dry-run result against the live object in VS Code's diff editor (read-only virtual documents),
// with a French summary of what will change.
import * as vscode from 'vscode';
import { diffDocuments, type DiffReport } from '../../../core/cluster/apply/diff';
import { formatResult, refLabel } from '../../../core/cluster/apply/report';
import { forbiddenHints } from '../../../core/cluster/roleHints';
import { showClusterError } from '../clusterUi/errors';
import { log, output } from '../clusterUi/output';
import { gateway } from '../clusterUi/target';
import { currentLang } from '../i18n';
import type { ClusterDiagnostics } from './diagnostics';
import type { Target } from './documents';
import { DIFF_SCHEME } from './ids';
import { prefixed } from '../../../core/i18n';
import { applyUi } from '../../../core/i18n/applyUi';

/** Read-only documents `kube-apprenti-diff:/<run>/<side>/<name>.yaml`. */
export class DiffContentProvider implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly texts = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private run = 0;

  /** Stores both sides and returns their URIs. */
  put(label: string, live: string, predicted: string): { left: vscode.Uri; right: vscode.Uri } {
    const id = ++this.run;
    const safe = label.replace(/[^\w.-]+/g, '_');
    const left = vscode.Uri.from({ scheme: DIFF_SCHEME, path: `/${id}/cluster/${safe}.yaml` });
    const right = vscode.Uri.from({ scheme: DIFF_SCHEME, path: `/${id}/apres-application/${safe}.yaml` });
    this.texts.set(left.toString(), live);
    this.texts.set(right.toString(), predicted);
    if (this.texts.size > 200) for (const k of [...this.texts.keys()].slice(0, 50)) this.texts.delete(k);
    return { left, right };
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.toString()) ?? '';
  }

  dispose(): void {
    this.changed.dispose();
  }
}

export async function runDiff(provider: DiffContentProvider, diagnostics: ClusterDiagnostics, target: Target | undefined): Promise<DiffReport | undefined> {
  const t = applyUi(currentLang());
  const lang = currentLang();
  if (!target?.docs.length) {
    void vscode.window.showWarningMessage(prefixed(lang, target ? t('noDocs') : t('noYaml')));
    return undefined;
  }
  const gw = gateway();
  if (!gw) return undefined;
  let report: DiffReport;
  try {
    report = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: prefixed(lang, t('dryRunning')) },
      () => diffDocuments(gw, target.docs, { lang }));
  } catch (err) {
    await showClusterError(gw, err);
    return undefined;
  }
  if (!target.rendered) diagnostics.update(report.dryRun);
  const hints = await forbiddenHints(gw, report.items.find((i) => i.result.error)?.result.error);
  const lines: string[] = [''];
  let opened = 0;
  for (const item of report.items) {
    const r = item.result;
    const label = r.ref ? refLabel(r.ref) : `document ${r.index + 1}`;
    if (item.state === 'error') {
      lines.push(...formatResult(target.rendered ? { ...r, range: undefined } : r, true, lang, hints));
      continue;
    }
    lines.push(item.state === 'same' ? t('diffSame', { label }) : t('diffHeader', { label }), ...(item.state === 'same' ? [] : item.summary.map((s) => `    • ${s}`)));
    if (item.state !== 'same' && opened < 5) {
      opened++;
      const { left, right } = provider.put(label, item.liveYaml, item.predictedYaml);
      await vscode.commands.executeCommand('vscode.diff', left, right, t('diffTitle', { label }), { preview: opened === 1 });
    }
  }
  if (target.rendered) lines.push(t('equivalent', { command: target.rendered.command({ dryRun: true, force: false, context: gw.config.context }) }));
  log(lines);
  const changed = report.items.filter((i) => i.state === 'new' || i.state === 'changed');
  if (report.failed) {
    void vscode.window.showErrorMessage(prefixed(lang, lines.filter((l) => l.startsWith('✗')).join(' ')), t('showDetails')).then((a) => { if (a) output().show(true); });
  } else if (changed.length === 0) {
    void vscode.window.showInformationMessage(prefixed(lang, t('diffNone')));
  } else {
    const first = changed[0];
    const text = first.state === 'new' ? t('diffNew', { label: refLabel(first.result.ref!) }) : t('diffChanged', { label: refLabel(first.result.ref!), changes: first.summary.join(t('changeSeparator')) });
    void vscode.window.showInformationMessage(prefixed(lang, changed.length > 1 ? t('moreCount', { text, n: changed.length - 1 }) : text), t('showDetails')).then((a) => { if (a) output().show(true); });
  }
  return report;
}
