// Shared bits of the inspect actions: which object (tree node or quick pick), French errors with role hints,
// the kubectl equivalent in the output channel, confirmations (non-local cluster, the IDE's own workload).
import * as vscode from 'vscode';
import { prefixed } from '../../../core/i18n';
import { describeClusterError } from '../cluster/errorMessages';
import { toClusterError } from '../cluster/errors';
import { writeConfirmation } from '../cluster/safety';
import { selfWarning } from '../cluster/selfPod';
import { collectionPath, RESOURCES, type ResourceId } from '../cluster/watchResources';
import type { ConnectionManager } from '../connection/manager';
import type { ClusterSession } from '../connection/session';
import { currentLang } from '../i18n';
import type { ObjRef, TreeNode } from '../tree/model/types';
import { t, type TextArgs, type TextKey } from '../../../core/i18n/tree';

export function tr(key: TextKey, args?: TextArgs): string {
  return t(currentLang(), key, args);
}

let channel: vscode.OutputChannel | undefined;

/** The « Kube Apprenti — cluster » output channel, where every action writes its kubectl equivalent. */
export function output(): vscode.OutputChannel {
  channel ??= vscode.window.createOutputChannel('Kube Apprenti — cluster');
  return channel;
}

export function logAction(text: string): void {
  output().appendLine(`[${new Date().toLocaleTimeString()}] ${text}`);
}

export function describeError(session: ClusterSession | undefined, err: unknown, namespace?: string): string {
  const access = namespace ? session?.access(namespace) : undefined;
  return describeClusterError(toClusterError(err, session?.server).info, currentLang(), {
    currentRole: access && !access.error && access.level !== 'none' ? access.level : undefined,
    roleNamespace: session?.namespace, context: session?.context, server: session?.server,
  });
}

export async function showError(session: ClusterSession | undefined, err: unknown, namespace?: string): Promise<void> {
  const msg = describeError(session, err, namespace);
  logAction(msg);
  await vscode.window.showErrorMessage(prefixed(currentLang(), msg));
}

/** The object a command acts on: the tree node it was invoked on, or one picked in the current namespace. */
export async function targetOf(conn: ConnectionManager, node: TreeNode | undefined, resources: ResourceId[]): Promise<{ session: ClusterSession; ref: ObjRef; node?: TreeNode } | undefined> {
  const session = conn.session;
  if (!session) {
    void vscode.window.showWarningMessage(prefixed(currentLang(), tr('action.noCluster')));
    return undefined;
  }
  if (node?.ref && resources.includes(node.ref.resource)) return { session, ref: node.ref, node };
  const resource = resources[0];
  const ns = session.namespace;
  try {
    const { body } = await session.gateway.request<{ items?: { metadata: { name: string; uid?: string } }[] }>({ method: 'GET', path: collectionPath(RESOURCES[resource], ns), timeoutMs: 15_000 });
    const names = (body.items ?? []).map((o) => o.metadata);
    const picked = await vscode.window.showQuickPick(names.map((m) => ({ label: m.name, uid: m.uid })), { placeHolder: tr('action.pick', { kind: RESOURCES[resource].kind, namespace: ns }) });
    if (!picked) return undefined;
    return { session, ref: { resource, kind: RESOURCES[resource].kind, name: picked.label, namespace: ns, uid: picked.uid } };
  } catch (err) {
    await showError(session, err, ns);
    return undefined;
  }
}

/** Modal confirmation; resolves true when the user accepted. */
export async function confirm(message: string, button: string, detail?: string): Promise<boolean> {
  const answer = await vscode.window.showWarningMessage(message, { modal: true, detail }, button);
  return answer === button;
}

/** Asks before a write on a cluster that does not look local (setting kubeApprenti.clusters.autorisés). */
export async function confirmNonLocal(session: ClusterSession, action: string): Promise<boolean> {
  const allow = vscode.workspace.getConfiguration('kubeApprenti').get<string[]>('clusters.autorisés', []);
  const question = writeConfirmation(session.config, allow, action, currentLang());
  return question ? confirm(question, tr('confirm.continue')) : true;
}

/** Refuses (unless the user insists in a modal) to act on the IDE's own Pod or workload. */
export async function confirmSelf(session: ClusterSession, ref: ObjRef, action: string): Promise<boolean> {
  if (!session.isSelf(ref)) return true;
  return confirm(selfWarning(ref, action, currentLang()), tr('confirm.continue'));
}
