// cluster.existe / cluster.absent: an object (Kind/name, or Kind + sélecteur) is present / absent in the namespace.
import type { ClusterExistsCheck } from '../../format/types';
import { t } from '../../i18n';
import type { CheckKind } from '../kind';
import { splitRef } from '../workspace/helpers';
import { fmtLabels, requireCluster } from './helpers';

function label(c: ClusterExistsCheck): string {
  return c.sélecteur ? `${c.ressource} (${fmtLabels(c.sélecteur)})` : c.ressource;
}

async function present(c: ClusterExistsCheck, ctx: Parameters<CheckKind['evaluate']>[1]): Promise<boolean> {
  const cluster = requireCluster(ctx.cluster);
  const { kind, name } = splitRef(c.ressource);
  if (name !== undefined) {
    const obj = await cluster.get(kind, name);
    return obj !== undefined && (obj.metadata as Record<string, unknown> | undefined)?.deletionTimestamp === undefined;
  }
  const items = await cluster.list(kind, c.sélecteur);
  return items.some((o) => (o.metadata as Record<string, unknown> | undefined)?.deletionTimestamp === undefined);
}

export const clusterExists: CheckKind<ClusterExistsCheck> = {
  scope: 'cluster',
  describe: (c, lang) => c.titre ?? t(lang, c.type === 'cluster.existe' ? 'check.cluster.existe' : 'check.cluster.absent', { ressource: label(c) }),
  async evaluate(c, ctx) {
    const here = await present(c, ctx);
    const wanted = c.type === 'cluster.existe';
    if (here === wanted) return { ok: true };
    const ns = requireCluster(ctx.cluster).namespace;
    return { ok: false, détail: t(ctx.lang, wanted ? 'détail.clusterAbsent' : 'détail.clusterPresent', { ressource: label(c), namespace: ns }) };
  },
};
