// cluster.champ: a field of a live object equals / matches / contains a value.
import type { ClusterFieldCheck } from '../../format/types';
import { t } from '../../../i18n/labs';
import { fieldVerdict } from '../fieldPath';
import type { CheckKind } from '../kind';
import { describeExpectation, splitRef } from '../workspace/helpers';
import { mayAppearLater, requireCluster } from './helpers';

export const clusterField: CheckKind<ClusterFieldCheck> = {
  scope: 'cluster',
  describe: (c, lang) => c.title ?? t(lang, 'check.cluster.champ', { ressource: c.resource, chemin: c.path, attente: describeExpectation(c, lang) }),
  async evaluate(c, ctx) {
    const cluster = requireCluster(ctx.cluster);
    const { kind, name } = splitRef(c.resource);
    const obj = name === undefined ? undefined : await cluster.get(kind, name);
    if (!obj) return { ok: false, final: !(name !== undefined && await mayAppearLater(cluster, kind, name)), detail: t(ctx.lang, 'détail.clusterAbsent', { ressource: c.resource, namespace: cluster.namespace }) };
    return fieldVerdict(obj, c.path, c, ctx.lang);
  },
};
