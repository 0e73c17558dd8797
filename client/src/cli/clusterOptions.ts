// Shared pieces of the cluster commands (apply, diff, rollout, scale): options, connection, safety, exit codes.
//
// Exit codes (documented in docs/cli-cluster.md):
//   0 success (diff: no difference) · 1 failure, or differences found for `diff` (like kubectl diff) · 2 usage error
//   or confirmation needed · 3 unexpected error · 4 access refused (403 forbidden, 401 expired token)
//   5 no cluster reachable (API server down, timeout, no or broken kubeconfig, unknown context)
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { asLang } from '../../../core/i18n';
import { ct } from '../../../core/i18n/cli';
import { describeClusterError, type ErrorHints } from '../cluster/errorMessages';
import { ClusterError, type ClusterErrorInfo } from '../cluster/errors';
import { ClusterGateway } from '../cluster/gateway';
import type { Lang } from '../cluster/rbacWords';
import { forbiddenHints } from '../cluster/roleHints';
import { writeConfirmation } from '../cluster/safety';

export const EXIT = { ok: 0, failure: 1, usage: 2, unexpected: 3, forbidden: 4, unreachable: 5 } as const;

export const COMMON_OPTIONS = {
  context: { type: 'string' },
  namespace: { type: 'string', short: 'n' },
  kubeconfig: { type: 'string' },
  langue: { type: 'string' },
  oui: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

export interface Common {
  context?: string;
  namespace?: string;
  kubeconfig?: string;
  lang: Lang;
  yes: boolean;
}

export type Parsed<O extends ParseArgsConfig['options']> = ReturnType<typeof parseArgs<{ options: O; allowPositionals: true; strict: true }>>;

/** Parses arguments; on a usage error prints it (French) and returns undefined. */
export function parse<O extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: O, usage: string): (Parsed<O> & { common: Common }) | undefined {
  let parsed: Parsed<O>;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true }) as Parsed<O>;
  } catch (err) {
    process.stderr.write(`${err instanceof Error ? translateParseError(err.message) : String(err)}\n\n${usage}`);
    return undefined;
  }
  const v = parsed.values as Record<string, unknown>;
  const common: Common = {
    context: v.context as string | undefined, namespace: v.namespace as string | undefined, kubeconfig: v.kubeconfig as string | undefined,
    lang: asLang(v.langue), yes: Boolean(v.oui),
  };
  return { ...parsed, common };
}

function translateParseError(msg: string): string {
  const unknown = /Unknown option '([^']+)'/.exec(msg);
  if (unknown) return `Option inconnue : ${unknown[1]}`;
  const missing = /Option '([^']+)' argument missing/.exec(msg);
  if (missing) return `L'option ${missing[1]} attend une valeur.`;
  return msg;
}

/** Opens the connection; prints the French error and returns an exit code on failure. */
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
