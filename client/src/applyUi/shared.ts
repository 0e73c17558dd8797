// Connection, output channel, confirmations and error display shared by the apply/diff/rollout commands.
import * as vscode from 'vscode';
import { describeClusterError } from '../cluster/errorMessages';
import { ClusterError, toClusterError } from '../cluster/errors';
import { ClusterGateway } from '../cluster/gateway';
import { forbiddenHints } from '../cluster/roleHints';
import { writeConfirmation } from '../cluster/safety';
import { detectSelf, isSelf, selfWarning } from '../cluster/selfPod';
import { getConnection } from '../connection/manager';
import { currentLang } from '../i18n';
import { OUTPUT_NAME, SETTING_ALLOWED_CLUSTERS } from './ids';
import { prefixed } from '../../../core/i18n';
import { applyUi } from '../../../core/i18n/applyUi';

let channel: vscode.OutputChannel | undefined;

export function output(): vscode.OutputChannel {
  channel ??= vscode.window.createOutputChannel(OUTPUT_NAME);
  return channel;
}

export function log(lines: string | string[]): void {
  const stamp = `[${new Date().toLocaleTimeString()}]`;
  for (const l of Array.isArray(lines) ? lines : [lines]) output().appendLine(l ? `${stamp} ${l}` : '');
}

/**
 * The gateway of the connection the tree and the status bar show (same context and namespace), or one opened from
 * the kubeconfig when the tree is not there. Shows the French problem and returns undefined when there is none.
 */
export function gateway(): ClusterGateway | undefined {
  const conn = getConnection();
  if (conn?.session) return conn.session.gateway;
  try {
    return ClusterGateway.connect(conn?.options() ?? {});
  } catch (err) {
    void showClusterError(undefined, err);
    return undefined;
  }
}

export async function showClusterError(gw: ClusterGateway | undefined, err: unknown): Promise<void> {
  const e = toClusterError(err, gw?.server);
  const hints = gw ? await forbiddenHints(gw, e.info) : {};
  const msg = describeClusterError(e.info, currentLang(), hints);
  log(msg);
  await vscode.window.showErrorMessage(prefixed(currentLang(), msg));
}

export async function confirm(message: string, button: string): Promise<boolean> {
  return (await vscode.window.showWarningMessage(message, { modal: true }, button)) === button;
}

/** Asks before writing to a context that does not look like a local or lab cluster. */
export async function confirmWrite(gw: ClusterGateway, action: string): Promise<boolean> {
  const allow = vscode.workspace.getConfiguration('kubeApprenti').get<string[]>(SETTING_ALLOWED_CLUSTERS, []);
  const question = writeConfirmation(gw.config, allow, action, currentLang());
  return question ? confirm(question, applyUi(currentLang())('continue')) : true;
}

/** Asks before acting on the IDE's own workload (in-cluster); true when it is not ours or the user insists. */
export async function confirmNotSelf(gw: ClusterGateway, ref: { kind: string; name: string; namespace?: string }, action: string): Promise<boolean> {
  const self = await detectSelf(gw).catch(() => undefined);
  if (!isSelf(self, ref)) return true;
  return confirm(selfWarning(ref, action, currentLang()), applyUi(currentLang())('continue'));
}

export function isClusterError(err: unknown): err is ClusterError {
  return err instanceof ClusterError;
}
