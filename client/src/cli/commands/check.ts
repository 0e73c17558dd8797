// `kube-apprenti check <fichiers|dossiers…> [--format text|json|sarif] [--langue fr|en] [--echec-si niveau]`: the
// language server's diagnostics (same engine, same messages) for CI. Exit code 1 when a finding of the `--echec-si`
// severity or worse is found (errors by default), like ESLint's `--max-warnings 0`.
import { parseArgs } from 'node:util';
import { Analyzer } from '../../../../server/src/analysis/engine';
import type { Finding, Lang } from '../../../../server/src/analysis/model';
import { formatJson, formatSarif, formatText } from '../check/formats';
import { loadFiles } from '../check/loadFiles';
import { renderInto, targetsIn } from '../check/renderTargets';
import type { CliCommand } from './index';

const USAGE = `Usage : kube-apprenti check <fichier|dossier>… [options]
  --format text|json|sarif   format de sortie (text par défaut ; sarif pour l'analyse de code des forges)
  --langue fr|en             langue des messages (fr par défaut)
  --severite erreur|avertissement|information   niveau minimal affiché (information par défaut)
  --echec-si erreur|avertissement|information   niveau qui fait échouer la commande (erreur par défaut) ;
                             --echec-si avertissement fait échouer la CI dès le premier avertissement
                             (en anglais : --fail-on error|warning|information)
  --valeurs FICHIER          charts Helm : fichier de valeurs en plus de values.yaml (répétable, comme helm -f)
  --set cle=valeur           charts Helm : valeur en ligne de commande (répétable, comme helm --set)
Les dossiers sont parcourus récursivement (fichiers .yaml et .yml) ; un chart Helm (Chart.yaml) ou un overlay
Kustomize (kustomization.yaml) est d’abord rendu, et ses diagnostics sont placés sur les lignes des templates.
Codes de sortie : 0 rien au niveau de --echec-si ni au-dessus, 1 au moins un diagnostic de ce niveau ou plus grave
(même masqué par --severite), 2 usage.
`;

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
  summary: 'vérifie des manifestes (diagnostics du serveur de langage, texte, JSON ou SARIF)',
  async run(args) {
    let parsed;
    try {
      parsed = parseArgs({ args, allowPositionals: true, strict: true, options: {
        format: { type: 'string', default: 'text' }, langue: { type: 'string', default: 'fr' },
        severite: { type: 'string', default: 'information' }, help: { type: 'boolean', short: 'h' },
        'echec-si': { type: 'string' }, 'fail-on': { type: 'string' },
        valeurs: { type: 'string', multiple: true, default: [] }, set: { type: 'string', multiple: true, default: [] },
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
    const lang: Lang = values.langue === 'en' ? 'en' : 'fr';
    if (!['text', 'json', 'sarif'].includes(format) || !['fr', 'en'].includes(String(values.langue)) || !MIN[String(values.severite)]) {
      process.stderr.write(`Valeur d'option invalide.\n\n${USAGE}`);
      return 2;
    }
    const failOn = values['echec-si'] ?? values['fail-on'] ?? 'erreur';
    const failOption = values['echec-si'] !== undefined ? '--echec-si' : '--fail-on';
    if (!Object.prototype.hasOwnProperty.call(FAIL, failOn)) {
      process.stderr.write(lang === 'en'
        ? `Invalid value for ${failOption}: “${failOn}”. Expected: error, warning or information.\n\n${USAGE}`
        : `Valeur invalide pour ${failOption} : « ${failOn} ». Valeurs possibles : erreur, avertissement ou information.\n\n${USAGE}`);
      return 2;
    }
    if (positionals.length === 0) { process.stderr.write(USAGE); return 2; }
    const { ws, display, missing } = await loadFiles(positionals);
    for (const m of missing) process.stderr.write(lang === 'fr' ? `Fichier ou dossier introuvable : ${m}\n` : `File or folder not found: ${m}\n`);
    await renderInto(ws, targetsIn(ws), { values: values.valeurs as string[], set: values.set as string[] }, display);
    const analyzer = new Analyzer(ws);
    const shown = MIN[String(values.severite)];
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
      process.stderr.write(lang === 'en'
        ? `Failing: findings at the ${failOption} level or worse exist, hidden by --severite.\n`
        : `Échec : des diagnostics du niveau de ${failOption} ou plus graves existent, masqués par --severite.\n`);
    }
    return 1;
  },
};
