// registerApply: CodeLens, cluster diagnostics, diff pages of the apply / diff / rollout features (issue 7).
// Their commands are in client/src/commands/table.ts.
import * as vscode from 'vscode';
import { output } from '../clusterUi/output';
import type { ApplyUiDeps } from './applyCommands';
import { ManifestCodeLensProvider } from './codeLens';
import { ClusterDiagnostics } from './diagnostics';
import { DiffContentProvider } from './diffCommand';
import { DIFF_SCHEME } from './ids';
import { followUi } from './rolloutCommands';

export interface ApplyServices {
  diffs: DiffContentProvider;
  apply: ApplyUiDeps;
}

export function registerApply(context: vscode.ExtensionContext): ApplyServices {
  const diagnostics = new ClusterDiagnostics();
  const diffs = new DiffContentProvider();
  const lenses = new ManifestCodeLensProvider();
  context.subscriptions.push(
    diagnostics, diffs, lenses, output(),
    vscode.workspace.registerTextDocumentContentProvider(DIFF_SCHEME, diffs),
    vscode.languages.registerCodeLensProvider([{ language: 'yaml' }, { pattern: '**/*.{yaml,yml}' }], lenses),
  );
  return { diffs, apply: { diagnostics, follow: followUi } };
}
