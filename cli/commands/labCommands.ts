// Implementation of the `lab` CLI subcommands (output in the language of `--langue`). No vscode import.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { asLang, type Lang } from '../../core/i18n';
import { ct } from '../../core/i18n/cli';
import { LANGUE_OPTION, parseCommand, type CommandSpec } from '../args';
import { ClusterGateway } from '../../core/cluster/gateway';
import { toLabError } from '../../core/labs/cluster/gatewayReader';
import { loadCatalog, resolveLab, shippedLabsDir, type CatalogEntry } from '../../core/labs/catalog';
import { checkLabFolder } from '../../core/labs/checkLab';
import { errorText } from '../../core/labs/errors';
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

export const LAB_LIST_SPEC = {
  name: 'lab list', synopsis: 'synopsis.labList', options: { langue: LANGUE_OPTION },
  notes: 'notes.labList',
} as const satisfies CommandSpec;

export const LAB_CHECK_SPEC = {
  name: 'lab check', synopsis: 'synopsis.labCheck', options: { langue: LANGUE_OPTION }, positionals: { min: 1 },
  notes: 'notes.labCheck',
} as const satisfies CommandSpec;

export const LAB_VERIFY_SPEC = {
  name: 'lab verify',
  synopsis: 'synopsis.labVerify',
  options: {
    solve: { type: 'boolean', help: 'opt.labVerify.solve' },
    mutants: { type: 'boolean', help: 'opt.labVerify.mutants' },
    format: { type: 'string', choices: ['text', 'json'], default: 'text', help: 'opt.labVerify.format' },
    langue: LANGUE_OPTION,
    kubeconfig: { type: 'string', value: 'F', help: 'opt.kubeconfig' },
    context: { type: 'string', value: 'C', help: 'opt.context' },
    namespace: { type: 'string', value: 'N', help: 'opt.labVerify.namespace' },
    environnement: { type: 'string', choices: ENVIRONMENTS, default: 'local', help: 'opt.labVerify.environnement' },
    garder: { type: 'boolean', help: 'opt.labVerify.garder' },
    delai: { type: 'number', value: '0.5', help: 'opt.labVerify.delai' },
    'autoriser-commandes': { type: 'boolean', help: 'opt.labVerify.autoriserCommandes' },
  },
  positionals: { min: 1, max: 1 },
  notes: 'notes.labVerify',
} as const satisfies CommandSpec;

export const LAB_MUTATE_SPEC = {
  name: 'lab mutate',
  synopsis: 'synopsis.labMutate',
  options: {
    langue: LANGUE_OPTION,
    graine: { type: 'integer', default: 1, value: 'N', help: 'opt.labMutate.graine' },
    n: { type: 'integer', default: 3, value: 'N', help: 'opt.labMutate.n' },
    sortie: { type: 'string', default: 'exercices', value: 'D', help: 'opt.labMutate.sortie' },
  },
  positionals: { min: 1, max: 1 },
  notes: 'notes.labMutate',
} as const satisfies CommandSpec;

export const LAB_GRADE_SPEC = {
  name: 'lab grade',
  synopsis: 'synopsis.labGrade',
  options: {
    langue: LANGUE_OPTION,
    format: { type: 'string', choices: ['md', 'csv', 'json'], default: 'md', help: 'opt.labGrade.format' },
    cle: { type: 'string', value: 'K', aliases: ['key'], help: 'opt.labGrade.cle' },
  },
  positionals: { min: 1, max: 1 },
  notes: 'notes.labGrade',
} as const satisfies CommandSpec;

function catalog(extra: string[] = []): CatalogEntry[] {
  const roots: { dir: string; origin: 'extension' | 'espace'; depth?: number }[] = [];
  const shipped = shippedLabsDir();
  if (shipped) roots.push({ dir: shipped, origin: 'extension', depth: 1 });
  for (const d of extra) roots.push({ dir: d, origin: 'espace' });
  return loadCatalog(roots);
}

/** `✗ dir/lab.yaml:3 (étapes[0]) : message`, French typography in French. */
export function problemLine(p: LabProblem, lang: Lang, dir?: string): string {
  const where = [dir ? path.join(dir, p.file) : p.file, p.line].filter((x) => x !== undefined).join(':');
  return ct(lang, 'lab.problem', { mark: p.severity === 'error' ? '✗' : '⚠', where, path: p.path ? ` (${p.path})` : '', message: p.message });
}

export async function labList(args: string[]): Promise<number> {
  const p = parseCommand(LAB_LIST_SPEC, args);
  if ('exit' in p) return p.exit;
  const positional = p.positionals;
  const lang = asLang(p.values.langue);
  const entries = catalog(positional.length ? positional : [process.cwd()]);
  if (entries.length === 0) { out(ct(lang, 'lab.none')); return 0; }
  for (const e of entries) {
    if (!e.lab) { out(ct(lang, 'lab.unreadable', { dir: e.dir, n: e.problems.length })); continue; }
    const d = e.lab.def;
    out(`${d.id.padEnd(34)} ${d.title}`);
    out(`${''.padEnd(34)} ${ct(lang, 'lab.listLine', { level: ct(lang, `lab.level.${d.level}`), duration: d.duration, steps: d.steps.length, environments: d.environments.join(', '), where: e.lab.origin === 'espace' ? ` — ${e.dir}` : '' })}`);
  }
  return entries.some((e) => !e.lab) ? 1 : 0;
}

export async function labCheck(args: string[]): Promise<number> {
  const p = parseCommand(LAB_CHECK_SPEC, args);
  if ('exit' in p) return p.exit;
  const positional = p.positionals;
  const lang = asLang(p.values.langue);
  let failed = false;
  for (const dir of positional) {
    const r = await checkLabFolder(path.resolve(dir), lang);
    const errors = r.problems.filter((p) => p.severity === 'error');
    for (const p of r.problems) out(problemLine(p, lang, dir));
    if (r.lab) {
      for (const s of r.steps) if (s.total > 0) out(ct(lang, 'lab.stepPassed', { step: s.id, passed: s.passed, total: s.total }));
    }
    out(errors.length === 0 ? ct(lang, 'lab.valid', { dir, warnings: r.problems.length ? ct(lang, 'lab.valid.warnings', { n: r.problems.length }) : '' }) : ct(lang, 'lab.invalid', { dir, n: errors.length }));
    if (errors.length) failed = true;
  }
  return failed ? 1 : 0;
}

export async function labVerify(args: string[]): Promise<number> {
  const p = parseCommand(LAB_VERIFY_SPEC, args);
  if ('exit' in p) return p.exit;
  const { positionals: positional, values: flags } = p;
  if (!flags.solve && !flags.mutants) {
    errOut(ct(asLang(flags.langue), 'lab.verifyMode'));
    return 2;
  }
  const env = flags.environnement as Environment;
  const entry = resolveLab(positional[0], catalog());
  if (!entry) { errOut(ct(asLang(flags.langue), 'lab.notFound', { lab: positional[0] })); return 2; }
  if (!entry.lab) { for (const p of entry.problems) errOut(problemLine(p, asLang(flags.langue), entry.dir)); return 1; }
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
    errOut(toLabError(err, asLang(flags.langue)).message);
    return 1;
  }
  try {
    const report = await verifyLab(entry.lab, {
      gw, env, print: out, lang: asLang(flags.langue), keep: flags.garder, allowCommands: flags['autoriser-commandes'],
      namespace: flags.namespace,
      timeoutScale: flags.delai,
    });
    return report.ok && mutantsOk ? 0 : 1;
  } catch (err) {
    errOut(toLabError(err, asLang(flags.langue)).message);
    return 1;
  }
}

export async function labMutate(args: string[]): Promise<number> {
  const p = parseCommand(LAB_MUTATE_SPEC, args);
  if ('exit' in p) return p.exit;
  const { positionals, values } = p;
  const lang = asLang(values.langue);
  const source = path.resolve(positionals[0]);
  if (!fs.existsSync(source) || !fs.statSync(source).isDirectory()) { errOut(ct(lang, 'lab.dirNotFound', { dir: positionals[0] })); return 2; }
  if (values.n < 1) { errOut(ct(lang, 'lab.nAtLeastOne')); return 2; }
  try {
    const r = await createExercise(source, values.graine, values.n, path.resolve(values.sortie), lang);
    if (r.mistakes.length === 0) { errOut(ct(lang, 'lab.noMistake')); return 1; }
    out(ct(lang, 'lab.written', { id: r.labId, dir: path.relative(process.cwd(), r.dir) || r.dir, n: r.mistakes.length, of: r.mistakes.length < values.n ? ct(lang, 'lab.written.of', { n: values.n }) : '' }));
    r.mistakes.forEach((m, i) => out(ct(lang, m.code ? 'lab.mistake.diagnostic' : 'lab.mistake.field', { i: i + 1, mutation: m.mutation.id, resource: m.site.resource, path: pathText(m.site.path), file: m.site.file, code: m.code })));
    out(ct(lang, 'lab.reread'));
    return 0;
  } catch (err) {
    errOut(ct(lang, 'lab.mutateFailed', { error: errorText(err, lang) }));
    return 1;
  }
}

/** Exit 0; 1 when a file is flagged (invalid or missing signature, unreadable); 2 on a usage error. */
export async function labGrade(args: string[]): Promise<number> {
  const p = parseCommand(LAB_GRADE_SPEC, args);
  if ('exit' in p) return p.exit;
  const dir = p.positionals[0];
  const lang = asLang(p.values.langue);
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) { errOut(ct(lang, 'lab.dirNotFound', { dir })); return 2; }
  const secret = p.values.cle ?? process.env.KUBE_APPRENTI_CLE_CLASSE;
  const inputs = readExportsDir(dir);
  if (inputs.length === 0) { errOut(ct(lang, 'lab.noExports', { dir })); return 2; }
  const report = gradeExports(inputs, secret, lang);
  const format = p.values.format;
  out((format === 'csv' ? gradeCsv(report, lang) : format === 'json' ? gradeJson(report) : gradeMarkdown(report, lang)).replace(/\n$/, ''));
  const flagged = report.files.filter((f) => f.warning);
  if (format !== 'md') for (const f of flagged) errOut(ct(lang, 'lab.flagged', { file: f.file, student: f.student, warning: f.warning }));
  if (!secret?.trim() && report.files.some((f) => f.signature === 'unchecked')) {
    errOut(ct(lang, 'lab.unchecked'));
  }
  return flagged.length ? 1 : 0;
}
