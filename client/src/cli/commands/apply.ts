// `kube-apprenti apply <fichiers|dossiers…> [--dry-run] [-R] [--force-conflicts] [--context C] [-n N] [--kubeconfig F]
//  [--langue en] [--oui]`: server-side apply with a dry run of everything first (nothing is applied if one fails).
import { applyFiles } from '../../cluster/apply/applyFiles';
import { ct } from '../../../../core/i18n/cli';
import { formatResult, summary } from '../../cluster/apply/report';
import { forbiddenHints } from '../../cluster/roleHints';
import { COMMON_OPTIONS, EXIT, connect, exitFor, failWithHints, guardWrite, out, parse } from '../clusterOptions';
import type { CliCommand } from './index';

const USAGE = `Usage : kube-apprenti apply <fichier|dossier>… [options]
  --dry-run            simulation côté serveur uniquement (rien n'est modifié)
  -R, --recursive      parcourt aussi les sous-dossiers
  --force-conflicts    reprend la main sur les champs modifiés par un autre outil (conflit 409)
  --context C, -n N, --kubeconfig F, --langue fr|en, --oui (confirme l'écriture sur un cluster non local)
Codes de sortie : 0 appliqué, 1 échec, 2 usage, 3 erreur inattendue, 4 accès refusé, 5 cluster injoignable.
`;

export const apply: CliCommand = {
  summary: 'applique des manifestes (server-side apply, vérification préalable de tout)',
  async run(args) {
    const p = parse(args, { ...COMMON_OPTIONS, 'dry-run': { type: 'boolean' }, recursive: { type: 'boolean', short: 'R' }, 'force-conflicts': { type: 'boolean' } }, USAGE);
    if (!p) return EXIT.usage;
    if (p.values.help || p.positionals.length === 0) {
      process.stderr.write(USAGE);
      return p.values.help ? EXIT.ok : EXIT.usage;
    }
    const { common } = p;
    const gw = connect(common);
    if (typeof gw === 'number') return gw;
    const dryRun = Boolean(p.values['dry-run']);
    if (!dryRun) {
      const refused = guardWrite(gw, common, ct(common.lang, 'apply.action'));
      if (refused !== undefined) return refused;
    }
    try {
      const report = await applyFiles(p.positionals, {
        gateway: gw, dryRun, recursive: Boolean(p.values.recursive), force: Boolean(p.values['force-conflicts']),
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
