// Status bar click: change context, change namespace, or reload the kubeconfig.
import * as vscode from 'vscode';
import { currentLang } from '../../i18n';
import { t } from '../../../../core/i18n/tree';
import type { ConnectionManager } from '../manager';
import { switchContext } from './switchContext';
import { switchNamespace } from './switchNamespace';

export async function changeConnection(conn: ConnectionManager): Promise<void> {
  const lang = currentLang();
  const s = conn.session;
  const items = [
    ...(s ? [{ label: `$(server-environment) ${t(lang, 'pick.context')}`, id: 'context', description: s.context }] : []),
    ...(s ? [{ label: `$(folder) ${t(lang, 'pick.namespace')}`, id: 'namespace', description: s.namespace }] : []),
    { label: `$(refresh) ${t(lang, 'pick.reload')}`, id: 'reload', description: s ? undefined : conn.problem },
  ];
  const picked = await vscode.window.showQuickPick(items, { placeHolder: t(lang, 'pick.what') });
  if (picked?.id === 'context') await switchContext(conn);
  else if (picked?.id === 'namespace') await switchNamespace(conn);
  else if (picked?.id === 'reload') conn.reload();
}
