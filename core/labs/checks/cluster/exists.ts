// cluster.existe / cluster.absent: an object (Kind/name, or Kind + sélecteur) is present / absent in the namespace.
// cluster.existe may also require a field of one of the objects found (e.g. a Job of a CronJob with status.succeeded = 1).
import type { ClusterExistsCheck } from '../../format/types';
import { t } from '../../../i18n/labs';
import { describeValues, evaluatePath, expectationHolds } from '../fieldPath';
import type { CheckKind } from '../kind';
import type { CheckContext, Evaluation } from '../types';
import { describeExpectation, splitRef } from '../workspace/helpers';
import { fmtLabels, mayAppearLater, requireCluster, type Obj } from './helpers';

function label(c: ClusterExistsCheck): string {
  return c.selector ? `${c.resource} (${fmtLabels(c.selector)})` : c.resource;
}

async function found(c: ClusterExistsCheck, ctx: CheckContext): Promise<Obj[]> {
  const cluster = requireCluster(ctx.cluster);
  const { kind, name } = splitRef(c.resource);
  const live = (o: Obj): boolean => (o.metadata as Obj | undefined)?.deletionTimestamp === undefined;
  if (name !== undefined) {
    const obj = await cluster.get(kind, name);
    return obj && live(obj) ? [obj] : [];
  }
  return (await cluster.list(kind, c.selector)).filter(live);
}

export const clusterExists: CheckKind<ClusterExistsCheck> = {
  scope: 'cluster',
  describe(c, lang) {
    if (c.title) return c.title;
    const base = t(lang, c.type === 'cluster.existe' ? 'check.cluster.existe' : 'check.cluster.absent', { ressource: label(c) });
    return c.path && c.type === 'cluster.existe' ? `${base} (${c.path} ${describeExpectation(c, lang)})` : base;
  },
  async evaluate(c, ctx): Promise<Evaluation> {
    const objs = await found(c, ctx);
    const ns = requireCluster(ctx.cluster).namespace;
    if (c.type === 'cluster.absent') {
      return objs.length === 0 ? { ok: true } : { ok: false, detail: t(ctx.lang, 'détail.clusterPresent', { ressource: label(c), namespace: ns }) };
    }
    // Absent by name: nothing will create it by itself, unless a possible owner exists (redis-0 of a StatefulSet).
    // Absent by selector: a controller may still (a CronJob's Job).
    const { kind, name } = splitRef(c.resource);
    if (objs.length === 0) return { ok: false, final: name !== undefined && !(await mayAppearLater(requireCluster(ctx.cluster), kind, name)), detail: t(ctx.lang, 'détail.clusterAbsent', { ressource: label(c), namespace: ns }) };
    if (!c.path) return { ok: true };
    const values = objs.map((o) => evaluatePath(o, c.path!));
    if (values.some((v) => expectationHolds(v, c))) return { ok: true };
    return { ok: false, detail: t(ctx.lang, 'détail.trouvé', { valeur: describeValues(values.flat(), ctx.lang) }) };
  },
};
