// "Vérifier tous les manifestes de l'espace de travail": sums up the language server's diagnostics of every
// file (the server analyses all YAML files of the workspace, opened or not) and opens the Problems panel.
import * as vscode from 'vscode';
import { checkWorkspaceText } from '../../../core/i18n/extension';
import { currentLang } from '../i18n';

export interface WorkspaceReport {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
}

export function workspaceReport(): WorkspaceReport {
  const report: WorkspaceReport = { files: 0, errors: 0, warnings: 0, infos: 0 };
  for (const [, diags] of vscode.languages.getDiagnostics()) {
    const ours = diags.filter((d) => d.source?.startsWith('kube-apprenti'));
    if (ours.length === 0) continue;
    report.files++;
    for (const d of ours) {
      if (d.severity === vscode.DiagnosticSeverity.Error) report.errors++;
      else if (d.severity === vscode.DiagnosticSeverity.Warning) report.warnings++;
      else report.infos++;
    }
  }
  return report;
}

export async function checkWorkspace(): Promise<WorkspaceReport> {
  const r = workspaceReport();
  await vscode.commands.executeCommand('workbench.actions.view.problems');
  const msg = checkWorkspaceText(currentLang(), { errors: r.errors, warnings: r.warnings, hints: r.infos, files: r.files });
  void vscode.window.showInformationMessage(msg);
  return r;
}
