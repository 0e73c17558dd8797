// cluster.pods-recrees: Ready Pods matching a selector were created after the step started
// (and were not among the Pods seen when the step started, when that snapshot exists).
import type { PodsRecreatedCheck } from '../../format/types';
import { t } from '../../../i18n/labs';
import type { CheckKind } from '../kind';
import { selectorKey } from '../types';
import { createdSinceStep, fmtLabels, isPodReady, requireCluster, str } from './helpers';

export const podsRecreated: CheckKind<PodsRecreatedCheck> = {
  scope: 'cluster',
  describe: (c, lang) => c.title ?? (c.all
    ? t(lang, 'check.cluster.pods-recrees.tous', { sélecteur: fmtLabels(c.selector) })
    : t(lang, 'check.cluster.pods-recrees', { sélecteur: fmtLabels(c.selector), min: c.min ?? 1 })),
  async evaluate(c, ctx) {
    const pods = (await requireCluster(ctx.cluster).list('Pod', c.selector)).filter(isPodReady);
    const before = new Set(ctx.clock.podsAtStart?.[selectorKey(c.selector)] ?? []);
    const fresh = pods.filter((p) => createdSinceStep(str(p, 'metadata.creationTimestamp'), ctx.clock) && !before.has(str(p, 'metadata.uid') ?? ''));
    const min = c.min ?? 1;
    const ok = fresh.length >= min && (!c.all || fresh.length === pods.length);
    if (ok) return { ok: true };
    return { ok: false, detail: t(ctx.lang, 'détail.recréés', { n: fresh.length, total: pods.length }) };
  },
};
