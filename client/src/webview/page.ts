// The HTML page of our webview panels (lab panel, application map): strict CSP with a per-page nonce, the
// @vscode-elements bundle, then the panel's own script. Titles lose the characters that could break the markup.
import * as crypto from 'node:crypto';
import * as vscode from 'vscode';

export interface PageSpec {
  lang: string;
  title: string;
  /** Body markup before the scripts (already escaped by the caller). */
  body: string;
  /** The panel's script, a file of `assets` (e.g. `map.js`). */
  script: string;
}

export const stripMarkup = (s: string): string => s.replace(/[<>&"]/g, '');

export function webviewPage(webview: vscode.Webview, assets: vscode.Uri, spec: PageSpec): string {
  const nonce = crypto.randomBytes(16).toString('base64');
  const src = (f: string): string => webview.asWebviewUri(vscode.Uri.joinPath(assets, f)).toString();
  const csp = [
    "default-src 'none'",
    `img-src ${webview.cspSource} data:`,
    `font-src ${webview.cspSource}`,
    `style-src ${webview.cspSource} 'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="${spec.lang}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${stripMarkup(spec.title)}</title>
</head>
<body>
${spec.body}
<script type="module" nonce="${nonce}" src="${src('vscode-elements.js')}"></script>
<script nonce="${nonce}" src="${src(spec.script)}"></script>
</body>
</html>`;
}
