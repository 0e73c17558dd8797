// Drives the lab panel: answers the webview's messages, runs the checks, keeps the progress. One instance per window.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { currentLang } from '../../i18n';
import { GatewayReader } from '../../../../core/labs/cluster/gatewayReader';
import type { Lab } from '../../../../core/labs/format/types';
import { t, type Lang } from '../../../../core/i18n/labs';
import { snapshotPods } from '../../../../core/labs/podsSnapshot';
import * as P from '../../../../core/labs/progress';
import type { WebviewToHost } from '../../../../core/labs/protocol';
import { runStep, type StepRun } from '../../../../core/labs/runner';
import { uiStrings } from '../../../../core/i18n/labsPanel';
import { exportCsv } from '../../../../core/labs/grading/csv';
import { errorText } from '../../../../core/labs/errors';
import { exportFileName } from '../../../../core/labs/grading/fileName';
import { signExport } from '../../../../core/labs/grading/signature';
import { labView, summaries } from '../../../../core/labs/viewModel';
import { snapshotFolder } from '../../../../core/labs/workspace/snapshot';
import { labCluster, labEnvironment } from './clusterAccess';
import { applyLabelled, resetLabObjects, solveWithConfirmation, type OpsContext } from './clusterOps';
import * as files from './fileOps';
import { hostText } from '../../../../core/i18n/labsHost';
import { LabPanel } from './labPanel';
import type { LabRegistry } from './labRegistry';
import type { ProgressStore } from './progressStore';

export class LabController implements vscode.Disposable {
  private panel?: LabPanel;
  private currentLab?: string;
  private readonly allowedCommands = new Set<string>();
  readonly output: vscode.OutputChannel;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly extensionUri: vscode.Uri, readonly registry: LabRegistry, readonly store: ProgressStore) {
    this.output = vscode.window.createOutputChannel(hostText(currentLang())('output'));
    this.disposables.push(this.output, registry.onDidChange(() => void this.refresh()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('kubeApprenti.langue')) { this.panel?.post({ type: 'init', strings: uiStrings(this.lang) }); void this.refresh(); }
        if (e.affectsConfiguration('kubeApprenti.labs')) void this.refresh();
      }));
  }

  get lang(): Lang { return currentLang(); }
  private get text() { return hostText(this.lang); }
  get currentLabId(): string | undefined { return this.currentLab; }
  get panelOpen(): boolean { return !!this.panel; }
  private get editorColumn(): vscode.ViewColumn { return this.panel?.editorColumn ?? vscode.ViewColumn.One; }

  /** Shows the panel (list, or one lab). */
  async open(labId?: string): Promise<void> {
    if (labId && !this.registry.find(labId)) throw new Error(this.text('labUnknown', { id: labId }));
    this.currentLab = labId ?? this.currentLab;
    if (!this.panel) {
      this.panel = new LabPanel(this.extensionUri, this.text('panelTitle'), this.lang, (m) => void this.onMessage(m).catch((err: unknown) => this.notify('error', this.text('error', { msg: errorText(err, this.lang) }))),
        () => { this.panel = undefined; });
    } else {
      this.panel.reveal();
      await this.refresh();
    }
  }

  private notify(level: 'info' | 'warning' | 'error', message: string): void {
    this.panel?.post({ type: 'notice', level, message });
    if (!this.panel) void (level === 'error' ? vscode.window.showErrorMessage(message) : vscode.window.showInformationMessage(message));
  }

  private async onMessage(m: WebviewToHost): Promise<void> {
    const lab = this.currentLab ? this.registry.get(this.currentLab) : undefined;
    switch (m.type) {
      case 'ready': this.registry.reload(); this.panel?.post({ type: 'init', strings: uiStrings(this.lang) }); await this.refresh(); return;
      case 'openLab': this.currentLab = m.labId; await this.refresh(); return;
      case 'backToList': this.registry.reload(); this.currentLab = undefined; await this.refresh(); return;
      case 'startLab': await this.startLab(m.labId, true); return;
      case 'exportProgress': await this.exportProgress(); return;
      case 'copy': await vscode.env.clipboard.writeText(m.text); return;
      case 'openLink': if (/^https?:\/\//i.test(m.href)) await vscode.env.openExternal(vscode.Uri.parse(m.href)); return;
      default: break;
    }
    if (!lab) { this.notify('warning', this.text('labGone')); return; }
    const dir = files.workDirOf(lab);
    if (!dir) { this.notify('warning', this.text('noFolder')); return; }
    switch (m.type) {
      case 'selectStep': await this.selectStep(lab, m.stepId); return;
      case 'check': await this.check(lab.def.id, m.stepId); return;
      case 'showHint': await this.store.update((s) => P.revealHint(s, lab, m.stepId)); await this.refresh(); return;
      case 'openFile': if (!(await files.openInEditor(dir, m.path, this.editorColumn, m.line))) this.notify('warning', this.text('fileMissing', { rel: m.path })); return;
      case 'showSolution': {
        const step = lab.def.steps.find((s) => s.id === m.stepId);
        if (!step || (await files.showSolutionDiff(lab, step, dir, (rel: string) => this.text('solutionTitle', { rel }), this.editorColumn)) === 0) { this.notify('info', this.text('noSolution')); return; }
        await this.store.update((s) => P.markSolutionShown(s, lab.def.id, m.stepId));
        return;
      }
      case 'applySolution': await this.applySolution(lab, m.stepId, dir); return;
      case 'applyStepFiles': await this.withCluster(lab, m.stepId, dir, async (o) => {
        this.panel?.post({ type: 'busy', busy: true, label: this.text('applying') });
        try {
          const r = await applyLabelled(o, o.step.files ?? []);
          this.notify(r.ok ? 'info' : 'error', r.message);
        } finally { this.panel?.post({ type: 'busy', busy: false }); }
      }); return;
      case 'resetStep': await this.resetStep(lab, m.stepId); return;
      case 'solveStep': await this.withCluster(lab, m.stepId, dir, async (o) => {
        if (await solveWithConfirmation(o)) {
          await this.store.update((s) => P.markSolved(s, lab.def.id, m.stepId));
          await this.check(lab.def.id, m.stepId);
        }
      }); return;
      default: {
        const never: never = m;
        throw new Error(`message inconnu ${JSON.stringify(never)}`);
      }
    }
  }

  private async withCluster(lab: Lab, stepId: string, dir: string, fn: (o: OpsContext) => Promise<void>): Promise<void> {
    const step = lab.def.steps.find((s) => s.id === stepId);
    if (!step) return;
    const { cluster, problem } = labCluster(this.lang);
    if (!cluster) { this.notify('error', this.text('noCluster', { problem: problem ?? this.text('noClusterUnknown') })); return; }
    await fn({ lab, step, dir, cluster, lang: this.lang, text: this.text, output: this.output });
  }

  /** Posts the list, or the opened lab, to the webview. */
  async refresh(): Promise<void> {
    if (!this.panel) return;
    const env = await labEnvironment();
    const lab = this.currentLab ? this.registry.get(this.currentLab) : undefined;
    if (!lab) {
      this.currentLab = undefined;
      const { labs, broken } = summaries(this.registry.all(), this.store.get(), env);
      this.panel.post({ type: 'labs', labs, broken, environment: env });
      return;
    }
    const instructor = vscode.workspace.getConfiguration('kubeApprenti').get<boolean>('labs.modeFormateur', false);
    this.panel.post({ type: 'lab', lab: labView(lab, this.store.get(), { env, lang: this.lang, workDirLabel: files.workDirLabel(lab), started: files.isStarted(lab), instructor }) });
  }

  /** Copies the starting files (asking before replacing modified ones) and starts the progress. */
  async startLab(labId: string, interactive: boolean): Promise<boolean> {
    const lab = this.registry.get(labId);
    if (!lab) throw new Error(this.text('labUnknown', { id: labId }));
    const dir = files.workDirOf(lab);
    if (!dir) {
      if (interactive && (await vscode.window.showWarningMessage(this.text('noFolder'), this.text('openFolder'))) === this.text('openFolder')) {
        await vscode.commands.executeCommand('vscode.openFolder');
      }
      return false;
    }
    let overwrite = false;
    const conflicts = fs.existsSync(dir) ? files.conflictingStartFiles(lab, dir) : [];
    if (conflicts.length && interactive) {
      overwrite = (await vscode.window.showWarningMessage(this.text('replaceStart', { files: conflicts.join(', ') }), { modal: true }, this.text('replace'), this.text('keepMine'))) === this.text('replace');
    }
    files.startFiles(lab, dir, overwrite);
    await this.store.update((s) => P.startLab(s, lab));
    this.currentLab = labId;
    this.notify('info', this.text('started', { dir: files.workDirLabel(lab) }));
    const first = lab.def.steps[0].files?.[0];
    if (first && interactive) await files.openInEditor(dir, first, this.editorColumn);
    await this.selectStep(lab, this.store.get().labs[labId]?.currentStep ?? lab.def.steps[0].id);
    return true;
  }

  /** Selects a step; a step opened for the first time records its start (time and Pods present) for the cluster checks. */
  async selectStep(lab: Lab, stepId: string): Promise<void> {
    const step = lab.def.steps.find((s) => s.id === stepId);
    if (!step) return;
    const isNew = !this.store.get().labs[lab.def.id]?.steps[stepId];
    const early = P.startedTooEarly(lab, this.store.get(), stepId);
    await this.store.update((s) => {
      const next = P.selectStep(P.startLab(s, lab), lab.def.id, stepId);
      return early ? P.restartStep(next, lab.def.id, stepId) : next;
    });
    if (isNew || early) await this.snapshotPods(lab, stepId);
    await this.refresh();
  }

  private async snapshotPods(lab: Lab, stepId: string): Promise<void> {
    const step = lab.def.steps.find((s) => s.id === stepId);
    if (!step?.checks.some((c) => c.type === 'cluster.pods-recrees')) return;
    const { cluster } = labCluster(this.lang);
    if (!cluster) return;
    const pods = await snapshotPods(new GatewayReader(cluster.gw, this.lang, cluster.namespace), step).catch(() => undefined);
    if (pods) await this.store.update((s) => P.recordPodsAtStart(s, lab.def.id, stepId, pods));
  }

  /** Runs the checks of a step (the current one by default), shows them live, records the progress. */
  async check(labId?: string, stepId?: string): Promise<StepRun | undefined> {
    const lab = this.registry.get(labId ?? this.currentLab ?? '');
    if (!lab) throw new Error(this.text('labUnknown', { id: labId ?? this.currentLab ?? '?' }));
    const dir = files.workDirOf(lab);
    if (!dir) { this.notify('warning', this.text('noFolder')); return undefined; }
    const state = P.startLab(this.store.get(), lab);
    const id = stepId ?? state.labs[lab.def.id].currentStep;
    const step = lab.def.steps.find((s) => s.id === id);
    if (!step) throw new Error(`${lab.def.id}/${id}`);
    if (!state.labs[lab.def.id].steps[id]) await this.selectStep(lab, id);
    const sp = this.store.get().labs[lab.def.id]?.steps[id];
    this.panel?.post({ type: 'checking', stepId: id });
    const { cluster, problem } = labCluster(this.lang);
    const env = await labEnvironment();
    const run = await runStep(step, env, {
      lang: this.lang, workDir: dir, maxTimeoutS: 30,
      workspace: snapshotFolder(dir, { overrides: files.editorOverrides(dir), lang: this.lang }),
      cluster: cluster ? new GatewayReader(cluster.gw, this.lang, cluster.namespace) : undefined,
      clock: { startedAt: sp?.startedAt ?? Date.now(), podsAtStart: sp?.podsAtStart },
      allowCommand: (argv) => this.allowCommand(lab, argv),
    }, (result) => this.panel?.post({ type: 'checkResult', stepId: id, result }));
    if (!cluster && problem) {
      for (const r of run.results) if (r.status === 'error' && r.detail === t(this.lang, 'détail.pasDeCluster')) r.detail = this.text('noCluster', { problem });
    }
    await this.store.update((s) => P.recordRun(P.startLab(s, lab), lab, id, run.passed && !run.skipped, run.results));
    this.panel?.post({ type: 'checkDone', stepId: id, passed: run.passed && !run.skipped, results: run.results });
    await this.refresh();
    return run;
  }

  /** `commande` checks: only in a trusted workspace, after one confirmation per lab and session. */
  private async allowCommand(lab: Lab, argv: string[]): Promise<boolean> {
    if (!vscode.workspace.isTrusted) return false;
    if (this.allowedCommands.has(lab.def.id)) return true;
    const ok = (await vscode.window.showWarningMessage(this.text('commandConfirm', { cmd: argv.join(' ') }), { modal: true }, this.text('allow'))) === this.text('allow');
    if (ok) this.allowedCommands.add(lab.def.id);
    return ok;
  }

  private async applySolution(lab: Lab, stepId: string, dir: string): Promise<void> {
    const step = lab.def.steps.find((s) => s.id === stepId);
    const list = step ? lab.solutionFiles[step.id] ?? [] : [];
    if (!step || list.length === 0) { this.notify('info', this.text('noSolution')); return; }
    const pick = await vscode.window.showWarningMessage(this.text('confirmApplySolution', { files: list.join(', ') }), { modal: true }, this.text('replace'));
    if (pick !== this.text('replace')) return;
    await files.applySolutionEdit(lab, step, dir);
    await this.store.update((s) => P.markSolutionShown(s, lab.def.id, stepId));
    this.notify('info', this.text('solutionApplied', { files: list.join(', ') }));
  }

  /**
   * « Réinitialiser l'étape »: deletes the lab's labelled objects (after confirmation) and restarts the step's checks
   * clock; the time already spent on the step is kept (and the reset counted) for the export.
   */
  async resetStep(lab: Lab, stepId: string): Promise<void> {
    const dir = files.workDirOf(lab);
    const step = lab.def.steps.find((s) => s.id === stepId);
    if (!dir || !step) return;
    const { cluster } = labCluster(this.lang);
    let message = this.text('resetLocal');
    if (cluster) {
      const m = await resetLabObjects({ lab, step, dir, cluster, lang: this.lang, text: this.text, output: this.output });
      if (m === undefined) return;
      message = m;
    }
    await this.store.update((s) => P.resetStep(s, lab.def.id, stepId));
    await this.snapshotPods(lab, stepId);
    this.notify('info', message);
    await this.refresh();
  }

  /** The student's name: asked once (when `interactive`), then kept with the progress. */
  private async studentName(interactive: boolean): Promise<string | undefined> {
    const stored = this.store.get().student;
    if (stored || !interactive) return stored;
    const name = (await vscode.window.showInputBox({
      title: this.text('askNameTitle'), prompt: this.text('askName'), ignoreFocusOut: true,
      validateInput: (v) => (v.trim() ? undefined : this.text('nameRequired')),
    }))?.trim();
    if (name) await this.store.update((s) => P.setStudent(s, name));
    return name;
  }

  /**
   * Writes the student's export for the instructor: signed JSON (HMAC-SHA256 with the class key of the setting
   * `kubeApprenti.labs.cleClasse`, or flagged unsigned) and the same as CSV next to it. Without `target`, one click:
   * `progression-<name>.json` in the workspace folder. Nothing is sent anywhere. Returns the JSON.
   */
  async exportProgress(target?: string): Promise<P.ExportedProgress> {
    const student = await this.studentName(!target);
    if (!target && !student) return signExport(P.exportProgress(this.store.get(), this.registry.labs(), vscode.workspace.name), undefined);
    const secret = vscode.workspace.getConfiguration('kubeApprenti').get<string>('labs.cleClasse', '');
    const data = signExport(P.exportProgress(this.store.get(), this.registry.labs(), vscode.workspace.name), secret);
    let file = target;
    if (!file) {
      const base = vscode.workspace.workspaceFolders?.find((f) => f.uri.scheme === 'file')?.uri.fsPath;
      if (!base) { this.notify('warning', this.text('noFolder')); return data; }
      file = path.join(base, exportFileName(student));
    }
    const csvFile = file.replace(/\.json$/i, '') + '.csv';
    fs.writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
    fs.writeFileSync(csvFile, exportCsv(data, secret, this.lang));
    this.notify('info', secret.trim() ? this.text('exportSaved', { json: file, csv: csvFile }) : this.text('exportSavedUnsigned', { json: file, csv: csvFile }));
    return data;
  }

  dispose(): void {
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
