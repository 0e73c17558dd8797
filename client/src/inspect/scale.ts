// « Changer le nombre de réplicas » (Deployment, StatefulSet) through the write API's scale, like kubectl scale.
import * as vscode from 'vscode';
import { prefixed } from '../../../core/i18n';
import { currentLang } from '../i18n';
import { apiVersionOf, RESOURCES } from '../../../core/cluster/watchResources';
import { currentReplicas, scaleWorkload } from '../../../core/cluster/write';
import { confirmNotSelf, confirmWrite } from '../clusterUi/confirm';
import { showClusterError } from '../clusterUi/errors';
import { log } from '../clusterUi/output';
import { targetOf, tr } from '../clusterUi/target';
import type { ConnectionManager } from '../connection/manager';
import type { TreeNode } from '../tree/model/types';


export function parseReplicas(text: string): number | undefined {
  const v = text.trim();
  if (!/^\d{1,3}$/.test(v)) return undefined;
  const n = Number(v);
  return n <= 100 ? n : undefined;
}

export async function scaleCommand(conn: ConnectionManager, node?: TreeNode, replicasArg?: number): Promise<boolean> {
  const target = await targetOf(conn, node, ['deployments', 'statefulsets']);
  if (!target) return false;
  const { session: s, ref: item } = target;
  const ns = item.namespace ?? s.namespace;
  const ref = { apiVersion: apiVersionOf(RESOURCES[item.resource]), kind: item.kind, name: item.name, namespace: ns };
  try {
    const current = await currentReplicas(s.gateway, ref);
    let replicas = replicasArg;
    if (replicas === undefined) {
      const text = await vscode.window.showInputBox({
        prompt: tr('scale.prompt', { kind: ref.kind, name: ref.name, current }), value: String(current),
        validateInput: (v) => (parseReplicas(v) === undefined ? tr('scale.invalid') : undefined),
      });
      replicas = text === undefined ? undefined : parseReplicas(text);
    }
    if (replicas === undefined || replicas === current) return false;
    if (!(await confirmNotSelf(s.gateway, ref, tr('self.scale')))) return false;
    if (!(await confirmWrite(s, tr('self.scale')))) return false;
    await scaleWorkload(s.gateway, ref, replicas);
    const kubectl = `kubectl scale ${RESOURCES[item.resource].kubectlName} ${ref.name} --replicas=${replicas} -n ${ns}`;
    log(kubectl);
    void vscode.window.showInformationMessage(prefixed(currentLang(), tr('scale.done', { kind: ref.kind, name: ref.name, replicas, kubectl })));
    return true;
  } catch (err) {
    await showClusterError(s, err, ns);
    return false;
  }
}
