// cluster.autorisation: a ServiceAccount of the namespace has (or has not) a right there, as the API server's RBAC
// answers it (a LocalSubjectAccessReview: `kubectl auth can-i <verbe> <ressource> --as=system:serviceaccount:<ns>:<compte>`).
import type { AccessCheck } from '../../format/types';
import { t } from '../../../i18n/labs';
import type { CheckKind } from '../kind';
import { LabClusterError } from '../types';
import { requireCluster } from './helpers';

/** `pods/log` → { resource: 'pods', subresource: 'log' }. */
export function splitResource(r: string): { resource: string; subresource?: string } {
  const i = r.indexOf('/');
  return i < 0 ? { resource: r } : { resource: r.slice(0, i), subresource: r.slice(i + 1) };
}

export const access: CheckKind<AccessCheck> = {
  scope: 'cluster',
  describe: (c, lang) => c.title ?? t(lang, c.allowed === false ? 'check.cluster.autorisation.refusé' : 'check.cluster.autorisation',
    { compte: c.serviceAccount, verbe: c.verb, ressource: c.group ? `${c.resource} (${c.group})` : c.resource }),
  async evaluate(c, ctx) {
    const cluster = requireCluster(ctx.cluster);
    if (!cluster.accessReview) throw new LabClusterError(t(ctx.lang, 'détail.autorisationIndisponible'));
    const expected = c.allowed !== false;
    const answer = await cluster.accessReview({ serviceAccount: c.serviceAccount, verb: c.verb, group: c.group ?? '', ...splitResource(c.resource) });
    if (answer.allowed === expected) return { ok: true };
    const reason = answer.reason ? ` (${answer.reason})` : '';
    return { ok: false, detail: t(ctx.lang, answer.allowed ? 'détail.autorisé' : 'détail.refusé', { raison: reason }) };
  },
};
