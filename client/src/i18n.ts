// The language of the extension's texts: the setting kubeApprenti.langue (fr by default), not VS Code's display
// language. The texts themselves live in core/i18n (one catalogue pair per domain).
import * as vscode from 'vscode';
import { asLang, type Lang } from '../../core/i18n';

export type { Lang } from '../../core/i18n';

export function currentLang(): Lang {
  return asLang(vscode.workspace.getConfiguration('kubeApprenti').get<string>('langue', 'fr'));
}
