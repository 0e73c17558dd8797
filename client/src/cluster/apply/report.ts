// Human-readable apply results (French by default) and the equivalent kubectl command we teach.
import * as path from 'node:path';
import { describeClusterError, type ErrorHints } from '../errorMessages';
import type { Lang } from '../rbacWords';
import { FIELD_MANAGER } from '../write/fieldManager';
import { problemText } from './causeText';
import type { ApplyReport, ObjectResult, Outcome, ResolvedRef } from './result';

/** `deployment.apps/web`, `configmap/conf` (kubectl's resource/name notation). */
export function refLabel(ref: Pick<ResolvedRef, 'apiVersion' | 'kind' | 'name'>): string {
  const group = ref.apiVersion.includes('/') ? ref.apiVersion.split('/')[0] : '';
  return `${ref.kind.toLowerCase()}${group ? `.${group}` : ''}/${ref.name}`;
}

const OUTCOME: Record<Lang, Record<Outcome, [string, string]>> = {
  // [real apply, dry run]
  fr: {
    created: ['créé', 'serait créé'], configured: ['modifié', 'serait modifié'], unchanged: ['inchangé', 'inchangé'],
    failed: ['en erreur', 'en erreur'], notApplied: ["non appliqué (un autre objet a échoué, rien n'a été envoyé)", 'non vérifié jusqu\'au bout (un autre objet a échoué)'],
    skipped: ['ignoré', "non simulé : son espace de noms ou sa CRD n'existe pas encore (créés par le même envoi)"],
  },
  en: {
    created: ['created', 'would be created'], configured: ['configured', 'would be configured'], unchanged: ['unchanged', 'unchanged'],
    failed: ['failed', 'failed'], notApplied: ['not applied (another object failed, nothing was sent)', 'not fully checked (another object failed)'],
    skipped: ['skipped', 'not simulated: its namespace or CRD does not exist yet (created by the same apply)'],
  },
};

const ICON: Record<Outcome, string> = { created: '+', configured: '~', unchanged: '=', failed: '✗', notApplied: '-', skipped: '?' };

export function outcomeText(outcome: Outcome, dryRun: boolean, lang: Lang): string {
  return OUTCOME[lang][outcome][dryRun ? 1 : 0];
}

/** One line per object, then indented error/warning lines. */
export function formatResult(r: ObjectResult, dryRun: boolean, lang: Lang, hints: ErrorHints = {}, cwd?: string): string[] {
  const fr = lang === 'fr';
  const where = `${cwd ? path.relative(cwd, r.file) || r.file : r.file}${r.range ? `:${r.range.start.line + 1}` : ''}`;
  const name = r.ref ? refLabel(r.ref) : fr ? `document ${r.index + 1}` : `document ${r.index + 1}`;
  const ns = r.ref?.namespace ? (fr ? ` (espace de noms ${r.ref.namespace})` : ` (namespace ${r.ref.namespace})`) : '';
  const lines = [`${ICON[r.outcome]} ${name}${ns} : ${outcomeText(r.outcome, dryRun, lang)}  [${where}]`];
  if (!fr) lines[0] = lines[0].replace(' : ', ': ');
  if (r.outcome === 'failed') {
    if (r.diagnostics.some((d) => d.severity === 'error')) {
      for (const d of r.diagnostics.filter((x) => x.severity === 'error')) lines.push(`    ${fr ? 'ligne' : 'line'} ${d.range.start.line + 1} : ${d.message}`);
    } else if (r.problem) {
      lines.push(`    ${problemText(r.problem, lang)}`);
    } else if (r.error) {
      lines.push(`    ${describeClusterError(r.error, lang, hints)}`);
    }
  }
  for (const w of r.warnings) lines.push(`    ${fr ? 'avertissement' : 'warning'} : ${w}`);
  return lines;
}

export function summary(report: ApplyReport, lang: Lang): string {
  const fr = lang === 'fr';
  const count = (o: Outcome): number => report.results.filter((r) => r.outcome === o).length;
  const failed = count('failed');
  if (!report.applied && failed > 0) {
    const network = report.results.find((r) => r.error && ['unreachable', 'timeout', 'unauthorized'].includes(r.error.kind))?.error;
    if (network) return `${fr ? "Rien n'a été appliqué" : 'Nothing was applied'}${fr ? ' : ' : ': '}${describeClusterError(network, lang)}`;
    const local = report.results.filter((r) => r.outcome === 'failed' && r.phase === 'parse').length;
    const server = failed - local;
    const why = fr
      ? [local ? `${local} document${local > 1 ? 's sont illisibles ou incomplets' : ' est illisible ou incomplet'}` : '',
        server ? `${server} objet${server > 1 ? 's ont' : ' a'} été refusé${server > 1 ? 's' : ''} par la simulation côté serveur` : ''].filter(Boolean).join(' et ')
      : [local ? `${local} document${local > 1 ? 's are' : ' is'} unreadable or incomplete` : '',
        server ? `${server} object${server > 1 ? 's were' : ' was'} rejected by the server-side dry run` : ''].filter(Boolean).join(' and ');
    return fr
      ? `Rien n'a été appliqué : ${why}. Corrigez puis réessayez.${report.conflicts ? ' Pour un conflit, vous pouvez aussi forcer l\'application.' : ''}`
      : `Nothing was applied: ${why}. Fix and try again.${report.conflicts ? ' For a conflict you may also force the apply.' : ''}`;
  }
  const parts = (['created', 'configured', 'unchanged', 'skipped', 'failed'] as Outcome[])
    .filter((o) => count(o) > 0).map((o) => `${count(o)} ${countWord(o, count(o), report.dryRun, lang)}`);
  if (report.dryRun) {
    return fr
      ? `Simulation réussie (rien n'a été modifié sur le cluster) : ${parts.join(', ')}.`
      : `Dry run succeeded (nothing changed on the cluster): ${parts.join(', ')}.`;
  }
  const total = report.results.length - failed;
  return fr
    ? `${total} objet${total > 1 ? 's' : ''} appliqué${total > 1 ? 's' : ''} dans le contexte « ${report.context} » : ${parts.join(', ')}.`
    : `${total} object${total > 1 ? 's' : ''} applied in context "${report.context}": ${parts.join(', ')}.`;
}

const COUNT_WORDS: Record<Lang, Record<Outcome, [string, string, string, string]>> = {
  // [one, many, one (dry run), many (dry run)]
  fr: {
    created: ['créé', 'créés', 'serait créé', 'seraient créés'], configured: ['modifié', 'modifiés', 'serait modifié', 'seraient modifiés'],
    unchanged: ['inchangé', 'inchangés', 'inchangé', 'inchangés'], skipped: ['non simulé', 'non simulés', 'non simulé', 'non simulés'],
    failed: ['en erreur', 'en erreur', 'en erreur', 'en erreur'], notApplied: ['non appliqué', 'non appliqués', 'non vérifié', 'non vérifiés'],
  },
  en: {
    created: ['created', 'created', 'would be created', 'would be created'], configured: ['configured', 'configured', 'would be configured', 'would be configured'],
    unchanged: ['unchanged', 'unchanged', 'unchanged', 'unchanged'], skipped: ['not simulated', 'not simulated', 'not simulated', 'not simulated'],
    failed: ['failed', 'failed', 'failed', 'failed'], notApplied: ['not applied', 'not applied', 'not checked', 'not checked'],
  },
};

function countWord(o: Outcome, n: number, dryRun: boolean, lang: Lang): string {
  return COUNT_WORDS[lang][o][(dryRun ? 2 : 0) + (n > 1 ? 1 : 0)];
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
