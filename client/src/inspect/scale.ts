// « Changer le nombre de réplicas » (Deployment, StatefulSet) through the scale subresource, like kubectl scale.
import * as vscode from 'vscode';
import { prefixed } from '../../../core/i18n';
import { currentLang } from '../i18n';
import { objectPath, RESOURCES } from '../cluster/watchResources';
import type { ConnectionManager } from '../connection/manager';
import type { TreeNode } from '../tree/model/types';
import { confirmNonLocal, confirmSelf, logAction, showError, targetOf, tr } from './common';

export const SCALE_COMMAND = 'kubeApprenti.objet.mettreAEchelle';

export function parseReplicas(text: string): number | undefined {
  const v = text.trim();
  if (!/^\d{1,3}$/.test(v)) return undefined;
  const n = Number(v);
  return n <= 100 ? n : undefined;
}

export async function scaleWorkload(conn: ConnectionManager, node?: TreeNode, replicasArg?: number): Promise<boolean> {
  const target = await targetOf(conn, node, ['deployments', 'statefulsets']);
  if (!target) return false;
  const { session: s, ref } = target;
  const ns = ref.namespace ?? s.namespace;
  const path = `${objectPath(RESOURCES[ref.resource], ref.name, ns)}/scale`;
  try {
    const { body } = await s.gateway.request<{ spec?: { replicas?: number } }>({ method: 'GET', path });
    const current = body.spec?.replicas ?? 0;
    let replicas = replicasArg;
    if (replicas === undefined) {
      const text = await vscode.window.showInputBox({
        prompt: tr('scale.prompt', { kind: ref.kind, name: ref.name, current }), value: String(current),
        validateInput: (v) => (parseReplicas(v) === undefined ? tr('scale.invalid') : undefined),
      });
      replicas = text === undefined ? undefined : parseReplicas(text);
    }
    if (replicas === undefined || replicas === current) return false;
    if (!(await confirmSelf(s, ref, tr('self.scale')))) return false;
    if (!(await confirmNonLocal(s, tr('self.scale')))) return false;
    await s.gateway.request({ method: 'PATCH', path, body: { spec: { replicas } }, contentType: 'application/merge-patch+json', query: { fieldManager: 'kube-apprenti' } });
    const kubectl = `kubectl scale ${RESOURCES[ref.resource].kubectlName} ${ref.name} --replicas=${replicas} -n ${ns}`;
    logAction(kubectl);
    void vscode.window.showInformationMessage(prefixed(currentLang(), tr('scale.done', { kind: ref.kind, name: ref.name, replicas, kubectl })));
    return true;
  } catch (err) {
    await showError(s, err, ns);
    return false;
  }
}
