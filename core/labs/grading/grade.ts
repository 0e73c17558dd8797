// `lab grade`: merges the progress exports of a class (one JSON file per student), checks their signatures, and
// computes per-step success rates (hardest first) and per-student totals. Pure except readExportsDir. No vscode import.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { migrateExport, type ExportedProgress } from '../progress';
import type { Lang } from '../../i18n';
import { gt } from '../../i18n/grading';
import { csvLine } from './csv';
import { verifyExport, type SignatureStatus } from './signature';

export interface GradeInput { file: string; text: string }

export type FileStatus = SignatureStatus | 'unreadable';

export interface GradedFile {
  file: string;
  student: string;
  signature: FileStatus;
  /** Counted in the rates and totals (not tampered with, readable). */
  counted: boolean;
  /** Why the file is flagged (French), when it is. */
  warning?: string;
}

export interface StepRate {
  lab: string;
  step: string;
  title: string;
  /** Students (counted files) who started the lab. */
  students: number;
  passed: number;
  /** passed / students, 0 when nobody started the lab. */
  rate: number;
  meanHints: number;
  solved: number;
}

export interface StudentTotal {
  student: string;
  file: string;
  signature: FileStatus;
  stepsPassed: number;
  steps: number;
  timeSpentS: number;
  hints: number;
  solved: number;
}

export interface GradeReport {
  files: GradedFile[];
  steps: StepRate[];
  students: StudentTotal[];
}

/** The `.json` files of a folder (sorted by name); the CSV copies are for spreadsheets and are not read. */
export function readExportsDir(dir: string): GradeInput[] {
  return fs.readdirSync(dir).filter((f) => f.toLowerCase().endsWith('.json')).sort()
    .map((f) => ({ file: f, text: fs.readFileSync(path.join(dir, f), 'utf8') }));
}

/** The file as written (its signature is checked on it) and its data in today's shape (older exports migrated). */
function parseExport(text: string): { raw: object; data: ExportedProgress } | undefined {
  try {
    const raw = JSON.parse(text) as unknown;
    const data = migrateExport(raw);
    return data ? { raw: raw as object, data } : undefined;
  } catch {
    return undefined;
  }
}

export function gradeExports(inputs: GradeInput[], classSecret: string | undefined, lang: Lang = 'fr'): GradeReport {
  const withKey = !!classSecret?.trim();
  const files: GradedFile[] = [];
  const counted: { f: GradedFile; d: ExportedProgress }[] = [];
  for (const input of inputs) {
    const parsed = parseExport(input.text);
    const fallbackName = input.file.replace(/\.json$/i, '');
    if (!parsed) { files.push({ file: input.file, student: fallbackName, signature: 'unreadable', counted: false, warning: gt(lang, 'alert.unreadable') }); continue; }
    const d = parsed.data;
    const signature = verifyExport(parsed.raw, classSecret);
    const warning = signature === 'invalid' ? gt(lang, 'alert.invalid') : signature === 'missing' && withKey ? gt(lang, 'alert.missing') : undefined;
    const f: GradedFile = { file: input.file, student: d.student?.trim() || fallbackName, signature, counted: signature !== 'invalid', warning };
    files.push(f);
    if (f.counted) counted.push({ f, d });
  }
  const rates = new Map<string, StepRate & { hints: number }>();
  const students: StudentTotal[] = [];
  for (const { f, d } of counted) {
    const total: StudentTotal = { student: f.student, file: f.file, signature: f.signature, stepsPassed: 0, steps: 0, timeSpentS: 0, hints: 0, solved: 0 };
    for (const lab of d.labs) {
      for (const s of lab.details) {
        const key = `${lab.id}\u0000${s.id}`;
        const r = rates.get(key) ?? { lab: lab.id, step: s.id, title: s.title, students: 0, passed: 0, rate: 0, meanHints: 0, solved: 0, hints: 0 };
        r.students++;
        if (s.passedAt) r.passed++;
        r.hints += s.hintsUsed ?? 0;
        if (s.solveUsed) r.solved++;
        rates.set(key, r);
        total.steps++;
        if (s.passedAt) total.stepsPassed++;
        total.timeSpentS += s.timeSpentS ?? 0;
        total.hints += s.hintsUsed ?? 0;
        if (s.solveUsed) total.solved++;
      }
    }
    students.push(total);
  }
  const order = [...rates.keys()];
  const steps = [...rates.values()].map(({ hints, ...r }) => ({
    ...r, rate: r.students ? r.passed / r.students : 0, meanHints: r.students ? Math.round((hints / r.students) * 10) / 10 : 0,
  }));
  // Hardest first; equal rates keep the order of the labs and their steps.
  const pos = new Map(order.map((k, i) => [k, i]));
  steps.sort((a, b) => a.rate - b.rate || b.meanHints - a.meanHints || pos.get(`${a.lab}\u0000${a.step}`)! - pos.get(`${b.lab}\u0000${b.step}`)!);
  students.sort((a, b) => a.student.localeCompare(b.student, 'fr'));
  return { files, steps, students };
}

const NBSP = '\u00a0';
const pct = (x: number): string => `${Math.round(x * 100)}${NBSP}%`;
const dec = (x: number): string => String(x).replace('.', ',');
const minutes = (s: number): string => `${Math.round(s / 60)}${NBSP}min`;
/** The CSV's `signature` column (identifiers of the export format; the Markdown table uses the `grading` catalogue). */

export function gradeMarkdown(r: GradeReport, lang: Lang = 'fr'): string {
  const out: string[] = [gt(lang, 'md.title'), ''];
  const excluded = r.files.filter((f) => !f.counted).length;
  out.push(gt(lang, 'md.read', { read: r.files.length, counted: r.files.length - excluded, excluded: excluded ? gt(lang, 'md.excluded', { n: excluded }) : '' }), '');
  out.push(gt(lang, 'md.steps'), '');
  out.push(gt(lang, 'md.stepsHead'), '|---|---|---|---|---|---|');
  for (const s of r.steps) out.push(`| ${s.lab} | ${s.step} | ${s.passed}/${s.students} | ${pct(s.rate)} | ${dec(s.meanHints)} | ${s.solved} |`);
  if (r.steps.length) out.push('', gt(lang, 'md.hardest', { lab: r.steps[0].lab, step: r.steps[0].step, rate: pct(r.steps[0].rate) }));
  out.push('', gt(lang, 'md.students'), '');
  out.push(gt(lang, 'md.studentsHead'), '|---|---|---|---|---|---|---|');
  for (const e of r.students) out.push(`| ${e.student} | ${e.file} | ${gt(lang, `signature.${e.signature}`)} | ${e.stepsPassed}/${e.steps} | ${minutes(e.timeSpentS)} | ${e.hints} | ${e.solved} |`);
  const flagged = r.files.filter((f) => f.warning);
  if (flagged.length) {
    out.push('', gt(lang, 'md.flagged'), '');
    for (const f of flagged) out.push(gt(lang, 'md.flaggedLine', { file: f.file, student: f.student, warning: f.warning }));
  }
  return `${out.join('\n')}\n`;
}

/** Two tables separated by an empty line: per step, then per student (headers and signatures in `lang`). */
export function gradeCsv(r: GradeReport, lang: Lang = 'fr'): string {
  const lines = [csvLine(gt(lang, 'csv.stepsHead').split('|'))];
  for (const s of r.steps) lines.push(csvLine([s.lab, s.step, s.title, s.students, s.passed, Math.round(s.rate * 1000) / 1000, s.meanHints, s.solved]));
  lines.push('', csvLine(gt(lang, 'csv.studentsHead').split('|')));
  for (const e of r.students) lines.push(csvLine([e.student, e.file, gt(lang, `csv.signature.${e.signature}`), e.stepsPassed, e.steps, e.timeSpentS, e.hints, e.solved]));
  return `${lines.join('\n')}\n`;
}

export function gradeJson(r: GradeReport): string {
  return `${JSON.stringify(r, null, 2)}\n`;
}
