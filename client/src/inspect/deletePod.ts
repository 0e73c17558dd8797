// « Supprimer le Pod » : to watch self-healing. Confirms (modal), with a stronger warning for the IDE's own Pod.
import * as vscode from 'vscode';
import { prefixed } from '../../../core/i18n';
import { currentLang } from '../i18n';
import { controllerOf, type PodView } from '../cluster/watchTypes';
import type { ConnectionManager } from '../connection/manager';
import type { TreeNode } from '../tree/model/types';
import { confirm, confirmNonLocal, confirmSelf, logAction, showError, targetOf, tr } from './common';

export const DELETE_POD_COMMAND = 'kubeApprenti.pod.supprimer';

export async function deletePod(conn: ConnectionManager, node?: TreeNode): Promise<boolean> {
  const target = await targetOf(conn, node, ['pods']);
  if (!target) return false;
  const { session: s, ref } = target;
  const ns = ref.namespace ?? s.namespace;
  const path = `/api/v1/namespaces/${encodeURIComponent(ns)}/pods/${encodeURIComponent(ref.name)}`;
  try {
    const { body: pod } = await s.gateway.request<PodView>({ method: 'GET', path });
    const owner = controllerOf(pod);
    const hint = owner ? tr('delete.ownerHint', { ownerKind: owner.kind, owner: owner.name }) : tr('delete.bareHint');
    if (s.isSelf(ref)) {
      if (!(await confirmSelf(s, ref, tr('self.delete')))) return false;
    } else if (!(await confirm(tr('delete.confirm', { name: ref.name }), tr('delete.button'), hint))) {
      return false;
    }
    if (!(await confirmNonLocal(s, tr('self.delete')))) return false;
    await s.gateway.request({ method: 'DELETE', path });
    const kubectl = `kubectl delete pod ${ref.name} -n ${ns}`;
    logAction(kubectl);
    void vscode.window.showInformationMessage(prefixed(currentLang(), tr('delete.done', { name: ref.name, kubectl })));
    return true;
  } catch (err) {
    await showError(s, err, ns);
    return false;
  }
}
