// The cluster the labs act on: the extension-wide connection (same context and namespace as the tree), or the
// default kubeconfig when the tree is not there. Never throws: a problem comes back as a French sentence.
import * as vscode from 'vscode';
import { ClusterGateway } from '../../../../core/cluster/gateway';
import { getConnection } from '../../connection/manager';
import { detectEnvironment } from '../../../../core/labs/environment';
import type { Environment } from '../../../../core/labs/format/types';
import { toLabError } from '../../../../core/labs/cluster/gatewayReader';
import type { Lang } from '../../../../core/i18n/labs';

export interface LabCluster {
  gw: ClusterGateway;
  namespace: string;
}

export function labCluster(lang: Lang): { cluster?: LabCluster; problem?: string } {
  const manager = getConnection();
  const session = manager?.session;
  if (session) return { cluster: { gw: session.gateway, namespace: session.namespace } };
  if (manager?.problem) return { problem: manager.problem };
  try {
    const gw = ClusterGateway.connect({});
    return { cluster: { gw, namespace: gw.namespace } };
  } catch (err) {
    return { problem: toLabError(err, lang).message };
  }
}

/** The environment from the setting, else from the connection (in-cluster = SSP Cloud; its role decides lecture/édition). */
export async function labEnvironment(): Promise<Environment> {
  const setting = vscode.workspace.getConfiguration('kubeApprenti').get<string>('labs.environnement', 'auto');
  const session = getConnection()?.session;
  if (!session || (setting && setting !== 'auto')) return detectEnvironment({ setting, inCluster: session?.inCluster });
  const access = session.access(session.namespace) ?? await session.rbac.review(session.namespace).catch(() => undefined);
  return detectEnvironment({ setting, inCluster: session.inCluster, level: access?.level });
}
