// `kube-apprenti check <fichiers|dossiers…> [--format text|json|sarif] [--langue fr|en] [--echec-si niveau]
// [--version-kubernetes 1.33…1.36]`: the
// language server's diagnostics (same engine, same messages) for CI. Exit code 1 when a finding of the `--echec-si`
// severity or worse is found (errors by default), like ESLint's `--max-warnings 0`.
import { asLang } from '../../core/i18n';
import { ct } from '../../core/i18n/cli';
import { Analyzer } from '../../core/analysis/engine';
import type { Finding, Lang } from '../../core/analysis/model';
import { DEFAULT_VERSION, setActiveKubernetesVersion, TARGET_VERSIONS } from '../../core/analysis/schema/catalog';
import { formatJson, formatSarif, formatText } from '../check/formats';
import { LANGUE_OPTION, parseCommand, type CommandSpec } from '../args';
import { loadFiles } from '../check/loadFiles';
import { renderInto, targetsIn } from '../check/renderTargets';
import type { CliCommand } from './index';

/** The check command's options: add one entry here (with its help line's key in core/i18n/cli) to add an option. */
export const CHECK_SPEC = {
  name: 'check',
  synopsis: 'synopsis.files',
  options: {
    format: { type: 'string', choices: ['text', 'json', 'sarif'], default: 'text', help: 'opt.check.format' },
    langue: LANGUE_OPTION,
    'version-kubernetes': { type: 'string', aliases: ['kubernetes-version'], choices: [...TARGET_VERSIONS], default: DEFAULT_VERSION, help: 'opt.check.version' },
    severite: { type: 'string', choices: ['erreur', 'avertissement', 'information', 'error', 'warning'], default: 'information', value: 'value.level', help: 'opt.check.severite' },
    // Checked below (not with `choices`) so that the message names the spelling used and follows --langue.
    'echec-si': { type: 'string', aliases: ['fail-on'], value: 'value.level', help: 'opt.check.echecSi' },
    valeurs: { type: 'string', multiple: true, value: 'value.file', help: 'opt.check.valeurs' },
    set: { type: 'string', multiple: true, value: 'value.keyValue', help: 'opt.check.set' },
  },
  positionals: { min: 1 },
  notes: 'notes.check',
} as const satisfies CommandSpec;

const MIN: Record<string, Finding['severity'][]> = {
  erreur: ['error'], error: ['error'],
  avertissement: ['error', 'warning'], warning: ['error', 'warning'],
  information: ['error', 'warning', 'information', 'hint'],
};

/** Severities that make the command fail, per `--echec-si` / `--fail-on` value (that level or worse). */
const FAIL: Record<string, Finding['severity'][]> = {
  erreur: ['error'], error: ['error'],
  avertissement: ['error', 'warning'], warning: ['error', 'warning'],
  information: ['error', 'warning', 'information'],
};

export const check: CliCommand = {
  summary: 'summary.check',
  specs: [CHECK_SPEC],
  async run(args) {
    const parsed = parseCommand(CHECK_SPEC, args);
    if ('exit' in parsed) return parsed.exit;
    const { values, positionals } = parsed;
    const format = values.format;
    const lang: Lang = asLang(values.langue);
    const failOn = values['echec-si'] ?? 'erreur';
    const failOption = args.some((a) => a === '--fail-on' || a.startsWith('--fail-on=')) ? '--fail-on' : '--echec-si';
    if (!Object.prototype.hasOwnProperty.call(FAIL, failOn)) {
      process.stderr.write(`${ct(lang, 'check.failOn.invalid', { option: failOption, value: failOn })}\n`);
      return 2;
    }
    setActiveKubernetesVersion(values['version-kubernetes']);
    const { ws, display, missing } = await loadFiles(positionals);
    for (const m of missing) process.stderr.write(`${ct(lang, 'check.missing', { path: m })}\n`);
    await renderInto(ws, targetsIn(ws), { values: values.valeurs, set: values.set }, display);
    const analyzer = new Analyzer(ws);
    const shown = MIN[values.severite];
    const all: Finding[] = [];
    for (const uri of [...display.keys()]) all.push(...analyzer.findingsFor(uri));
    const findings = all.filter((f) => shown.includes(f.severity));
    if (format === 'json') process.stdout.write(formatJson(findings, ws, display, lang));
    else if (format === 'sarif') process.stdout.write(formatSarif(findings, ws, display, lang, '0.1.0'));
    else process.stdout.write(formatText(findings, ws, display, lang, display.size));
    if (missing.length && display.size === 0) return 2;
    const failing = FAIL[failOn];
    if (!all.some((f) => failing.includes(f.severity))) return 0;
    if (!findings.some((f) => failing.includes(f.severity))) {
      process.stderr.write(`${ct(lang, 'check.failOn.hidden', { option: failOption })}\n`);
    }
    return 1;
  },
};
