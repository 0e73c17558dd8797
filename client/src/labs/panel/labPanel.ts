// The webview panel: strict CSP with a nonce, VS Code theme colours, local resources only from dist/webviews.
import * as vscode from 'vscode';
import { webviewPage } from '../../webview/page';
import { isWebviewMessage, type HostToWebview, type WebviewToHost } from '../../../../core/labs/protocol';

export const LAB_PANEL_VIEW_TYPE = 'kubeApprenti.labs';

export class LabPanel implements vscode.Disposable {
  readonly panel: vscode.WebviewPanel;
  private readonly disposables: vscode.Disposable[] = [];
  private disposed = false;

  constructor(extensionUri: vscode.Uri, title: string, lang: string, onMessage: (m: WebviewToHost) => void, onDispose: () => void) {
    const assets = vscode.Uri.joinPath(extensionUri, 'dist', 'webviews');
    // The panel goes to the right (column 2): the student's files open on the left, the instructions stay visible.
    this.panel = vscode.window.createWebviewPanel(LAB_PANEL_VIEW_TYPE, title, vscode.ViewColumn.Two, {
      enableScripts: true, retainContextWhenHidden: true, localResourceRoots: [assets],
    });
    this.panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'icon.png');
    this.panel.webview.html = html(this.panel.webview, assets, title, lang);
    this.disposables.push(
      this.panel.webview.onDidReceiveMessage((m: unknown) => { if (isWebviewMessage(m)) onMessage(m); }),
      this.panel.onDidDispose(() => { this.disposed = true; onDispose(); this.dispose(); }),
    );
  }

  post(m: HostToWebview): void {
    if (!this.disposed) void this.panel.webview.postMessage(m);
  }

  /** Column where the student's files should open: not the panel's. */
  get editorColumn(): vscode.ViewColumn {
    return this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One;
  }

  reveal(): void {
    this.panel.reveal(undefined, false);
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
    if (!this.disposed) { this.disposed = true; this.panel.dispose(); }
  }
}

function html(webview: vscode.Webview, assets: vscode.Uri, title: string, lang: string): string {
  const body = '<main id="app" data-ready="false"></main>\n<div id="notice" role="status" aria-live="polite"></div>';
  return webviewPage(webview, assets, { lang, title, body, script: 'lab.js' });
}
