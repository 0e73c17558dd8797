// Sets up the guided labs: the registry (shipped + workspace labs), the panel. One line in clusterMain.ts.
// Their commands are in client/src/commands/table.ts (handlers: ../commands/labCommands.ts).
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LabController } from './controller';
import { SOLUTION_SCHEME, SolutionContentProvider } from './fileOps';
import { hostText } from '../../../../core/i18n/labsHost';
import { LabRegistry } from './labRegistry';
import { ProgressStore } from './progressStore';

let instance: LabController | undefined;

/** The window's lab controller (for the in-host tests). */
export function labController(): LabController | undefined {
  return instance;
}

export function registerLabs(context: vscode.ExtensionContext): LabController {
  const registry = new LabRegistry(path.join(context.extensionPath, 'labs'));
  const controller = new LabController(context.extensionUri, registry, new ProgressStore(context.workspaceState));
  instance = controller;
  context.subscriptions.push(
    registry, controller, { dispose: () => { instance = undefined; } },
    vscode.workspace.registerTextDocumentContentProvider(SOLUTION_SCHEME, new SolutionContentProvider()),
  );
  return controller;
}
