// « Changer d'espace de noms » : the namespaces the user may list (or free input when listing is forbidden).
import * as vscode from 'vscode';
import { currentLang, type Lang } from '../../i18n';
import { t } from '../../../../core/i18n/tree';
import type { ConnectionManager } from '../manager';

const NAME_RE = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;

async function askName(lang: Lang, prompt: string, value: string): Promise<string | undefined> {
  return vscode.window.showInputBox({
    title: t(lang, 'pick.namespaceInput'), prompt, value,
    validateInput: (v) => (NAME_RE.test(v.trim()) ? undefined : t(lang, 'pick.namespaceInvalid')),
  }).then((v) => v?.trim());
}

export async function switchNamespace(conn: ConnectionManager): Promise<void> {
  const lang = currentLang();
  const s = conn.session;
  if (!s) return;
  let name: string | undefined;
  if (s.canListNamespaces) {
    let names: string[] = [];
    try {
      const list = await s.gateway.request<{ items?: { metadata: { name: string } }[] }>({ method: 'GET', path: '/api/v1/namespaces', timeoutMs: 10_000 });
      names = (list.body.items ?? []).map((n) => n.metadata.name).sort();
    } catch { /* fall back to typing the name */ }
    const manual = t(lang, 'pick.namespaceManual');
    const items: vscode.QuickPickItem[] = names.map((n) => ({
      label: n, description: n === s.namespace ? t(lang, 'pick.current') : undefined, detail: t(lang, 'pick.kubectlNamespace', { namespace: n }),
    }));
    items.push({ label: manual, alwaysShow: true });
    const picked = await vscode.window.showQuickPick(items, { placeHolder: t(lang, 'pick.namespacePlaceholder') });
    if (!picked) return;
    name = picked.label === manual ? await askName(lang, t(lang, 'pick.namespacePlaceholder'), s.namespace) : picked.label;
  } else {
    name = await askName(lang, t(lang, 'pick.namespaceForbidden'), s.namespace);
  }
  if (!name || name === s.namespace) return;
  await conn.setNamespace(name);
  const now = conn.session;
  if (now) void vscode.window.showInformationMessage(t(lang, 'conn.switched', { context: now.context, namespace: now.namespace }));
}
