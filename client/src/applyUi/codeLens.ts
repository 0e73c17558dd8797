// CodeLens above each Kubernetes object of a YAML file: « Appliquer », « Diff », and « Statut du déploiement » on workloads.
import * as vscode from 'vscode';
import { parseManifestText } from '../../../core/cluster/apply/manifests';
import { isWorkloadKind } from '../../../core/cluster/rollout/workloadRef';
import { CMD, SETTING_CODELENS } from './ids';
import { renderTargetOf } from './renderCommands';
import { currentLang } from '../i18n';
import { applyUi } from '../../../core/i18n/applyUi';

export class ManifestCodeLensProvider implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;
  private readonly sub = vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration('kubeApprenti')) this.changed.fire();
  });

  provideCodeLenses(doc: vscode.TextDocument): vscode.CodeLens[] {
    if (!vscode.workspace.getConfiguration('kubeApprenti').get<boolean>(SETTING_CODELENS, true)) return [];
    if (doc.getText().length > 1_000_000) return [];
    const t = applyUi(currentLang());
    const lenses: vscode.CodeLens[] = [];
    for (const d of parseManifestText(doc.getText(), doc.uri.toString())) {
      if (!d.ref) continue; // broken or non-Kubernetes documents get no lens (the language server explains them)
      const range = new vscode.Range(d.range.start.line, 0, d.range.start.line, 0);
      lenses.push(
        new vscode.CodeLens(range, { title: `$(cloud-upload) ${t('lensApply')}`, tooltip: t('lensApplyTip'), command: CMD.applyDocument, arguments: [doc.uri, d.index] }),
        new vscode.CodeLens(range, { title: `$(diff) ${t('lensDiff')}`, tooltip: t('lensDiffTip'), command: CMD.diffDocument, arguments: [doc.uri, d.index] }),
      );
      if (isWorkloadKind(d.ref.kind) && d.ref.apiVersion === 'apps/v1') {
        lenses.push(new vscode.CodeLens(range, {
          title: `$(pulse) ${t('lensStatus')}`, tooltip: t('lensStatusTip'), command: CMD.rolloutStatus,
          arguments: [{ kind: d.ref.kind, name: d.ref.name, namespace: d.ref.namespace }],
        }));
      }
    }
    return lenses;
  }

  dispose(): void {
    this.changed.dispose();
    this.sub.dispose();
  }
}

/** « Appliquer le rendu » and « Diff » on the first line of a chart's Chart.yaml or an overlay's kustomization.yaml. */
export class RenderCodeLensProvider implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;
  private readonly sub = vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration('kubeApprenti')) this.changed.fire();
  });

  provideCodeLenses(doc: vscode.TextDocument): vscode.CodeLens[] {
    if (doc.uri.scheme !== 'file') return [];
    if (!vscode.workspace.getConfiguration('kubeApprenti').get<boolean>(SETTING_CODELENS, true)) return [];
    if (!renderTargetOf(doc.uri.fsPath, doc.getText())) return [];
    const t = applyUi(currentLang());
    const range = new vscode.Range(0, 0, 0, 0);
    return [
      new vscode.CodeLens(range, { title: `$(cloud-upload) ${t('lensApplyRender')}`, tooltip: t('lensApplyRenderTip'), command: CMD.applyRender, arguments: [doc.uri] }),
      new vscode.CodeLens(range, { title: `$(diff) ${t('lensDiff')}`, tooltip: t('lensDiffRenderTip'), command: CMD.diffRender, arguments: [doc.uri] }),
    ];
  }

  dispose(): void {
    this.changed.dispose();
    this.sub.dispose();
  }
}
