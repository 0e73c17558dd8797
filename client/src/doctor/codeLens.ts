// CodeLens « Diagnostiquer » above each Service, Ingress, workload, Pod and Job of a YAML file (setting
// kubeApprenti.codeLens.activer, shared with the apply lenses).
import * as vscode from 'vscode';
import { START_KINDS } from '../../../core/doctor/types';
import { dt } from '../../../core/doctor/text';
import { parseManifestText } from '../../../core/cluster/apply/manifests';
import { currentLang } from '../i18n';
import { DIAGNOSE_COMMAND } from './commands/diagnose';

export class DoctorCodeLensProvider implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;
  private readonly sub = vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration('kubeApprenti')) this.changed.fire();
  });

  provideCodeLenses(doc: vscode.TextDocument): vscode.CodeLens[] {
    if (!vscode.workspace.getConfiguration('kubeApprenti').get<boolean>('codeLens.activer', true)) return [];
    if (doc.getText().length > 1_000_000) return [];
    const lang = currentLang();
    const lenses: vscode.CodeLens[] = [];
    for (const d of parseManifestText(doc.getText(), doc.uri.toString())) {
      if (!d.ref?.name || !(START_KINDS as string[]).includes(d.ref.kind)) continue;
      const range = new vscode.Range(d.range.start.line, 0, d.range.start.line, 0);
      lenses.push(new vscode.CodeLens(range, {
        title: `$(debug-alt) ${dt(lang, 'ui.lens')}`, tooltip: dt(lang, 'ui.lensTip'), command: DIAGNOSE_COMMAND,
        arguments: [{ kind: d.ref.kind, name: d.ref.name, namespace: d.ref.namespace }],
      }));
    }
    return lenses;
  }

  dispose(): void {
    this.changed.dispose();
    this.sub.dispose();
  }
}
