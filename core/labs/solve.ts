// Runs a step's `résoudre` actions: copy the solution files, apply files, and a few declarative cluster actions.
// No shell, no vscode import (the CLI's `lab verify --solve` and the panel's instructor mode share it).
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { LabClusterActions } from './cluster/actions';
import { solveActionToYaml } from './format/fromYaml';
import type { Lab, SolveAction, Step } from './format/types';
import { LabError } from './errors';
import { type Lang, t } from '../i18n/labs';

/** Applies files of the working folder to the cluster, labelled for the lab (the apply engine behind it). */
export type ApplyFn = (absPaths: string[]) => Promise<void>;
/** Applies the render of a chart or an overlay (absolute folder), labelled for the lab. */
export type ApplyRenderFn = (absDir: string) => Promise<void>;

export interface SolveContext {
  lab: Lab;
  step: Step;
  workDir: string;
  actions?: LabClusterActions;
  apply?: ApplyFn;
  applyRender?: ApplyRenderFn;
  labels: Record<string, string>;
  log?: (line: string) => void;
  /** Language of the log lines (French by default). */
  lang?: Lang;
}

/** Resolves a path of the working folder, refusing anything that leaves it. */
export function insideWorkDir(workDir: string, rel: string): string {
  const abs = path.resolve(workDir, rel);
  const root = path.resolve(workDir);
  if (abs !== root && !abs.startsWith(root + path.sep)) throw new LabError('outsideWorkDir', { path: rel });
  return abs;
}

/** Copies `solution/<step>/**` over the working folder; returns the relative paths written. */
export function copySolution(lab: Lab, stepId: string, workDir: string): string[] {
  const files = lab.solutionFiles[stepId] ?? [];
  for (const rel of files) {
    const dst = insideWorkDir(workDir, rel);
    fs.mkdirSync(path.dirname(dst), { recursive: true });
    fs.copyFileSync(path.join(lab.dir, 'solution', stepId, rel), dst);
  }
  return files;
}

/** Copies `depart/**` into the working folder. Existing files are kept unless `overwrite`; returns the files written. */
export function copyStartFiles(lab: Lab, workDir: string, overwrite = false): string[] {
  const written: string[] = [];
  for (const rel of lab.startFiles) {
    const dst = insideWorkDir(workDir, rel);
    if (!overwrite && fs.existsSync(dst)) continue;
    fs.mkdirSync(path.dirname(dst), { recursive: true });
    fs.copyFileSync(path.join(lab.dir, 'depart', rel), dst);
    written.push(rel);
  }
  return written;
}

function needCluster(ctx: SolveContext): LabClusterActions {
  if (!ctx.actions) throw new LabError('needsCluster');
  return ctx.actions;
}

export function describeAction(a: SolveAction, lang: Lang = 'fr'): string {
  if (a === 'solution') return t(lang, 'solve.solution');
  const [k, v] = Object.entries(solveActionToYaml(a) as Record<string, unknown>)[0];
  return `${k} ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`;
}

async function runAction(a: SolveAction, ctx: SolveContext): Promise<void> {
  if (a === 'solution') { copySolution(ctx.lab, ctx.step.id, ctx.workDir); return; }
  if ('apply' in a) {
    if (!ctx.apply) throw new LabError('applyNeedsCluster');
    await ctx.apply(a.apply.map((rel) => insideWorkDir(ctx.workDir, rel)));
    return;
  }
  if ('applyRender' in a) {
    if (!ctx.applyRender) throw new LabError('applyRenderNeedsCluster');
    await ctx.applyRender(insideWorkDir(ctx.workDir, a.applyRender));
    return;
  }
  if ('delete' in a) {
    const [kind, name] = a.delete.split('/');
    await needCluster(ctx).deleteObject(kind, name);
    return;
  }
  if ('deletePods' in a) { await needCluster(ctx).deletePods(a.deletePods.selector, a.deletePods.count); return; }
  if ('scale' in a) { await needCluster(ctx).scale(a.scale.deployment, a.scale.replicas); return; }
  if ('restart' in a) { await needCluster(ctx).restart(a.restart.deployment); return; }
  if ('undo' in a) { await needCluster(ctx).undo(a.undo.deployment); return; }
  if ('createJob' in a) { await needCluster(ctx).jobFromCronJob(a.createJob.cronjob, a.createJob.job, ctx.labels); return; }
  if ('wait' in a) { await new Promise((r) => setTimeout(r, a.wait * 1000)); return; }
  const never: never = a;
  throw new LabError('unknownAction', { action: JSON.stringify(never) });
}

/** Runs the step's `résoudre` list (or, when it has none, copies its solution files). */
export async function solveStep(ctx: SolveContext): Promise<void> {
  const list: SolveAction[] = ctx.step.solve ?? ((ctx.lab.solutionFiles[ctx.step.id] ?? []).length ? ['solution'] : []);
  for (const a of list) {
    ctx.log?.(describeAction(a, ctx.lang));
    await runAction(a, ctx);
  }
}
