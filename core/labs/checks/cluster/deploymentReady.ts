// cluster.deployment-pret: the Deployment is Available, its spec is observed, and exactly N replicas are ready.
import type { DeploymentReadyCheck } from '../../format/types';
import { t } from '../../../i18n/labs';
import { evaluatePath } from '../fieldPath';
import type { CheckKind } from '../kind';
import { num, requireCluster } from './helpers';

export const deploymentReady: CheckKind<DeploymentReadyCheck> = {
  scope: 'cluster',
  describe: (c, lang) => c.title ?? t(lang, 'check.cluster.deployment-pret', { deployment: c.deployment, réplicas: c.replicas }),
  async evaluate(c, ctx) {
    const cluster = requireCluster(ctx.cluster);
    const d = await cluster.get('Deployment', c.deployment);
    if (!d) return { ok: false, final: true, detail: t(ctx.lang, 'détail.clusterAbsent', { ressource: `Deployment/${c.deployment}`, namespace: cluster.namespace }) };
    const ready = num(evaluatePath(d, 'status.readyReplicas')[0]);
    const updated = num(evaluatePath(d, 'status.updatedReplicas')[0]);
    const total = num(evaluatePath(d, 'status.replicas')[0]);
    const wanted = num(evaluatePath(d, 'spec.replicas')[0] ?? 1);
    const available = String(evaluatePath(d, 'status.conditions[type=Available].status')[0] ?? 'Unknown');
    const observed = num(evaluatePath(d, 'status.observedGeneration')[0]) >= num(evaluatePath(d, 'metadata.generation')[0]);
    const ok = observed && available === 'True' && ready === c.replicas && wanted === c.replicas
      && (c.replicas === 0 || (updated === c.replicas && total === c.replicas));
    if (ok) return { ok: true };
    return { ok: false, detail: t(ctx.lang, 'détail.réplicas', { prêts: ready, voulus: wanted, disponible: available }) };
  },
};
