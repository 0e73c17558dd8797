// Cluster actions of the panel: apply the step's files (labelled for the lab), reset the step (delete only the
// lab's labelled objects), solve the step (instructor mode).
import * as vscode from 'vscode';
import { formatResult, summary } from '../../../../core/cluster/apply/report';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyDocuments } from '../../../../core/cluster/apply/engine';
import { collectFiles, readManifestFiles, type ManifestDoc } from '../../../../core/cluster/apply/manifests';
import { kubectlApplyCommand } from '../../../../core/cluster/apply/report';
import { applyFiles } from '../../../../core/cluster/write';
import { renderForApply } from '../../../../core/render/forApply';
import { labRenderer, targetIn } from '../../../../core/labs/workspace/rendered';
import { LabClusterActions } from '../../../../core/labs/cluster/actions';
import { toLabError } from '../../../../core/labs/cluster/gatewayReader';
import type { Lab, Step } from '../../../../core/labs/format/types';
import type { Lang } from '../../../../core/i18n/labs';
import { labLabels } from '../../../../core/labs/labels';
import { insideWorkDir, solveStep } from '../../../../core/labs/solve';
import { labApplyRenderFn } from '../../../../core/labs/verifyLab';
import type { LabCluster } from './clusterAccess';
import type { HostText } from '../../../../core/i18n/labsHost';

/** A step file that stands for a render: a chart's Chart.yaml or an overlay's kustomization.yaml. */
const RENDER_FILE = /(^|\/)(Chart\.ya?ml|kustomization\.ya?ml|Kustomization)$/;

export interface OpsContext {
  lab: Lab;
  step: Step;
  dir: string;
  cluster: LabCluster;
  lang: Lang;
  text: HostText;
  output: vscode.OutputChannel;
}

/** Applies files of the working folder with the lab's label; offers to force on a field-manager conflict. */
export async function applyLabelled(o: OpsContext, rels: string[], askForce = true): Promise<{ ok: boolean; message: string }> {
  // A chart's Chart.yaml or an overlay's kustomization.yaml stands for its render (« Appliquer le rendu »).
  const renders = rels.filter((r) => RENDER_FILE.test(r));
  const plain = rels.filter((r) => !RENDER_FILE.test(r));
  const docs: ManifestDoc[] = [];
  const commands: string[] = [];
  for (const rel of renders) {
    const target = targetIn(path.dirname(insideWorkDir(o.dir, rel)), (f) => fs.existsSync(f));
    if (!target) continue;
    const rendered = await renderForApply(labRenderer(), target, { namespace: o.cluster.namespace, lang: o.lang, cwd: o.dir });
    if (rendered.error) {
      o.output.appendLine(rendered.error);
      return { ok: false, message: o.text('applyFailed', { summary: rendered.error }) };
    }
    docs.push(...rendered.docs);
    commands.push(rendered.command);
  }
  const renderedKeys = new Set(docs.map((d) => `${d.file}#${d.index}`));
  const paths = plain.map((r) => insideWorkDir(o.dir, r));
  const files = collectFiles(paths);
  const named = new Set(paths);
  docs.push(...readManifestFiles(files, new Set(files.filter((f) => !named.has(f)))));
  if (paths.length) commands.push(kubectlApplyCommand({ files: paths, namespace: o.cluster.namespace, cwd: o.dir }));
  const run = (force: boolean) => applyDocuments(o.cluster.gw, docs, { namespace: o.cluster.namespace, labels: labLabels(o.lab.def.id), force, lang: o.lang });
  let report = await run(false);
  if (!report.ok && report.conflicts && askForce) {
    const pick = await vscode.window.showWarningMessage(o.text('conflictForce'), { modal: true }, o.text('force'));
    if (pick === o.text('force')) report = await run(true);
  }
  for (const c of commands) o.output.appendLine(`$ ${c}`);
  for (const r of report.results) {
    // a render's objects have no line in the student's files
    const shown = renderedKeys.has(`${r.file}#${r.index}`) ? { ...r, range: undefined } : r;
    for (const line of formatResult(shown, false, o.lang, {}, o.dir)) o.output.appendLine(line);
  }
  const sum = summary(report, o.lang);
  return { ok: report.ok, message: report.ok ? o.text('applied', { summary: sum }) : o.text('applyFailed', { summary: sum }) };
}

/** Deletes the lab's labelled objects after a confirmation listing them. Returns the message to show, or undefined if cancelled. */
export async function resetLabObjects(o: OpsContext): Promise<string | undefined> {
  const actions = new LabClusterActions(o.cluster.gw, o.cluster.namespace, o.lang);
  const found = await actions.labelled(o.lab.def.id);
  if (found.length === 0) return o.text('resetNone', { ns: o.cluster.namespace });
  const list = found.map((f) => `${f.kind}/${f.name}`).join(', ');
  const pick = await vscode.window.showWarningMessage(o.text('resetConfirm', { n: found.length, ns: o.cluster.namespace, list }), { modal: true }, o.text('resetGo'));
  if (pick !== o.text('resetGo')) return undefined;
  const deleted = await actions.resetLab(o.lab.def.id);
  return o.text('resetDone', { n: deleted.length });
}

/** Instructor mode: runs the step's `résoudre` (solution copied, files applied with force, cluster actions). */
export async function solveWithConfirmation(o: OpsContext): Promise<boolean> {
  const pick = await vscode.window.showWarningMessage(o.text('solveConfirm', { ns: o.cluster.namespace }), { modal: true }, o.text('solveGo'));
  if (pick !== o.text('solveGo')) return false;
  try {
    await solveStep({
      lab: o.lab, step: o.step, workDir: o.dir, labels: labLabels(o.lab.def.id), lang: o.lang,
      actions: new LabClusterActions(o.cluster.gw, o.cluster.namespace, o.lang),
      apply: async (paths) => {
        const report = await applyFiles(paths, { gateway: o.cluster.gw, namespace: o.cluster.namespace, labels: labLabels(o.lab.def.id), force: true, lang: o.lang });
        if (!report.ok) throw new Error(summary(report, o.lang));
      },
      applyRender: labApplyRenderFn(o.cluster.gw, o.cluster.namespace, o.lab.def.id, o.lang, true),
      log: (l) => o.output.appendLine(`[résoudre ${o.step.id}] ${l}`),
    });
    return true;
  } catch (err) {
    void vscode.window.showErrorMessage(o.text('solveFailed', { msg: toLabError(err, o.lang).message }));
    return false;
  }
}
