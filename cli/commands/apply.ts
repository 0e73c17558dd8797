// `kube-apprenti apply <fichiers|dossiers…> [--dry-run] [-R] [--force-conflicts] [--context C] [-n N] [--kubeconfig F]
//  [--langue en] [--oui]`: server-side apply with a dry run of everything first (nothing is applied if one fails).
import { ct } from '../../core/i18n/cli';
import { formatResult, summary } from '../../core/cluster/apply/report';
import { forbiddenHints } from '../../core/cluster/roleHints';
import { applyFiles } from '../../core/cluster/write';
import { parseCommand, type CommandSpec } from '../args';
import { COMMON_OPTIONS, EXIT, commonOptions, connect, exitFor, failWithHints, guardWrite, out } from '../clusterOptions';
import type { CliCommand } from './index';

export const APPLY_SPEC = {
  name: 'apply',
  synopsis: '<fichier|dossier>… [options]',
  options: {
    'dry-run': { type: 'boolean', help: 'simulation côté serveur uniquement (rien n’est modifié)' },
    recursive: { type: 'boolean', short: 'R', help: 'parcourt aussi les sous-dossiers' },
    'force-conflicts': { type: 'boolean', help: 'reprend la main sur les champs modifiés par un autre outil (conflit 409)' },
    ...COMMON_OPTIONS,
  },
  positionals: { min: 1 },
  notes: 'Codes de sortie : 0 appliqué, 1 échec, 2 usage, 3 erreur inattendue, 4 accès refusé, 5 cluster injoignable.',
} as const satisfies CommandSpec;

export const apply: CliCommand = {
  summary: 'applique des manifestes (server-side apply, vérification préalable de tout)',
  async run(args) {
    const p = parseCommand(APPLY_SPEC, args);
    if ('exit' in p) return p.exit;
    const common = commonOptions(p.values);
    const gw = connect(common);
    if (typeof gw === 'number') return gw;
    const dryRun = p.values['dry-run'];
    if (!dryRun) {
      const refused = guardWrite(gw, common, ct(common.lang, 'apply.action'));
      if (refused !== undefined) return refused;
    }
    try {
      const report = await applyFiles(p.positionals, {
        gateway: gw, dryRun, recursive: p.values.recursive, force: p.values['force-conflicts'],
        namespace: common.namespace, lang: common.lang,
        connection: { context: common.context, kubeconfig: common.kubeconfig },
      });
      const firstError = report.results.find((r) => r.error)?.error;
      const hints = await forbiddenHints(gw, firstError);
      for (const r of report.results) for (const line of formatResult(r, report.dryRun, common.lang, hints, process.cwd())) out(line);
      if (report.results.length === 0) out(ct(common.lang, 'apply.nothing'));
      out('');
      out(summary(report, common.lang, hints));
      out(ct(common.lang, 'equivalent', { command: report.command }));
      if (report.ok) return report.results.length ? EXIT.ok : EXIT.failure;
      const kinds = report.results.map((r) => r.error).filter(Boolean);
      const code = exitFor(kinds.find((k) => k?.kind === 'unreachable' || k?.kind === 'timeout') ?? kinds.find((k) => k?.kind === 'forbidden' || k?.kind === 'unauthorized'));
      return code === EXIT.ok ? EXIT.failure : code;
    } catch (err) {
      return failWithHints(gw, err, common.lang);
    }
  },
};
