// Registers « Diagnostiquer »: the command, its read-only report documents (with links to manifest lines), the CodeLens.
import * as vscode from 'vscode';
import type { ConnectionManager } from '../connection/manager';
import type { ManifestIndex } from '../tree/manifestIndex';
import { DoctorCodeLensProvider } from './codeLens';
import { DIAGNOSIS_SCHEME, DiagnosisDocuments, diagnoseCommand } from './commands/diagnose';

/** What the « Diagnostiquer » command (client/src/commands/table.ts) needs. */
export interface DoctorServices {
  run: (arg?: Parameters<typeof diagnoseCommand>[3]) => Promise<unknown>;
}

/** The report documents and the CodeLens; the command itself is in the command table. */
export function registerDoctor(context: vscode.ExtensionContext, conn: ConnectionManager, manifests: ManifestIndex): DoctorServices {
  const docs = new DiagnosisDocuments();
  const lenses = new DoctorCodeLensProvider();
  context.subscriptions.push(
    docs, lenses,
    vscode.workspace.registerTextDocumentContentProvider(DIAGNOSIS_SCHEME, docs),
    vscode.languages.registerDocumentLinkProvider({ scheme: DIAGNOSIS_SCHEME }, docs),
    vscode.languages.registerCodeLensProvider([{ language: 'yaml' }, { pattern: '**/*.{yaml,yml}' }], lenses),
  );
  return { run: (arg) => diagnoseCommand(conn, docs, (k, n, ns) => manifests.find(k, n, ns), arg) };
}
