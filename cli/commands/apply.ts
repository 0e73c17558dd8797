// `kube-apprenti apply <fichiers|dossiers…> [--dry-run] [-R] [--force-conflicts] [--context C] [-n N] [--kubeconfig F]
//  [--langue en] [--oui]`: server-side apply with a dry run of everything first (nothing is applied if one fails).
import { ct } from '../../core/i18n/cli';
import { formatResult, summary } from '../../core/cluster/apply/report';
import { forbiddenHints } from '../../core/cluster/roleHints';
import { applyFiles } from '../../core/cluster/write';
import { parseCommand, type CommandSpec } from '../args';
import { COMMON_OPTIONS, DRY_RUN_OPTION, EXIT, commonOptions, connect, exitFor, failWithHints, guardWrite, out } from '../clusterOptions';
import type { CliCommand } from './index';

export const APPLY_SPEC = {
  name: 'apply',
  synopsis: 'synopsis.files',
  options: {
    'dry-run': DRY_RUN_OPTION,
    recursive: { type: 'boolean', short: 'R', help: 'opt.recursive' },
    'force-conflicts': { type: 'boolean', help: 'opt.apply.forceConflicts' },
    ...COMMON_OPTIONS,
  },
  positionals: { min: 1 },
  notes: 'notes.apply',
} as const satisfies CommandSpec;

export const apply: CliCommand = {
  summary: 'summary.apply',
  specs: [APPLY_SPEC],
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
