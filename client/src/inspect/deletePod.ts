// « Supprimer le Pod » : to watch self-healing. Confirms (modal), with a stronger warning for the IDE's own Pod.
import * as vscode from 'vscode';
import { prefixed } from '../../../core/i18n';
import { currentLang } from '../i18n';
import { controllerOf, type PodView } from '../../../core/cluster/watchTypes';
import { deleteObject } from '../../../core/cluster/write';
import { confirm, confirmNotSelf, confirmWrite } from '../clusterUi/confirm';
import { showClusterError } from '../clusterUi/errors';
import { log } from '../clusterUi/output';
import { targetOf, tr } from '../clusterUi/target';
import type { ConnectionManager } from '../connection/manager';
import type { TreeNode } from '../tree/model/types';


export async function deletePod(conn: ConnectionManager, node?: TreeNode): Promise<boolean> {
  const target = await targetOf(conn, node, ['pods']);
  if (!target) return false;
  const { session: s, ref: item } = target;
  const ns = item.namespace ?? s.namespace;
  const ref = { apiVersion: 'v1', kind: 'Pod', name: item.name, namespace: ns };
  try {
    const pod = await s.gateway.get<PodView & { apiVersion: string; kind: string }>(ref);
    const owner = controllerOf(pod);
    const hint = owner ? tr('delete.ownerHint', { ownerKind: owner.kind, owner: owner.name }) : tr('delete.bareHint');
    if (s.isSelf(ref)) {
      if (!(await confirmNotSelf(s.gateway, ref, tr('self.delete')))) return false;
    } else if (!(await confirm(tr('delete.confirm', { name: ref.name }), tr('delete.button'), hint))) {
      return false;
    }
    if (!(await confirmWrite(s, tr('self.delete')))) return false;
    await deleteObject(s.gateway, ref);
    const kubectl = `kubectl delete pod ${ref.name} -n ${ns}`;
    log(kubectl);
    void vscode.window.showInformationMessage(prefixed(currentLang(), tr('delete.done', { name: ref.name, kubectl })));
    return true;
  } catch (err) {
    await showClusterError(s, err, ns);
    return false;
  }
}
