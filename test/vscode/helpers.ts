// Helpers for suites that run inside the extension host.
import * as vscode from 'vscode';
import { ClusterGateway } from '../../core/cluster/gateway';

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

/**
 * A namespace on the local cluster with a `web` Deployment (Pods labelled app=web) and the given Service, the same
 * Service written at `file` in the workspace; `teardown` removes both. For the suites that need a live app beside
 * its manifest (the map, the doctor).
 */
export function liveWebApp(ns: string, service: string, file: vscode.Uri): { setup(): Promise<void>; teardown(): Promise<void> } {
  const gw = () => ClusterGateway.connect({ kubeconfig: process.env.KUBECONFIG });
  return {
    async setup() {
      await activateExtension();
      const api = vscode.extensions.getExtension<{ clusterReady: Promise<void> }>(EXTENSION_ID)?.exports;
      await api?.clusterReady;
      await gw().create({ apiVersion: 'v1', kind: 'Namespace' }, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } });
      await gw().apply({ apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', namespace: ns }, {
        apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', namespace: ns },
        spec: { replicas: 1, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'nginx:1.27' }] } } },
      });
      await gw().apply({ apiVersion: 'v1', kind: 'Service', name: 'web', namespace: ns }, service);
      await vscode.workspace.fs.writeFile(file, Buffer.from(service));
    },
    async teardown() {
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(file, '..'), { recursive: true }).then(undefined, () => undefined);
      await gw().delete({ apiVersion: 'v1', kind: 'Namespace', name: ns }).catch(() => undefined);
    },
  };
}
