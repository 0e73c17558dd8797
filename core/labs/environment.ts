// Which lab environment the student is in. No vscode import.
import { ENVIRONMENTS, type Environment } from './format/types';

export interface EnvironmentHints {
  /** Setting kubeApprenti.labs.environnement: 'auto' or an environment. */
  setting?: string;
  /** The connection uses the in-cluster service account (a VS Code running in SSP Cloud). */
  inCluster?: boolean;
  /** Role level in the current namespace, when known (from the RBAC review). */
  level?: 'admin' | 'edit' | 'view' | 'none';
}

export function detectEnvironment(h: EnvironmentHints): Environment {
  if (h.setting && (ENVIRONMENTS as readonly string[]).includes(h.setting)) return h.setting as Environment;
  if (!h.inCluster) return 'local';
  return h.level === 'view' || h.level === 'none' ? 'sspcloud-lecture' : 'sspcloud-edition';
}
