// Status bar item: « $(cloud) contexte · espace de noms · édition », offline and no-cluster states; click = change.
import * as vscode from 'vscode';
import { currentLang } from '../i18n';
import { t } from '../../../core/i18n/tree';
import type { ConnectionManager } from './manager';

export const CHANGE_CONNECTION_COMMAND = 'kubeApprenti.connexion.changer';

export function createStatusBar(conn: ConnectionManager): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('kubeApprenti.connexion', vscode.StatusBarAlignment.Left, 50);
  item.name = 'Kube Apprenti';
  item.command = CHANGE_CONNECTION_COMMAND;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const render = () => {
    const lang = currentLang();
    const s = conn.session;
    if (!s) {
      item.text = `$(debug-disconnect) ${t(lang, 'status.noCluster')}`;
      item.tooltip = t(lang, 'status.noClusterTooltip', { message: conn.problem ?? '' });
      item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
      item.show();
      return;
    }
    const access = s.access(s.namespace);
    const level = access && !access.error ? t(lang, `level.${access.level}`) : t(lang, 'level.unknown');
    const offline = s.hub.all().some(({ informer }) => {
      const st = informer.currentStatus;
      const kind = (st.error as { info?: { kind?: string } } | undefined)?.info?.kind;
      return st.state === 'error' && (kind === 'unreachable' || kind === 'timeout' || kind === 'unauthorized');
    });
    const icon = offline ? '$(debug-disconnect)' : access?.level === 'view' ? '$(eye)' : '$(cloud)';
    item.text = offline
      ? `${icon} ${t(lang, 'status.offline', { context: s.context })}`
      : `${icon} ${t(lang, 'status.text', { context: s.context, namespace: s.namespace, level })}`;
    item.tooltip = t(lang, 'status.tooltip', { context: s.context, namespace: s.namespace, level, server: s.server });
    item.backgroundColor = offline ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    item.show();
  };
  // hub notifications are already debounced; coalesce a little more for the status bar
  const schedule = () => { if (!timer) timer = setTimeout(() => { timer = undefined; render(); }, 200); };
  let hubOff: (() => void) | undefined;
  const rebind = () => {
    hubOff?.();
    hubOff = conn.session?.hub.onDidChange(schedule);
    render();
  };
  const sub = conn.onDidChange(rebind);
  const cfg = vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration('kubeApprenti.langue')) render(); });
  rebind();
  return { dispose: () => { hubOff?.(); sub.dispose(); cfg.dispose(); item.dispose(); if (timer) clearTimeout(timer); } };
}
