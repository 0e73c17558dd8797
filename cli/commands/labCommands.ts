// Implementation of the `lab` CLI subcommands (French output). No vscode import.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { asLang, frenchTypography } from '../../core/i18n';
import { parseCommand, type CommandSpec } from '../args';
import { ClusterGateway } from '../../core/cluster/gateway';
import { toLabError } from '../../core/labs/cluster/gatewayReader';
import { loadCatalog, resolveLab, shippedLabsDir, type CatalogEntry } from '../../core/labs/catalog';
import { checkLabFolder } from '../../core/labs/checkLab';
import type { LabProblem } from '../../core/labs/format/loadLab';
import { ENVIRONMENTS, type Environment } from '../../core/labs/format/types';
import { mutateLab } from '../../core/labs/mutants/evaluate';
import { createExercise } from '../../core/labs/mutants/exercise';
import { pathText } from '../../core/labs/mutants/types';
import { formatMutationReport } from '../../core/labs/mutants/format';
import { gradeCsv, gradeExports, gradeJson, gradeMarkdown, readExportsDir } from '../../core/labs/grading/grade';
import { verifyLab } from '../../core/labs/verifyLab';

const out = (s: string): void => { process.stdout.write(`${s}\n`); };
const errOut = (s: string): void => { process.stderr.write(`${s}\n`); };
const outFr = (s: string): void => out(frenchTypography(s));
const errFr = (s: string): void => errOut(frenchTypography(s));

export const LAB_LIST_SPEC = {
  name: 'lab list', synopsis: '[dossier…]', options: {},
  notes: 'liste les labs (livrés et du dossier courant, ou des dossiers indiqués)',
} as const satisfies CommandSpec;

export const LAB_CHECK_SPEC = {
  name: 'lab check', synopsis: '<dossier>…', options: {}, positionals: { min: 1 },
  notes: "vérifie les fichiers d’un lab (schéma, fichiers, solution)",
} as const satisfies CommandSpec;

export const LAB_VERIFY_SPEC = {
  name: 'lab verify',
  synopsis: '<id|dossier> --solve|--mutants [options]',
  options: {
    solve: { type: 'boolean', help: 'résout chaque étape sur le cluster et lance ses vérifications (la solution est appliquée)' },
    mutants: { type: 'boolean', help: 'teste les vérifications de l’espace de travail avec des erreurs typiques et des variantes valides (sans cluster)' },
    format: { type: 'string', choices: ['text', 'json'], default: 'text', help: 'format du rapport --mutants (text par défaut)' },
    langue: { type: 'string', choices: ['fr', 'en'], default: 'fr', help: 'langue du rapport --mutants (fr par défaut)' },
    kubeconfig: { type: 'string', value: 'F', help: 'fichier kubeconfig' },
    context: { type: 'string', value: 'C', help: 'contexte du kubeconfig à utiliser' },
    namespace: { type: 'string', value: 'N', help: "espace de noms à utiliser (sinon un espace neuf par étape)" },
    environnement: { type: 'string', choices: ENVIRONMENTS, default: 'local', help: 'environnement visé (local par défaut)' },
    garder: { type: 'boolean', help: 'garde les espaces de noms créés' },
    delai: { type: 'number', value: '0.5', help: 'multiplie les délais des vérifications' },
    'autoriser-commandes': { type: 'boolean', help: 'autorise les vérifications qui lancent une commande' },
  },
  positionals: { min: 1, max: 1 },
  notes: 'résout chaque étape sur le cluster (--solve) ou teste ses vérifications par mutation (--mutants)\n'
    + '--solve : dans un namespace neuf, résout chaque étape et lance ses vérifications.\n'
    + '--mutants : pour chaque étape, applique à sa solution des erreurs typiques (mutants) et des variantes valides, et\n'
    + 'signale les mutants qu’aucune vérification n’attrape et les variantes refusées. Code de sortie 1 si l’un d’eux n’est\n'
    + 'pas accepté dans lab.yaml (mutants: { acceptés: [{ mutant, raison }] }).',
} as const satisfies CommandSpec;

export const LAB_MUTATE_SPEC = {
  name: 'lab mutate',
  synopsis: '<dossier> [--graine 42] [--n 3] [--sortie exercices/]',
  options: {
    graine: { type: 'integer', default: 1, value: 'N', help: 'graine du tirage (même graine = même exercice)' },
    n: { type: 'integer', default: 3, value: 'N', help: 'nombre d’erreurs à introduire (3 par défaut)' },
    sortie: { type: 'string', default: 'exercices', value: 'D', help: 'dossier où écrire l’exercice (exercices/ par défaut)' },
  },
  positionals: { min: 1, max: 1 },
  notes: '« Créer un exercice » : introduit N erreurs typiques dans un dossier qui fonctionne et en fait un lab\n'
    + 'Le dossier peut aussi être un lab (sa solution finale est utilisée). Écrit <sortie>/ex-<dossier>-g<graine>/ :\n'
    + 'depart/ cassé, une étape par erreur avec sa vérification et ses indices, solution/. Même graine = même exercice.',
} as const satisfies CommandSpec;

export const LAB_GRADE_SPEC = {
  name: 'lab grade',
  synopsis: '<dossier-des-exports> [--format md|csv|json] [--cle K]',
  options: {
    format: { type: 'string', choices: ['md', 'csv', 'json'], default: 'md', help: 'format du bilan (md par défaut)' },
    cle: { type: 'string', value: 'K', aliases: ['key'], help: 'clé de la classe, pour vérifier les signatures (sinon KUBE_APPRENTI_CLE_CLASSE)' },
  },
  positionals: { min: 1, max: 1 },
  notes: 'fusionne les exports de progression d’une classe : taux de réussite par étape, totaux par étudiant, signatures invalides',
} as const satisfies CommandSpec;

function catalog(extra: string[] = []): CatalogEntry[] {
  const roots: { dir: string; origin: 'extension' | 'espace'; depth?: number }[] = [];
  const shipped = shippedLabsDir();
  if (shipped) roots.push({ dir: shipped, origin: 'extension', depth: 1 });
  for (const d of extra) roots.push({ dir: d, origin: 'espace' });
  return loadCatalog(roots);
}

export function problemLine(p: LabProblem, dir?: string): string {
  const where = [dir ? path.join(dir, p.file) : p.file, p.line].filter((x) => x !== undefined).join(':');
  return `${p.severity === 'erreur' ? '✗' : '⚠'} ${where}${p.path ? ` (${p.path})` : ''} : ${p.message}`;
}

export async function labList(args: string[]): Promise<number> {
  const p = parseCommand(LAB_LIST_SPEC, args);
  if ('exit' in p) return p.exit;
  const positional = p.positionals;
  const entries = catalog(positional.length ? positional : [process.cwd()]);
  if (entries.length === 0) { out('Aucun lab trouvé.'); return 0; }
  for (const e of entries) {
    if (!e.lab) { out(`✗ ${e.dir} : lab illisible (${e.problems.length} problème(s), lancez « lab check »)`); continue; }
    const d = e.lab.def;
    out(`${d.id.padEnd(34)} ${d.title}`);
    out(`${''.padEnd(34)} ${d.level}, ${d.duration} min, ${d.steps.length} étapes — ${d.environments.join(', ')}${e.lab.origin === 'espace' ? ` — ${e.dir}` : ''}`);
  }
  return entries.some((e) => !e.lab) ? 1 : 0;
}

export async function labCheck(args: string[]): Promise<number> {
  const p = parseCommand(LAB_CHECK_SPEC, args);
  if ('exit' in p) return p.exit;
  const positional = p.positionals;
  let failed = false;
  for (const dir of positional) {
    const r = await checkLabFolder(path.resolve(dir));
    const errors = r.problems.filter((p) => p.severity === 'erreur');
    for (const p of r.problems) out(problemLine(p, dir));
    if (r.lab) {
      for (const s of r.steps) if (s.total > 0) out(`  étape ${s.id} : ${s.passed}/${s.total} vérification(s) de l'espace de travail réussie(s) avec la solution`);
    }
    out(errors.length === 0 ? `✓ ${dir} : lab valide${r.problems.length ? ` (${r.problems.length} avertissement(s))` : ''}.` : `✗ ${dir} : ${errors.length} erreur(s).`);
    if (errors.length) failed = true;
  }
  return failed ? 1 : 0;
}

export async function labVerify(args: string[]): Promise<number> {
  const p = parseCommand(LAB_VERIFY_SPEC, args);
  if ('exit' in p) return p.exit;
  const { positionals: positional, values: flags } = p;
  if (!flags.solve && !flags.mutants) {
    errFr('« lab verify » attend --solve (applique la solution de chaque étape sur le cluster) ou --mutants (teste les vérifications sans cluster).');
    return 2;
  }
  const env = flags.environnement as Environment;
  const entry = resolveLab(positional[0], catalog());
  if (!entry) { errOut(`Lab introuvable : « ${positional[0]} » (ni identifiant connu, ni dossier avec un lab.yaml).`); return 2; }
  if (!entry.lab) { for (const p of entry.problems) errOut(problemLine(p, entry.dir)); return 1; }
  let mutantsOk = true;
  if (flags.mutants) {
    const lang = asLang(flags.langue);
    const report = await mutateLab(entry.lab, lang);
    if (flags.format === 'json') out(JSON.stringify(report, null, 2));
    else for (const line of formatMutationReport(report, lang)) out(line);
    mutantsOk = report.ok;
    if (!flags.solve) return mutantsOk ? 0 : 1;
  }
  let gw: ClusterGateway;
  try {
    gw = ClusterGateway.connect({
      kubeconfig: flags.kubeconfig,
      context: flags.context,
    });
  } catch (err) {
    errOut(toLabError(err, 'fr').message);
    return 1;
  }
  try {
    const report = await verifyLab(entry.lab, {
      gw, env, print: out, keep: flags.garder, allowCommands: flags['autoriser-commandes'],
      namespace: flags.namespace,
      timeoutScale: flags.delai,
    });
    return report.ok && mutantsOk ? 0 : 1;
  } catch (err) {
    errOut(toLabError(err, 'fr').message);
    return 1;
  }
}

export async function labMutate(args: string[]): Promise<number> {
  const p = parseCommand(LAB_MUTATE_SPEC, args);
  if ('exit' in p) return p.exit;
  const { positionals, values } = p;
  const source = path.resolve(positionals[0]);
  if (!fs.existsSync(source) || !fs.statSync(source).isDirectory()) { errFr(`Dossier introuvable : « ${positionals[0]} ».`); return 2; }
  if (values.n < 1) { errFr('L’option --n attend au moins 1.'); return 2; }
  try {
    const r = await createExercise(source, values.graine, values.n, path.resolve(values.sortie));
    if (r.mistakes.length === 0) { errFr('Aucune erreur typique n’a pu être introduite dans ce dossier (aucun manifeste reconnu ?).'); return 1; }
    outFr(`Exercice « ${r.labId} » écrit dans ${path.relative(process.cwd(), r.dir) || r.dir} (${r.mistakes.length} erreur(s)${r.mistakes.length < values.n ? ` sur ${values.n} demandées` : ''}) :`);
    r.mistakes.forEach((m, i) => outFr(`  ${i + 1}. ${m.mutation.id} — ${m.site.resource} ${pathText(m.site.path)} (${m.site.file}) : vérifiée par ${m.code ? `le diagnostic ${m.code}` : 'un champ'}`));
    outFr('Relisez lab.yaml et les consignes, puis lancez « lab check » sur ce dossier.');
    return 0;
  } catch (err) {
    errFr(`Impossible de créer l’exercice : ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
}

/** Exit 0; 1 when a file is flagged (invalid or missing signature, unreadable); 2 on a usage error. */
export async function labGrade(args: string[]): Promise<number> {
  const p = parseCommand(LAB_GRADE_SPEC, args);
  if ('exit' in p) return p.exit;
  const dir = p.positionals[0];
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) { errOut(`Dossier introuvable : « ${dir} ».`); return 2; }
  const secret = p.values.cle ?? process.env.KUBE_APPRENTI_CLE_CLASSE;
  const inputs = readExportsDir(dir);
  if (inputs.length === 0) { errOut(`Aucun export (.json) dans « ${dir} ».`); return 2; }
  const report = gradeExports(inputs, secret);
  const format = p.values.format;
  out((format === 'csv' ? gradeCsv(report) : format === 'json' ? gradeJson(report) : gradeMarkdown(report)).replace(/\n$/, ''));
  const flagged = report.files.filter((f) => f.warning);
  if (format !== 'md') for (const f of flagged) errOut(`⚠ ${f.file} (${f.student}) : ${f.warning}.`);
  if (!secret?.trim() && report.files.some((f) => f.signature === 'unchecked')) {
    errOut('Signatures non vérifiées : donnez la clé de la classe avec --cle (ou KUBE_APPRENTI_CLE_CLASSE).');
  }
  return flagged.length ? 1 : 0;
}
