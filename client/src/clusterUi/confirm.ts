// Confirmations before a write: modal question, non-local cluster, the IDE's own workload.
import * as vscode from 'vscode';
import { SETTING_ALLOWED_CLUSTERS } from '../applyUi/ids';
import { applyUi } from '../../../core/i18n/applyUi';
import type { ClusterGateway } from '../../../core/cluster/gateway';
import type { LoadedConfig } from '../../../core/cluster/kubeconfig';
import { writeConfirmation } from '../../../core/cluster/safety';
import { detectSelf, isSelf, selfWarning } from '../../../core/cluster/selfPod';
import type { ObjectRef } from '../../../core/cluster/types';
import { currentLang } from '../i18n';

/** Modal confirmation; resolves true when the user accepted. */
export async function confirm(message: string, button: string, detail?: string): Promise<boolean> {
  return (await vscode.window.showWarningMessage(message, { modal: true, detail }, button)) === button;
}

/** Asks before writing to a context that does not look like a local or lab cluster (setting kubeApprenti.clusters.autorisés). */
export async function confirmWrite(target: { config: LoadedConfig }, action: string): Promise<boolean> {
  const allow = vscode.workspace.getConfiguration('kubeApprenti').get<string[]>(SETTING_ALLOWED_CLUSTERS, []);
  const question = writeConfirmation(target.config, allow, action, currentLang());
  return question ? confirm(question, applyUi(currentLang())('continue')) : true;
}

/** Asks before acting on the IDE's own Pod or workload (in-cluster); true when it is not ours or the user insists. */
export async function confirmNotSelf(gw: ClusterGateway, ref: ObjectRef, action: string): Promise<boolean> {
  const self = await detectSelf(gw).catch(() => undefined);
  if (!isSelf(self, ref)) return true;
  return confirm(selfWarning(ref, action, currentLang()), applyUi(currentLang())('continue'));
}
