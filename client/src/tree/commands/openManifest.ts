// « Ouvrir le manifeste » : the workspace file (and line) that defines the live object.
import * as vscode from 'vscode';
import { prefixed } from '../../../../core/i18n';
import { currentLang } from '../../i18n';
import type { TreeNode } from '../model/types';
import { t } from '../../../../core/i18n/tree';


export async function openManifest(node?: TreeNode): Promise<void> {
  const m = node?.manifest;
  if (!m) {
    void vscode.window.showInformationMessage(prefixed(currentLang(), node?.ref ? t(currentLang(), 'manifest.none', { kind: node.ref.kind, name: node.ref.name }) : t(currentLang(), 'action.needsNode')));
    return;
  }
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(m.uri));
  const pos = new vscode.Position(m.line, 0);
  await vscode.window.showTextDocument(doc, { selection: new vscode.Range(pos, pos), preview: true });
}
