// `lab check`: validates a lab's files beyond the schema: Markdown present, referenced files exist, regexes and paths
// compile, diagnostic codes known, and each step's solution passes that step's workspace checks. No vscode import.
import { codes as engineCodes } from '../analysis/messages';
import { parsePath } from './checks/fieldPath';
import { errorText } from './errors';
import { kindOf } from './checks/registry';
import type { CheckContext } from './checks/types';
import type { LabProblem } from './format/loadLab';
import { loadLab } from './format/loadLab';
import type { Lang } from '../i18n';
import { lt } from '../i18n/labAuthoring';
import { isWorkspaceCheck, type Check, type Lab, type Step } from './format/types';
import { runCheck } from './runner';
import { snapshotTexts } from './workspace/snapshot';
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface CheckLabReport {
  lab?: Lab;
  problems: LabProblem[];
  /** Per step: workspace checks run on the solution (passed / total). */
  steps: { id: string; passed: number; total: number }[];
}

const err = (message: string, at?: string): LabProblem => ({ file: 'lab.yaml', path: at, message, severity: 'error' });
const warn = (message: string, at?: string): LabProblem => ({ file: 'lab.yaml', path: at, message, severity: 'warning' });

function staticProblems(lab: Lab, lang: Lang): LabProblem[] {
  const out: LabProblem[] = [];
  const ids = new Set<string>();
  const known = new Set<string>(lab.startFiles);
  for (const files of Object.values(lab.solutionFiles)) for (const f of files) known.add(f);
  lab.def.steps.forEach((step, si) => {
    const where = `étapes[${si}]`;
    if (ids.has(step.id)) out.push(err(lt(lang, 'check.duplicateId', { step: step.id }), `${where}.id`));
    ids.add(step.id);
    const md = lab.markdown[step.id] ?? '';
    if (md.trim().length < 20 && fs.existsSync(path.join(lab.dir, step.text))) out.push(err(lt(lang, 'check.emptyText', { file: step.text }), `${where}.texte`));
    for (const f of step.files ?? []) if (!known.has(f)) out.push(err(lt(lang, 'check.unknownFile', { file: f }), `${where}.fichiers`));
    for (const a of step.solve ?? []) {
      if (a === 'solution' && (lab.solutionFiles[step.id] ?? []).length === 0) out.push(err(lt(lang, 'check.noSolution', { step: step.id }), `${where}.résoudre`));
      if (typeof a === 'object' && 'applyRender' in a) {
        const dir = a.applyRender.replace(/\/+$/, '');
        if (![...known].some((f) => /^(Chart\.ya?ml|kustomization\.ya?ml|Kustomization)$/.test(f.slice(dir.length + 1)) && f.startsWith(`${dir}/`))) {
          out.push(err(lt(lang, 'check.applyRenderTarget', { dir: a.applyRender }), `${where}.résoudre`));
        }
      }
      if (typeof a === 'object' && 'apply' in a) for (const f of a.apply) if (!known.has(f)) out.push(err(lt(lang, 'check.applyMissing', { file: f }), `${where}.résoudre`));
    }
    step.checks.forEach((c, ci) => out.push(...checkProblems(c, `${where}.vérifications[${ci}]`, lang)));
  });
  const solDir = path.join(lab.dir, 'solution');
  if (fs.existsSync(solDir)) {
    for (const d of fs.readdirSync(solDir)) if (!ids.has(d)) out.push(warn(lt(lang, 'check.orphanSolution', { dir: d })));
  }
  return out;
}

function checkProblems(c: Check, where: string, lang: Lang): LabProblem[] {
  const out: LabProblem[] = [];
  const regexes = [('matches' in c ? c.matches : undefined), ('output' in c ? c.output : undefined)].filter((r): r is string => typeof r === 'string');
  for (const r of regexes) {
    try { new RegExp(r, 'u'); } catch (e) { out.push(err(lt(lang, 'check.badRegex', { regex: r, error: (e as Error).message }), where)); }
  }
  if ('path' in c && typeof c.path === 'string') {
    try { parsePath(c.path); } catch (e) { out.push(err(errorText(e, lang), `${where}.chemin`)); }
  }
  const codes = c.type === 'manifeste.diagnostic' ? [c.code] : c.type === 'manifeste.sans-diagnostic' ? c.codes ?? [] : [];
  for (const code of codes) {
    if (!(code in engineCodes)) out.push(warn(lt(lang, c.type === 'manifeste.diagnostic' ? 'check.unknownCode.fails' : 'check.unknownCode.passes', { code }), where));
  }
  if (c.type === 'commande') out.push(warn(lt(lang, 'check.command'), where));
  return out;
}

/** Files of the working folder after solving steps [0..upto] (start files, then each step's solution files). */
export function filesAfter(lab: Lab, upto: number, includeUpto = true): Map<string, string> {
  const texts = new Map<string, string>();
  for (const rel of lab.startFiles) texts.set(rel, fs.readFileSync(path.join(lab.dir, 'depart', rel), 'utf8'));
  lab.def.steps.forEach((step, i) => {
    if (i > upto || (i === upto && !includeUpto)) return;
    if (!usesSolution(step, lab)) return;
    for (const rel of lab.solutionFiles[step.id] ?? []) texts.set(rel, fs.readFileSync(path.join(lab.dir, 'solution', step.id, rel), 'utf8'));
  });
  return texts;
}

function usesSolution(step: Step, lab: Lab): boolean {
  return step.solve ? step.solve.includes('solution') : (lab.solutionFiles[step.id] ?? []).length > 0;
}

export async function checkLabFolder(dir: string, lang: Lang = 'fr'): Promise<CheckLabReport> {
  const { lab, problems } = loadLab(dir, 'espace', lang);
  const report: CheckLabReport = { lab, problems: [...problems], steps: [] };
  if (!lab) return report;
  report.problems.push(...staticProblems(lab, lang));
  const workDir = path.join(lab.dir, '.verification');
  for (let i = 0; i < lab.def.steps.length; i++) {
    const step = lab.def.steps[i];
    const ws = step.checks.filter(isWorkspaceCheck);
    if (ws.length === 0) { report.steps.push({ id: step.id, passed: 0, total: 0 }); continue; }
    const ctx: CheckContext = { lang, workspace: snapshotTexts(workDir, filesAfter(lab, i)), clock: { startedAt: Date.now() } };
    let passed = 0;
    for (const [ci, c] of step.checks.entries()) {
      if (!isWorkspaceCheck(c)) continue;
      const r = await runCheck(c, ci, ctx);
      if (r.status === 'passed') passed++;
      else report.problems.push(err(lt(lang, 'check.solutionFails', { check: kindOf(c).describe(c, lang), detail: r.detail ? lt(lang, 'check.solutionFails.detail', { detail: r.detail.replace(/\.$/, '') }) : '' }), `étapes[${i}].vérifications[${ci}]`));
    }
    report.steps.push({ id: step.id, passed, total: ws.length });
    // A first step whose workspace checks all pass on the start files teaches nothing: tell the author.
    if (ws.length === step.checks.length && usesSolution(step, lab)) {
      const before: CheckContext = { ...ctx, workspace: snapshotTexts(workDir, filesAfter(lab, i, false)) };
      const all = await Promise.all(ws.map((c, ci) => runCheck(c, ci, before)));
      if (all.every((r) => r.status === 'passed')) report.problems.push(warn(lt(lang, 'check.passesBefore', { step: step.id }), `étapes[${i}]`));
    }
  }
  return report;
}
