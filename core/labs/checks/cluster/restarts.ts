// cluster.redemarrages: some container of the matching Pods has restarted at least `min` times.
import type { ContainerRestartedCheck } from '../../format/types';
import { t } from '../../../i18n/labs';
import { evaluatePath } from '../fieldPath';
import type { CheckKind } from '../kind';
import { fmtLabels, num, requireCluster, type Obj } from './helpers';

export const restarts: CheckKind<ContainerRestartedCheck> = {
  scope: 'cluster',
  describe: (c, lang) => c.title ?? t(lang, 'check.cluster.redemarrages', { sélecteur: fmtLabels(c.selector), min: c.min ?? 1 }),
  async evaluate(c, ctx) {
    const pods = await requireCluster(ctx.cluster).list('Pod', c.selector);
    let best = 0;
    for (const p of pods) {
      for (const cs of evaluatePath(p, 'status.containerStatuses[*]') as Obj[]) {
        if (c.container !== undefined && cs.name !== c.container) continue;
        best = Math.max(best, num(cs.restartCount));
      }
    }
    if (best >= (c.min ?? 1)) return { ok: true };
    return { ok: false, detail: t(ctx.lang, 'détail.redémarrages', { n: best }) };
  },
};
