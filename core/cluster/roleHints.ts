// Hints for 403 messages: which built-in role does the user have where (through the tree's RbacCache)?
import type { ErrorHints } from './errorMessages';
import type { ClusterErrorInfo } from './errors';
import type { ClusterGateway } from './gateway';
import { RbacCache } from './rbac';

const caches = new WeakMap<ClusterGateway, RbacCache>();

export function rbacFor(gw: ClusterGateway): RbacCache {
  let c = caches.get(gw);
  if (!c) {
    c = new RbacCache((path, body) => gw.request<unknown>({ method: 'POST', path, body }).then((a) => a.body));
    caches.set(gw, c);
  }
  return c;
}

/**
 * For a forbidden error: the role held in the refused namespace, else the one held in the context's namespace
 * (so the message can say « vous avez `edit` dans `user-etudiant` : travaillez-y »). Never throws.
 */
export async function forbiddenHints(gw: ClusterGateway, info: ClusterErrorInfo | undefined): Promise<ErrorHints> {
  const hints: ErrorHints = { context: gw.config.context, server: gw.config.server };
  if (info?.kind !== 'forbidden') return hints;
  const rbac = rbacFor(gw);
  const candidates = [info.namespace, gw.namespace].filter((n): n is string => Boolean(n));
  for (const ns of [...new Set(candidates)]) {
    const access = await rbac.review(ns).catch(() => undefined);
    if (access && access.level !== 'none') return { ...hints, currentRole: access.level, roleNamespace: ns };
  }
  return hints;
}
