// `kube-apprenti diff <fichiers|dossiers…> [-R] [--context C] [-n N] [--kubeconfig F] [--langue en]`: what an apply
// would change (server dry run vs live object). Exit 0 = no difference, 1 = differences (like kubectl diff), >1 = error.
import * as path from 'node:path';
import { ct } from '../../core/i18n/cli';
import { diffDocuments } from '../../core/cluster/apply/diff';
import { collectFiles, readManifestFiles } from '../../core/cluster/apply/manifests';
import { formatResult, refLabel } from '../../core/cluster/apply/report';
import { unifiedDiff } from '../../core/cluster/apply/unifiedDiff';
import { forbiddenHints } from '../../core/cluster/roleHints';
import { parseCommand, type CommandSpec } from '../args';
import { COMMON_OPTIONS, EXIT, commonOptions, connect, exitFor, failWithHints, out } from '../clusterOptions';
import type { CliCommand } from './index';

export const DIFF_SPEC = {
  name: 'diff',
  synopsis: 'synopsis.files',
  options: {
    recursive: { type: 'boolean', short: 'R', help: 'opt.recursive' },
    resume: { type: 'boolean', help: 'opt.diff.resume' },
    ...COMMON_OPTIONS,
  },
  positionals: { min: 1 },
  notes: 'notes.diff',
} as const satisfies CommandSpec;

export const diff: CliCommand = {
  summary: 'summary.diff',
  specs: [DIFF_SPEC],
  async run(args) {
    const p = parseCommand(DIFF_SPEC, args);
    if ('exit' in p) return p.exit;
    const common = commonOptions(p.values);
    const gw = connect(common);
    if (typeof gw === 'number') return gw;
    try {
      const files = collectFiles(p.positionals, p.values.recursive);
      const named = new Set(p.positionals.map((x) => path.resolve(x)));
      const given = new Set(files.filter((f) => !named.has(f)));
      const report = await diffDocuments(gw, readManifestFiles(files, given), { namespace: common.namespace, lang: common.lang });
      const hints = await forbiddenHints(gw, report.items.find((i) => i.result.error)?.result.error);
      for (const item of report.items) {
        const r = item.result;
        if (item.state === 'error') {
          for (const line of formatResult(r, true, common.lang, hints, process.cwd())) out(line);
          continue;
        }
        const label = r.ref ? refLabel(r.ref) : `document ${r.index + 1}`;
        const head = ct(common.lang, item.state === 'same' ? 'diff.same' : item.state === 'new' ? 'diff.new' : 'diff.changed');
        out(ct(common.lang, 'diff.line', { mark: item.state === 'same' ? '=' : '~', label, head }));
        if (item.state !== 'same') {
          for (const s of item.summary) out(`    • ${s}`);
          if (!p.values.resume) out(unifiedDiff(item.liveYaml, item.predictedYaml, ct(common.lang, 'diff.live', { label }), ct(common.lang, 'diff.merged', { label })));
        }
      }
      if (report.failed) {
        const err = report.items.find((i) => i.result.error)?.result.error;
        const code = exitFor(err);
        return code === EXIT.ok ? EXIT.failure : code;
      }
      return report.changed ? EXIT.failure : EXIT.ok;
    } catch (err) {
      return failWithHints(gw, err, common.lang);
    }
  },
};
