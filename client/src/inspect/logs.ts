// « Afficher les journaux » (followed) and « Journaux du conteneur précédent », streamed into an output channel.
// A node whose kubelet cannot serve logs (KWOK fake nodes) gets a French explanation instead of a raw error.
import * as vscode from 'vscode';
import { prefixed } from '../../../core/i18n';
import { currentLang } from '../i18n';
import { toClusterError } from '../../../core/cluster/errors';
import type { PodView } from '../../../core/cluster/watchTypes';
import { describeError } from '../clusterUi/errors';
import { log } from '../clusterUi/output';
import { targetOf, tr } from '../clusterUi/target';
import type { ConnectionManager } from '../connection/manager';
import type { ClusterSession } from '../connection/session';
import type { TreeNode } from '../tree/model/types';
import { isKubeletFailure, isNoPrevious } from '../../../core/cluster/logErrors';


const channels = new Map<string, vscode.OutputChannel>();
const streams = new Map<string, AbortController>();

async function pickContainer(s: ClusterSession, ns: string, pod: string, given?: string): Promise<string | undefined> {
  if (given) return given;
  const { body } = await s.gateway.request<PodView>({ method: 'GET', path: `/api/v1/namespaces/${encodeURIComponent(ns)}/pods/${encodeURIComponent(pod)}` });
  const names = (body.spec?.containers ?? []).map((c) => c.name);
  if (names.length <= 1) return names[0];
  return vscode.window.showQuickPick(names, { placeHolder: tr('logs.pickContainer') });
}

export async function showLogs(conn: ConnectionManager, node: TreeNode | undefined, previous: boolean): Promise<void> {
  const target = await targetOf(conn, node, ['pods']);
  if (!target) return;
  const { session: s, ref } = target;
  const ns = ref.namespace ?? s.namespace;
  let container: string | undefined;
  try {
    container = await pickContainer(s, ns, ref.name, node?.container);
  } catch (err) {
    void vscode.window.showErrorMessage(prefixed(currentLang(), describeError(s, err, ns)));
    return;
  }
  if (!container) return;
  const key = `${ns}/${ref.name}/${container}`;
  streams.get(key)?.abort();
  const ch = channels.get(key) ?? vscode.window.createOutputChannel(`Kube Apprenti — ${tr('logs.channel', { pod: ref.name, container })}`);
  channels.set(key, ch);
  ch.clear();
  ch.show(true);
  const kubectl = `kubectl logs ${ref.name} -c ${container} -n ${ns}${previous ? ' --previous' : ' -f'}`;
  ch.appendLine(tr('logs.start', { pod: ref.name, container, previous: previous ? tr('logs.previousSuffix') : '', kubectl }));
  log(kubectl);
  const ctl = new AbortController();
  streams.set(key, ctl);
  try {
    await s.gateway.stream({
      path: `/api/v1/namespaces/${encodeURIComponent(ns)}/pods/${encodeURIComponent(ref.name)}/log`,
      query: { container, follow: previous ? undefined : true, previous: previous ? true : undefined, tailLines: 1000 },
      signal: ctl.signal,
    }, (text) => ch.append(text));
    if (!ctl.signal.aborted) ch.appendLine(tr('logs.ended'));
  } catch (e) {
    const err = toClusterError(e, s.server);
    const msg = isNoPrevious(err) ? tr('logs.noPrevious')
      : isKubeletFailure(err) ? tr('logs.kubeletError', { message: 'message' in err.info && err.info.message ? err.info.message : err.info.kind })
        : describeError(s, err, ns);
    ch.appendLine(msg);
    void vscode.window.showWarningMessage(prefixed(currentLang(), msg));
  } finally {
    if (streams.get(key) === ctl) streams.delete(key);
  }
}

export function stopAllLogs(): void {
  for (const c of streams.values()) c.abort();
  streams.clear();
}

export function disposeLogs(): void {
  stopAllLogs();
  for (const c of channels.values()) c.dispose();
  channels.clear();
}
