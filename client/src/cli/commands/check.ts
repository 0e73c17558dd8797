// `kube-apprenti check <fichiers|dossiers…> [--format text|json|sarif] [--langue fr|en]`: the language server's
// diagnostics (same engine, same messages) for CI. Exit code 1 when an error is found.
import { Analyzer } from '../../../../server/src/analysis/engine';
import type { Finding, Lang } from '../../../../server/src/analysis/model';
import { formatJson, formatSarif, formatText } from '../check/formats';
import { parseCommand, type CommandSpec } from '../args';
import { loadFiles } from '../check/loadFiles';
import type { CliCommand } from './index';

/** The check command's options: add one entry here (with its help line) to add an option. */
export const CHECK_SPEC = {
  name: 'check',
  synopsis: '<fichier|dossier>… [options]',
  options: {
    format: { type: 'string', choices: ['text', 'json', 'sarif'], default: 'text', help: "format de sortie (text par défaut ; sarif pour l'analyse de code des forges)" },
    langue: { type: 'string', choices: ['fr', 'en'], default: 'fr', help: 'langue des messages (fr par défaut)' },
    severite: { type: 'string', choices: ['erreur', 'avertissement', 'information', 'error', 'warning'], default: 'information', value: 'erreur|avertissement|information', help: 'niveau minimal affiché (information par défaut)' },
  },
  positionals: { min: 1 },
  notes: `Les dossiers sont parcourus récursivement (fichiers .yaml et .yml).
Codes de sortie : 0 aucune erreur, 1 au moins une erreur, 2 usage.`,
} as const satisfies CommandSpec;

const MIN: Record<string, Finding['severity'][]> = {
  erreur: ['error'], error: ['error'],
  avertissement: ['error', 'warning'], warning: ['error', 'warning'],
  information: ['error', 'warning', 'information', 'hint'],
};

export const check: CliCommand = {
  summary: 'vérifie des manifestes (diagnostics du serveur de langage, texte, JSON ou SARIF)',
  async run(args) {
    const parsed = parseCommand(CHECK_SPEC, args);
    if ('exit' in parsed) return parsed.exit;
    const { values, positionals } = parsed;
    const format = values.format;
    const lang: Lang = values.langue === 'en' ? 'en' : 'fr';
    const { ws, display, missing } = await loadFiles(positionals);
    for (const m of missing) process.stderr.write(lang === 'fr' ? `Fichier ou dossier introuvable : ${m}\n` : `File or folder not found: ${m}\n`);
    const analyzer = new Analyzer(ws);
    const shown = MIN[values.severite];
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
