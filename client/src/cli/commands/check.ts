// `kube-apprenti check <fichiers|dossiers…> [--format text|json|sarif] [--langue fr|en]`: the language server's
// diagnostics (same engine, same messages) for CI. Exit code 1 when an error is found.
import { parseArgs } from 'node:util';
import { asLang } from '../../../../core/i18n';
import { ct } from '../../../../core/i18n/cli';
import { Analyzer } from '../../../../server/src/analysis/engine';
import type { Finding, Lang } from '../../../../server/src/analysis/model';
import { formatJson, formatSarif, formatText } from '../check/formats';
import { loadFiles } from '../check/loadFiles';
import type { CliCommand } from './index';

const USAGE = `Usage : kube-apprenti check <fichier|dossier>… [options]
  --format text|json|sarif   format de sortie (text par défaut ; sarif pour l'analyse de code des forges)
  --langue fr|en             langue des messages (fr par défaut)
  --severite erreur|avertissement|information   niveau minimal affiché (information par défaut)
Les dossiers sont parcourus récursivement (fichiers .yaml et .yml).
Codes de sortie : 0 aucune erreur, 1 au moins une erreur, 2 usage.
`;

const MIN: Record<string, Finding['severity'][]> = {
  erreur: ['error'], error: ['error'],
  avertissement: ['error', 'warning'], warning: ['error', 'warning'],
  information: ['error', 'warning', 'information', 'hint'],
};

export const check: CliCommand = {
  summary: 'vérifie des manifestes (diagnostics du serveur de langage, texte, JSON ou SARIF)',
  async run(args) {
    let parsed;
    try {
      parsed = parseArgs({ args, allowPositionals: true, strict: true, options: {
        format: { type: 'string', default: 'text' }, langue: { type: 'string', default: 'fr' },
        severite: { type: 'string', default: 'information' }, help: { type: 'boolean', short: 'h' },
      } });
    } catch (err) {
      const m = err instanceof Error ? err.message : String(err);
      const unknown = /Unknown option '([^']+)'/.exec(m);
      process.stderr.write(`${unknown ? `Option inconnue : ${unknown[1]}` : m}\n\n${USAGE}`);
      return 2;
    }
    const { values, positionals } = parsed;
    if (values.help) { process.stdout.write(USAGE); return 0; }
    const format = String(values.format);
    const lang: Lang = asLang(values.langue);
    if (!['text', 'json', 'sarif'].includes(format) || !['fr', 'en'].includes(String(values.langue)) || !MIN[String(values.severite)]) {
      process.stderr.write(`Valeur d'option invalide.\n\n${USAGE}`);
      return 2;
    }
    if (positionals.length === 0) { process.stderr.write(USAGE); return 2; }
    const { ws, display, missing } = await loadFiles(positionals);
    for (const m of missing) process.stderr.write(`${ct(lang, 'check.missing', { path: m })}\n`);
    const analyzer = new Analyzer(ws);
    const shown = MIN[String(values.severite)];
    const all: Finding[] = [];
    for (const uri of [...display.keys()]) all.push(...analyzer.findingsFor(uri));
    const findings = all.filter((f) => shown.includes(f.severity));
    if (format === 'json') process.stdout.write(formatJson(findings, ws, display, lang));
    else if (format === 'sarif') process.stdout.write(formatSarif(findings, ws, display, lang, '0.1.0'));
    else process.stdout.write(formatText(findings, ws, display, lang, display.size));
    if (missing.length && display.size === 0) return 2;
    return all.some((f) => f.severity === 'error') ? 1 : 0;
  },
};
