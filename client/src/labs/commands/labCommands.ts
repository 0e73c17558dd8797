// Handlers of the lab commands (registered from client/src/commands/table.ts).
import * as vscode from 'vscode';
import { currentLang } from '../../i18n';
import type { LabController } from '../panel/controller';
import { hostText } from '../../../../core/i18n/labsHost';

async function pickLab(controller: LabController): Promise<string | undefined> {
  const items = controller.registry.labs().map((l) => ({ label: l.def.title, description: l.def.id, id: l.def.id }));
  return (await vscode.window.showQuickPick(items, { placeHolder: hostText(currentLang())('pickLab') }))?.id;
}

/** Opens the panel (optionally on one lab); returns the lab shown. */
export async function openLabs(controller: LabController, labId?: string): Promise<{ labId: string | undefined }> {
  await controller.open(typeof labId === 'string' ? labId : undefined);
  return { labId: controller.currentLabId };
}

/** Copies a lab's starting files into the workspace (asks which lab when none is given). */
export async function startLab(controller: LabController, labId?: string): Promise<boolean> {
  const id = typeof labId === 'string' ? labId : await pickLab(controller);
  if (!id) return false;
  await controller.open(id);
  return controller.startLab(id, typeof labId !== 'string');
}

export interface StepArg { labId?: string; stepId?: string }

/** Runs the checks of a step (the current one by default) and returns the results. */
export function checkStep(controller: LabController, arg?: StepArg): ReturnType<LabController['check']> {
  return controller.check(arg?.labId, arg?.stepId);
}

export async function resetStep(controller: LabController, arg?: StepArg): Promise<void> {
  const lab = controller.registry.get(arg?.labId ?? controller.currentLabId ?? '');
  if (!lab) return;
  const stepId = arg?.stepId ?? controller.store.get().labs[lab.def.id]?.currentStep ?? lab.def.steps[0].id;
  await controller.resetStep(lab, stepId);
}

export function exportProgress(controller: LabController, file?: string): ReturnType<LabController['exportProgress']> {
  return controller.exportProgress(typeof file === 'string' ? file : undefined);
}

export async function reloadLabs(controller: LabController): Promise<string[]> {
  controller.registry.reload();
  await controller.refresh();
  return controller.registry.labs().map((l) => l.def.id);
}
