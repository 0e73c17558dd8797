// Cluster answers shown on the manifest's lines (source « kube-apprenti (cluster) ») until the next successful apply
// of the same document. Kept per file and per document, so applying one document keeps the others' diagnostics.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ApplyReport, ManifestDiagnostic } from '../../../core/cluster/apply/result';
import { DIAGNOSTIC_SOURCE } from './ids';

/** A ManifestDoc `file` is an absolute path (files on disk) or a URI string (editor text). */
export function uriOf(file: string): vscode.Uri {
  if (path.isAbsolute(file) || !/^[a-z][\w+.-]*:/i.test(file)) return vscode.Uri.file(path.resolve(file));
  return vscode.Uri.parse(file);
}

export function toDiagnostic(d: ManifestDiagnostic): vscode.Diagnostic {
  const range = new vscode.Range(d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character);
  const diag = new vscode.Diagnostic(range, d.message, d.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning);
  diag.source = DIAGNOSTIC_SOURCE;
  diag.code = d.code;
  return diag;
}

export class ClusterDiagnostics implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);
  private readonly byFile = new Map<string, Map<number, vscode.Diagnostic[]>>();

  /** Replaces the diagnostics of every document the report covers (an empty list clears them). */
  update(report: Pick<ApplyReport, 'results'>): void {
    const touched = new Set<string>();
    for (const r of report.results) {
      const uri = uriOf(r.file);
      const key = uri.toString();
      const docs = this.byFile.get(key) ?? new Map<number, vscode.Diagnostic[]>();
      docs.set(r.index, r.diagnostics.map(toDiagnostic));
      this.byFile.set(key, docs);
      touched.add(key);
    }
    for (const key of touched) {
      const all = [...(this.byFile.get(key)?.values() ?? [])].flat();
      this.collection.set(vscode.Uri.parse(key), all);
    }
  }

  clear(uri: vscode.Uri): void {
    this.byFile.delete(uri.toString());
    this.collection.delete(uri);
  }

  dispose(): void {
    this.collection.dispose();
  }
}
