// Registers the guided labs: the registry (shipped + workspace labs), the panel, the commands. One line in clusterMain.ts.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { currentLang } from '../../i18n';
import { LabController } from './controller';
import { SOLUTION_SCHEME, SolutionContentProvider } from './fileOps';
import { hostText } from '../../../../core/i18n/labsHost';
import { LabRegistry } from './labRegistry';
import { ProgressStore } from './progressStore';

export const LAB_COMMANDS = {
  ouvrir: 'kubeApprenti.labs.ouvrir',
  demarrer: 'kubeApprenti.labs.demarrer',
  verifier: 'kubeApprenti.labs.verifier',
  reinitialiserEtape: 'kubeApprenti.labs.reinitialiserEtape',
  exporter: 'kubeApprenti.labs.exporterProgression',
  recharger: 'kubeApprenti.labs.recharger',
} as const;

let instance: LabController | undefined;

/** The window's lab controller (for the in-host tests). */
export function labController(): LabController | undefined {
  return instance;
}

async function pickLab(controller: LabController): Promise<string | undefined> {
  const items = controller.registry.labs().map((l) => ({ label: l.def.titre, description: l.def.id, id: l.def.id }));
  return (await vscode.window.showQuickPick(items, { placeHolder: hostText(currentLang())('pickLab') }))?.id;
}

export function registerLabs(context: vscode.ExtensionContext): void {
  const registry = new LabRegistry(path.join(context.extensionPath, 'labs'));
  const controller = new LabController(context.extensionUri, registry, new ProgressStore(context.workspaceState));
  instance = controller;
  const cmd = (id: string, fn: (...args: never[]) => unknown): vscode.Disposable => vscode.commands.registerCommand(id, fn as (...args: unknown[]) => unknown);
  context.subscriptions.push(
    registry, controller, { dispose: () => { instance = undefined; } },
    vscode.workspace.registerTextDocumentContentProvider(SOLUTION_SCHEME, new SolutionContentProvider()),
    // Opens the panel (optionally on one lab); returns the lab shown.
    cmd(LAB_COMMANDS.ouvrir, async (labId?: string) => { await controller.open(typeof labId === 'string' ? labId : undefined); return { labId: controller.currentLabId }; }),
    // Copies a lab's starting files into the workspace (asks which lab when none is given).
    cmd(LAB_COMMANDS.demarrer, async (labId?: string) => {
      const id = typeof labId === 'string' ? labId : await pickLab(controller);
      if (!id) return false;
      await controller.open(id);
      return controller.startLab(id, typeof labId !== 'string');
    }),
    // Runs the checks of a step (the current one by default) and returns the results.
    cmd(LAB_COMMANDS.verifier, (arg?: { labId?: string; stepId?: string }) => controller.check(arg?.labId, arg?.stepId)),
    cmd(LAB_COMMANDS.reinitialiserEtape, async (arg?: { labId?: string; stepId?: string }) => {
      const lab = registry.get(arg?.labId ?? controller.currentLabId ?? '');
      if (!lab) return;
      const stepId = arg?.stepId ?? controller.store.get().labs[lab.def.id]?.currentStep ?? lab.def.étapes[0].id;
      await controller.resetStep(lab, stepId);
    }),
    cmd(LAB_COMMANDS.exporter, (file?: string) => controller.exportProgress(typeof file === 'string' ? file : undefined)),
    cmd(LAB_COMMANDS.recharger, async () => { registry.reload(); await controller.refresh(); return registry.labs().map((l) => l.def.id); }),
  );
}
