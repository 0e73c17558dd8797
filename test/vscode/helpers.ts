// Helpers for suites that run inside the extension host.
import * as vscode from 'vscode';

export const EXTENSION_ID = 'kube-apprenti.kube-apprenti';

export async function activateExtension(): Promise<vscode.Extension<unknown>> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} not found`);
  await ext.activate();
  return ext;
}

export function workspaceUri(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder');
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

/** Polls `get` until `ok` holds or the timeout passes; returns the last value. */
export async function waitFor<T>(get: () => T | Promise<T>, ok: (v: T) => boolean, timeoutMs = 30000): Promise<T> {
  const t0 = Date.now();
  let v = await get();
  while (!ok(v) && Date.now() - t0 < timeoutMs) {
    await new Promise((r) => setTimeout(r, 200));
    v = await get();
  }
  return v;
}

export async function diagnosticsOf(uri: vscode.Uri, code?: string, timeoutMs = 30000): Promise<vscode.Diagnostic[]> {
  const match = (d: vscode.Diagnostic) => code === undefined || (typeof d.code === 'object' ? String(d.code.value) : String(d.code)) === code;
  return waitFor(() => vscode.languages.getDiagnostics(uri).filter((d) => d.source?.startsWith('kube-apprenti') && match(d)), (ds) => ds.length > 0, timeoutMs);
}
