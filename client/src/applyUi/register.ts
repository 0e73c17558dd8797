// registerApply: CodeLens, cluster diagnostics, diff pages of the apply / diff / rollout features (issue 7).
// Their commands are in client/src/commands/table.ts.
import * as vscode from 'vscode';
import { output } from '../clusterUi/output';
import type { ApplyUiDeps } from './applyCommands';
import { ManifestCodeLensProvider, RenderCodeLensProvider } from './codeLens';
import { disposeRenderClient } from './renderCommands';
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
  const renderLenses = new RenderCodeLensProvider();
  context.subscriptions.push(
    diagnostics, diffs, lenses, renderLenses, output(), { dispose: disposeRenderClient },
    vscode.languages.registerCodeLensProvider([{ pattern: '**/{Chart.yaml,Chart.yml,kustomization.yaml,kustomization.yml,Kustomization}' }], renderLenses),
    vscode.workspace.registerTextDocumentContentProvider(DIFF_SCHEME, diffs),
    vscode.languages.registerCodeLensProvider([{ language: 'yaml' }, { pattern: '**/*.{yaml,yml}' }], lenses),
  );
  return { diffs, apply: { diagnostics, follow: followUi } };
}
