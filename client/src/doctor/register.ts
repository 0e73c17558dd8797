// Registers « Diagnostiquer »: the command, its read-only report documents (with links to manifest lines), the CodeLens.
import * as vscode from 'vscode';
import type { ConnectionManager } from '../connection/manager';
import type { ManifestIndex } from '../tree/manifestIndex';
import { DoctorCodeLensProvider } from './codeLens';
import { DIAGNOSE_COMMAND, DIAGNOSIS_SCHEME, DiagnosisDocuments, diagnoseCommand } from './commands/diagnose';

export function registerDoctor(context: vscode.ExtensionContext, conn: ConnectionManager, manifests: ManifestIndex): void {
  const docs = new DiagnosisDocuments();
  const lenses = new DoctorCodeLensProvider();
  context.subscriptions.push(
    docs, lenses,
    vscode.workspace.registerTextDocumentContentProvider(DIAGNOSIS_SCHEME, docs),
    vscode.languages.registerDocumentLinkProvider({ scheme: DIAGNOSIS_SCHEME }, docs),
    vscode.languages.registerCodeLensProvider([{ language: 'yaml' }, { pattern: '**/*.{yaml,yml}' }], lenses),
    vscode.commands.registerCommand(DIAGNOSE_COMMAND, (arg?: Parameters<typeof diagnoseCommand>[3]) =>
      diagnoseCommand(conn, docs, (k, n, ns) => manifests.find(k, n, ns), arg)),
  );
}
