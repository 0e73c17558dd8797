// registerApply: apply / dry run / diff commands, CodeLens, cluster diagnostics and rollout commands (issue 7).
import * as vscode from 'vscode';
import { output } from '../clusterUi/output';
import { runApply } from './applyCommands';
import { ManifestCodeLensProvider } from './codeLens';
import { ClusterDiagnostics } from './diagnostics';
import { DiffContentProvider, runDiff } from './diffCommand';
import { documentAt, resolveTarget } from './documents';
import { CMD, DIFF_SCHEME } from './ids';
import { followUi, historyCommand, pauseCommand, restartCommand, statusCommand, undoCommand } from './rolloutCommands';

export function registerApply(context: vscode.ExtensionContext): void {
  const diagnostics = new ClusterDiagnostics();
  const diffs = new DiffContentProvider();
  const lenses = new ManifestCodeLensProvider();
  const deps = { diagnostics, follow: followUi };
  type Args = [vscode.Uri | undefined, vscode.Uri[] | undefined];
  const cmd = (id: string, fn: (...args: never[]) => unknown): vscode.Disposable => vscode.commands.registerCommand(id, fn);
  context.subscriptions.push(
    diagnostics, diffs, lenses, output(),
    vscode.workspace.registerTextDocumentContentProvider(DIFF_SCHEME, diffs),
    vscode.languages.registerCodeLensProvider([{ language: 'yaml' }, { pattern: '**/*.{yaml,yml}' }], lenses),
    cmd(CMD.apply, (...[uri, uris]: Args) => runApply(deps, resolveTarget(uri, uris), false)),
    cmd(CMD.applySelection, () => runApply(deps, resolveTarget(undefined, undefined, true), false)),
    cmd(CMD.dryRun, (...[uri, uris]: Args) => runApply(deps, resolveTarget(uri, uris), true)),
    cmd(CMD.diff, (...[uri, uris]: Args) => runDiff(diffs, diagnostics, resolveTarget(uri, uris))),
    cmd(CMD.applyDocument, (uri: vscode.Uri, index: number) => runApply(deps, documentAt(uri, index), false)),
    cmd(CMD.diffDocument, (uri: vscode.Uri, index: number) => runDiff(diffs, diagnostics, documentAt(uri, index))),
    cmd(CMD.rolloutStatus, (arg?: never) => statusCommand(arg)),
    cmd(CMD.rolloutRestart, (arg?: never) => restartCommand(arg)),
    cmd(CMD.rolloutUndo, (arg?: never) => undoCommand(arg)),
    cmd(CMD.rolloutHistory, (arg?: never) => historyCommand(diffs, arg)),
    cmd(CMD.rolloutPause, (arg?: never) => pauseCommand(arg, true)),
    cmd(CMD.rolloutResume, (arg?: never) => pauseCommand(arg, false)),
  );
}
