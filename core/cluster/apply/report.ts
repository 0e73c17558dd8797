// Human-readable apply results (French by default) and the equivalent kubectl command we teach.
import * as path from 'node:path';
import { describeClusterError, type ErrorHints } from '../errorMessages';
import type { Lang } from '../../i18n';
import { at, atN } from '../../i18n/apply';
import { FIELD_MANAGER } from '../write/fieldManager';
import { problemText } from './causeText';
import type { ApplyReport, ObjectResult, Outcome, ResolvedRef } from './result';

/** `deployment.apps/web`, `configmap/conf` (kubectl's resource/name notation). */
export function refLabel(ref: Pick<ResolvedRef, 'apiVersion' | 'kind' | 'name'>): string {
  const group = ref.apiVersion.includes('/') ? ref.apiVersion.split('/')[0] : '';
  return `${ref.kind.toLowerCase()}${group ? `.${group}` : ''}/${ref.name}`;
}

const ICON: Record<Outcome, string> = { created: '+', configured: '~', unchanged: '=', failed: '✗', notApplied: '-', skipped: '?' };

export function outcomeText(outcome: Outcome, dryRun: boolean, lang: Lang): string {
  return at(lang, dryRun ? `outcome.${outcome}.dry` as const : `outcome.${outcome}` as const);
}

/** One line per object, then indented error/warning lines (no line number for a result without range: a render's object). */
export function formatResult(r: Omit<ObjectResult, 'range'> & { range?: ObjectResult['range'] }, dryRun: boolean, lang: Lang, hints: ErrorHints = {}, cwd?: string): string[] {
  const where = `${cwd ? path.relative(cwd, r.file) || r.file : r.file}${r.range ? `:${r.range.start.line + 1}` : ''}`;
  const name = r.ref ? refLabel(r.ref) : at(lang, 'result.document', { n: r.index + 1 });
  const line = { icon: ICON[r.outcome], name, namespace: r.ref?.namespace, outcome: outcomeText(r.outcome, dryRun, lang), where };
  const lines = [at(lang, r.ref?.namespace ? 'result.lineNs' : 'result.line', line)];
  if (r.outcome === 'failed') {
    if (r.diagnostics.some((d) => d.severity === 'error')) {
      for (const d of r.diagnostics.filter((x) => x.severity === 'error')) lines.push(`    ${at(lang, 'result.diagnostic', { line: d.range.start.line + 1, message: d.message })}`);
    } else if (r.problem) {
      lines.push(`    ${problemText(r.problem, lang)}`);
    } else if (r.error) {
      lines.push(`    ${describeClusterError(r.error, lang, hints)}`);
    }
  }
  for (const w of r.warnings) lines.push(`    ${at(lang, 'result.warning', { warning: w })}`);
  return lines;
}

/** The sentence of a notification. A refusal (403) says why and what to do, in the sentence itself. */
export function summary(report: ApplyReport, lang: Lang, hints: ErrorHints = {}): string {
  const count = (o: Outcome): number => report.results.filter((r) => r.outcome === o).length;
  const failed = count('failed');
  if (!report.applied && failed > 0) {
    const network = report.results.find((r) => r.error && ['unreachable', 'timeout', 'unauthorized'].includes(r.error.kind))?.error;
    if (network) return at(lang, 'summary.nothingBecause', { why: describeClusterError(network, lang) });
    const refused = report.results.find((r) => r.error?.kind === 'forbidden')?.error;
    if (refused) return at(lang, 'summary.refused', { why: describeClusterError(refused, lang, hints) });
    const local = report.results.filter((r) => r.outcome === 'failed' && r.phase === 'parse').length;
    const server = failed - local;
    const why = [local ? atN(lang, 'summary.unreadable', local) : '', server ? atN(lang, 'summary.rejected', server) : '']
      .filter(Boolean).join(at(lang, 'summary.and'));
    return at(lang, report.conflicts ? 'summary.failedConflict' : 'summary.failed', { why });
  }
  const parts = (['created', 'configured', 'unchanged', 'skipped', 'failed'] as Outcome[])
    .filter((o) => count(o) > 0).map((o) => `${count(o)} ${countWord(o, count(o), report.dryRun, lang)}`);
  if (report.dryRun) {
    return at(lang, 'summary.dryRun', { parts: parts.join(', ') });
  }
  const total = report.results.length - failed;
  return atN(lang, 'summary.applied', total, { context: report.context, parts: parts.join(', ') });
}

function countWord(o: Outcome, n: number, dryRun: boolean, lang: Lang): string {
  return atN(lang, `count.${o}${dryRun ? '.dry' : ''}`, n);
}

export interface CommandOptions {
  files: string[];
  /** Set when the text came from an editor (unsaved document or selection): `-f -` with a pipe. */
  stdin?: boolean;
  recursive?: boolean;
  namespace?: string;
  context?: string;
  kubeconfig?: string;
  dryRun?: boolean;
  force?: boolean;
  cwd?: string;
}

const q = (s: string): string => (/^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);

/** `kubectl apply --server-side --field-manager=kube-apprenti -f web.yaml -n demo --dry-run=server` */
export function kubectlApplyCommand(o: CommandOptions): string {
  const parts = ['kubectl', 'apply', '--server-side', `--field-manager=${FIELD_MANAGER}`];
  if (o.stdin) parts.push('-f', '-');
  else for (const f of o.files) parts.push('-f', q(o.cwd ? path.relative(o.cwd, f) || '.' : f));
  if (o.recursive) parts.push('-R');
  if (o.namespace) parts.push('-n', q(o.namespace));
  if (o.context) parts.push('--context', q(o.context));
  if (o.kubeconfig) parts.push('--kubeconfig', q(o.kubeconfig));
  if (o.dryRun) parts.push('--dry-run=server');
  if (o.force) parts.push('--force-conflicts');
  return parts.join(' ');
}
