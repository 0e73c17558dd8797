// « Rediriger un port » : a local TCP server whose connections go to a Pod's port through the API server (like
// kubectl port-forward, no kubectl needed). In code-server (SSPCloud) the page opens through /proxy/<port>/.
import * as net from 'node:net';
import { prefixed } from '../../../core/i18n';
import * as vscode from 'vscode';
import { describeClusterError } from '../../../core/cluster/errorMessages';
import { toClusterError } from '../../../core/cluster/errors';
import type { PodView, ServiceView } from '../../../core/cluster/watchTypes';
import { showClusterError } from '../clusterUi/errors';
import { log } from '../clusterUi/output';
import { targetOf, tr } from '../clusterUi/target';
import type { ConnectionManager } from '../connection/manager';
import type { ClusterSession } from '../connection/session';
import { currentLang } from '../i18n';
import type { TreeNode } from '../tree/model/types';
import { defaultLocalPort, podForService, podPorts, servicePorts, type PortChoice } from './portForwardTarget';


interface Forward { local: number; target: string; port: number; server: net.Server }
const active = new Map<number, Forward>();

function listen(port: number): Promise<net.Server> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(port, '127.0.0.1', () => resolve(srv));
  });
}

async function choosePort(choices: PortChoice[], kind: string, name: string): Promise<PortChoice | undefined> {
  if (choices.length === 1) return choices[0];
  if (choices.length > 1) {
    const picked = await vscode.window.showQuickPick(choices.map((c) => ({ label: c.label, c })), { placeHolder: tr('pf.pickPort') });
    return picked?.c;
  }
  const typed = await vscode.window.showInputBox({
    prompt: tr('pf.noPorts', { kind, name }), title: tr('pf.portInput'),
    validateInput: (v) => (/^\d{1,5}$/.test(v) && Number(v) > 0 && Number(v) < 65536 ? undefined : tr('pf.invalid')),
  });
  return typed ? { port: Number(typed), targetPort: Number(typed), label: typed } : undefined;
}

/** Starts forwarding localPort → pod:targetPort. Exported for tests; returns the listening server. */
export async function startForward(s: ClusterSession, ns: string, pod: string, targetPort: number, localPort: number, onError: (message: string) => void): Promise<net.Server> {
  const server = await listen(localPort);
  server.on('connection', (socket) => {
    socket.on('error', () => socket.destroy());
    s.gateway.portForward(ns, pod, targetPort, socket, (m) => onError(m.trim())).catch((err: unknown) => {
      socket.destroy();
      onError(describeClusterError(toClusterError(err, s.server).info, currentLang()));
    });
  });
  return server;
}

export async function portForward(conn: ConnectionManager, node?: TreeNode): Promise<void> {
  const target = await targetOf(conn, node, ['pods', 'services']);
  if (!target) return;
  const { session: s, ref } = target;
  const ns = ref.namespace ?? s.namespace;
  try {
    let podName = ref.name;
    let choices: PortChoice[];
    if (ref.resource === 'services') {
      const { body: svc } = await s.gateway.request<ServiceView>({ method: 'GET', path: `/api/v1/namespaces/${encodeURIComponent(ns)}/services/${encodeURIComponent(ref.name)}` });
      const { body: pods } = await s.gateway.request<{ items?: PodView[] }>({ method: 'GET', path: `/api/v1/namespaces/${encodeURIComponent(ns)}/pods` });
      const pod = podForService(svc, pods.items ?? []);
      if (!pod) { void vscode.window.showWarningMessage(prefixed(currentLang(), tr('pf.noPod', { name: ref.name }))); return; }
      podName = pod.metadata.name;
      choices = servicePorts(svc, pod);
    } else {
      const { body: pod } = await s.gateway.request<PodView>({ method: 'GET', path: `/api/v1/namespaces/${encodeURIComponent(ns)}/pods/${encodeURIComponent(ref.name)}` });
      choices = podPorts(pod);
    }
    const choice = await choosePort(choices, ref.kind, ref.name);
    if (!choice) return;
    const targetText = ref.resource === 'services' ? `svc/${ref.name}` : `pod/${ref.name}`;
    const localText = await vscode.window.showInputBox({
      prompt: tr('pf.prompt', { port: choice.port, target: targetText }), value: String(defaultLocalPort(choice.port)),
      validateInput: (v) => (/^\d{4,5}$/.test(v) && Number(v) >= 1024 && Number(v) < 65536 ? undefined : tr('pf.invalid')),
    });
    if (!localText) return;
    const local = Number(localText);
    let warned = false;
    const server = await startForward(s, ns, podName, choice.targetPort, local, (message) => {
      log(tr('pf.connError', { target: targetText, message }));
      if (!warned) { warned = true; void vscode.window.showWarningMessage(prefixed(currentLang(), tr('pf.connError', { target: targetText, message }))); }
    }).catch(async (err: { code?: string }) => {
      if (err.code === 'EADDRINUSE') { void vscode.window.showWarningMessage(prefixed(currentLang(), tr('pf.portBusy', { local }))); return undefined; }
      throw err;
    });
    if (!server) return;
    active.set(local, { local, target: targetText, port: choice.port, server });
    const kubectl = `kubectl port-forward ${targetText} ${local}:${choice.port} -n ${ns}`;
    log(kubectl);
    const external = await vscode.env.asExternalUri(vscode.Uri.parse(`http://localhost:${local}/`));
    const viaProxy = vscode.env.uiKind === vscode.UIKind.Web || external.authority !== `localhost:${local}`;
    const text = [tr('pf.started', { local, target: targetText, port: choice.port, kubectl }), viaProxy ? tr('pf.sspcloud', { url: external.toString(true), local }) : ''].filter(Boolean).join(' ');
    const open = tr('pf.open');
    const stop = tr('pf.stop');
    const answer = await vscode.window.showInformationMessage(prefixed(currentLang(), text), open, stop);
    if (answer === open) await vscode.env.openExternal(external);
    if (answer === stop) stopForward(local);
  } catch (err) {
    await showClusterError(s, err, ns);
  }
}

export function stopForward(local: number): void {
  const f = active.get(local);
  if (!f) return;
  f.server.close();
  active.delete(local);
  log(tr('pf.stopped', { local }));
}

export async function stopForwards(): Promise<void> {
  if (active.size === 0) { void vscode.window.showInformationMessage(prefixed(currentLang(), tr('pf.none'))); return; }
  const picked = await vscode.window.showQuickPick([...active.values()].map((f) => ({ label: `localhost:${f.local} → ${f.target}:${f.port}`, local: f.local })), { placeHolder: tr('pf.pickStop'), canPickMany: true });
  for (const p of picked ?? []) stopForward(p.local);
}

export function disposeForwards(): void {
  for (const f of active.values()) f.server.close();
  active.clear();
}
