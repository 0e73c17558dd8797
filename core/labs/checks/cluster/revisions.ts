// cluster.revisions: the Deployment's rollout history (its ReplicaSets with a revision) has at least `min` entries.
import type { RevisionsCheck } from '../../format/types';
import { t } from '../../../i18n/labs';
import { evaluatePath } from '../fieldPath';
import type { CheckKind } from '../kind';
import { requireCluster, str, type Obj } from './helpers';

const REVISION = 'metadata.annotations["deployment.kubernetes.io/revision"]';

export const revisions: CheckKind<RevisionsCheck> = {
  scope: 'cluster',
  describe: (c, lang) => c.title ?? t(lang, 'check.cluster.revisions', { deployment: c.deployment, min: c.min }),
  async evaluate(c, ctx) {
    const cluster = requireCluster(ctx.cluster);
    const d = await cluster.get('Deployment', c.deployment);
    if (!d) return { ok: false, final: true, detail: t(ctx.lang, 'détail.clusterAbsent', { ressource: `Deployment/${c.deployment}`, namespace: cluster.namespace }) };
    const uid = str(d, 'metadata.uid');
    const rsList = await cluster.list('ReplicaSet');
    const owned = rsList.filter((rs) => (evaluatePath(rs, 'metadata.ownerReferences[*]') as Obj[]).some((o) => o.uid === uid));
    const revs = new Set(owned.map((rs) => str(rs, REVISION)).filter((r): r is string => r !== undefined));
    if (revs.size >= c.min) return { ok: true };
    return { ok: false, detail: t(ctx.lang, 'détail.révisions', { n: revs.size }) };
  },
};
