// « Changer de contexte » : quick pick of the kubeconfig's contexts; the choice is remembered, the kubeconfig untouched.
import * as vscode from 'vscode';
import { currentLang } from '../../i18n';
import { t } from '../../../../core/i18n/tree';
import type { ConnectionManager } from '../manager';


export async function switchContext(conn: ConnectionManager): Promise<void> {
  const lang = currentLang();
  const s = conn.session;
  const contexts = s?.config.contexts ?? [];
  if (contexts.length === 0) {
    conn.reload();
    return;
  }
  const picked = await vscode.window.showQuickPick(contexts.map((c) => ({
    label: c.name,
    description: [c.name === s?.context ? t(lang, 'pick.current') : undefined, c.namespace].filter(Boolean).join(' · '),
    detail: `${c.server ?? ''} — ${t(lang, 'pick.kubectlContext', { context: c.name })}`,
  })), { placeHolder: t(lang, 'pick.contextPlaceholder') });
  if (!picked || picked.label === s?.context) return;
  await conn.setContext(picked.label);
  const now = conn.session;
  if (now) void vscode.window.showInformationMessage(t(lang, 'conn.switched', { context: now.context, namespace: now.namespace }));
}
