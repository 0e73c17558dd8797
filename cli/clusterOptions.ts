// Shared pieces of the cluster commands (apply, diff, rollout, scale): options, connection, safety, exit codes.
//
// Exit codes (documented in docs/cli-cluster.md):
//   0 success (diff: no difference) · 1 failure, or differences found for `diff` (like kubectl diff) · 2 usage error
//   or confirmation needed · 3 unexpected error · 4 access refused (403 forbidden, 401 expired token)
//   5 no cluster reachable (API server down, timeout, no or broken kubeconfig, unknown context)
import { asLang } from '../core/i18n';
import { ct } from '../core/i18n/cli';
import { describeClusterError, type ErrorHints } from '../core/cluster/errorMessages';
import { ClusterError, type ClusterErrorInfo } from '../core/cluster/errors';
import { ClusterGateway } from '../core/cluster/gateway';
import type { Lang } from '../core/cluster/rbacWords';
import { forbiddenHints } from '../core/cluster/roleHints';
import { RolloutError } from '../core/cluster/rollout/messages';
import { writeConfirmation } from '../core/cluster/safety';
import { describeWriteError } from '../core/cluster/write';
import { LANGUE_OPTION, type OptionSpec, type OptionSpecs, type Values } from './args';

export const EXIT = { ok: 0, failure: 1, usage: 2, unexpected: 3, forbidden: 4, unreachable: 5 } as const;

/** `--dry-run` of the commands that write. */
export const DRY_RUN_OPTION = { type: 'boolean', help: 'opt.dryRun' } as const satisfies OptionSpec;

/** Options shared by the cluster commands (spread into each command's declaration). */
export const COMMON_OPTIONS = {
  context: { type: 'string', value: 'C', help: 'opt.context' },
  namespace: { type: 'string', short: 'n', value: 'N', help: 'opt.namespace' },
  kubeconfig: { type: 'string', value: 'F', help: 'opt.kubeconfig' },
  langue: LANGUE_OPTION,
  oui: { type: 'boolean', help: 'opt.oui' },
} as const satisfies OptionSpecs;

export interface Common {
  context?: string;
  namespace?: string;
  kubeconfig?: string;
  lang: Lang;
  yes: boolean;
}

/** The shared options' values, in the shape the cluster code takes. */
export function commonOptions(v: Values<typeof COMMON_OPTIONS>): Common {
  return { context: v.context, namespace: v.namespace, kubeconfig: v.kubeconfig, lang: asLang(v.langue), yes: v.oui };
}

/** Opens the connection; prints the error (in the chosen language) and returns an exit code on failure. */
export function connect(c: Common): ClusterGateway | number {
  try {
    return ClusterGateway.connect({ kubeconfig: c.kubeconfig, context: c.context, namespace: c.namespace });
  } catch (err) {
    return fail(err, c.lang);
  }
}

/** Prints a cluster error in the chosen language and returns the matching exit code. */
export function fail(err: unknown, lang: Lang, hints: ErrorHints = {}): number {
  if (!(err instanceof ClusterError)) {
    process.stderr.write(`${ct(lang, 'error', { message: err instanceof Error ? err.message : String(err) })}\n`);
    return EXIT.failure;
  }
  process.stderr.write(`${describeClusterError(err.info, lang, hints)}\n`);
  return exitFor(err.info);
}

export function exitFor(info: ClusterErrorInfo | undefined): number {
  switch (info?.kind) {
    case undefined: return EXIT.ok;
    case 'forbidden': case 'unauthorized': return EXIT.forbidden;
    case 'unreachable': case 'timeout': case 'noConfig': return EXIT.unreachable;
    default: return EXIT.failure;
  }
}

/** Same as fail() but first asks the RBAC review which role the user has, for a better 403 message. */
export async function failWithHints(gw: ClusterGateway, err: unknown, lang: Lang): Promise<number> {
  const info = err instanceof ClusterError ? err.info : undefined;
  return fail(err, lang, await forbiddenHints(gw, info));
}

/** Exit code of a failed write: kubectl's own refusals (RolloutError) on stderr, API errors with role hints. */
export async function failWrite(gw: ClusterGateway, err: unknown, lang: Lang): Promise<number> {
  if (err instanceof RolloutError) {
    process.stderr.write(`${describeWriteError(err, lang)}\n`);
    return EXIT.failure;
  }
  if (err instanceof ClusterError) return failWithHints(gw, err, lang);
  throw err;
}

/** Writes on a context that does not look local need --oui. Returns an exit code when refused. */
export function guardWrite(gw: ClusterGateway, c: Common, action: string): number | undefined {
  const allow = (process.env.KUBE_APPRENTI_CLUSTERS_AUTORISES ?? '').split(',');
  const question = writeConfirmation(gw.config, allow, action, c.lang);
  if (!question || c.yes) return undefined;
  process.stderr.write(`${question}\n${ct(c.lang, 'confirmAgain')}\n`);
  return EXIT.usage;
}

export const out = (line: string): void => {
  process.stdout.write(`${line}\n`);
};
