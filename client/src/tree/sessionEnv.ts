// Builds the tree model's environment from a live ClusterSession. No vscode import: the VS Code provider, the
// cluster tests and the benchmark all render the tree through this same function.
import { describeWriteError } from '../../../core/cluster/write';
import type { ClusterSession } from '../connection/session';
import { HubStore } from './hubStore';
import type { ManifestLocation, ModelEnv } from './model/types';
import { t, type Lang } from '../../../core/i18n/tree';

export interface SessionEnvOptions {
  lang: Lang;
  /** Why there is no session (shown as the root state item). */
  problem?: string;
  manifestFor?: (kind: string, name: string, namespace: string) => ManifestLocation | undefined;
  /** Reuse one store so owner indexes stay memoised across renders. */
  store?: HubStore;
}

export function sessionEnv(s: ClusterSession | undefined, o: SessionEnvOptions): ModelEnv {
  const { lang } = o;
  return {
    lang,
    t: (key, args) => t(lang, key, args),
    connection: s
      ? { ok: true, context: s.context, server: s.server, namespace: s.namespace, inCluster: s.inCluster }
      : { ok: false, context: '', server: '', namespace: '', inCluster: false, problem: o.problem },
    canListNamespaces: s?.canListNamespaces,
    store: o.store ?? new HubStore(() => s?.hub),
    access: (ns) => s?.access(ns),
    isSelf: (ref) => !!s?.isSelf(ref),
    manifestFor: o.manifestFor ?? (() => undefined),
    describeError: (err, ns) => describeWriteError(err, lang, s?.errorHints(ns), s?.server),
    now: () => Date.now(),
  };
}
