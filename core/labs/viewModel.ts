// Builds what the webview shows (protocol types) from labs and progress. Pure: no vscode, no fs.
import { kindOf } from './checks/registry';
import type { CatalogEntry } from './catalog';
import { fixHint, hintLevels } from './diagnosticHints';
import type { Environment, Lab } from './format/types';
import { t, type Lang } from '../i18n/labs';
import { counts, type ProgressState } from './progress';
import type { BrokenLab, LabSummary, LabView } from './protocol';
import { stepApplies } from './runner';

export function summaries(entries: CatalogEntry[], state: ProgressState, env: Environment): { labs: LabSummary[]; broken: BrokenLab[] } {
  const labs: LabSummary[] = [];
  const broken: BrokenLab[] = [];
  for (const e of entries) {
    if (!e.lab) {
      broken.push({ dir: e.dir, problems: e.problems.map((p) => `${p.file}${p.line ? `:${p.line}` : ''}${p.path ? ` (${p.path})` : ''} : ${p.message}`) });
      continue;
    }
    const d = e.lab.def;
    const lp = state.labs[d.id];
    const { done, total } = counts(e.lab, lp);
    labs.push({
      id: d.id, title: d.title, summary: d.summary, level: d.level, duration: d.duration, environments: d.environments,
      origin: e.lab.origin, prerequisites: d.prerequisites ?? [], done, total, applicable: d.environments.includes(env), completed: !!lp?.completedAt,
    });
  }
  return { labs, broken };
}

export interface LabViewOptions {
  env: Environment;
  lang: Lang;
  workDirLabel: string;
  started: boolean;
  instructor: boolean;
}

export function labView(lab: Lab, state: ProgressState, o: LabViewOptions): LabView {
  const lp = state.labs[lab.def.id];
  const { done, total } = counts(lab, lp);
  const current = lp?.currentStep && lab.def.steps.some((s) => s.id === lp.currentStep) ? lp.currentStep : lab.def.steps[0].id;
  return {
    id: lab.def.id, title: lab.def.title, summary: lab.def.summary, level: lab.def.level, duration: lab.def.duration,
    currentEnvironment: o.env, folder: o.workDirLabel, started: o.started, currentStep: current, done, total, instructorMode: o.instructor,
    steps: lab.def.steps.map((s) => {
      const sp = lp?.steps[s.id];
      // The hint levels: the step's `indices` in order, then the quick fix of the diagnostic that explains a failure.
      const fix = fixHint(sp?.lastResults);
      const levels = [...(s.hints ?? []), ...(fix?.fix ? [t(o.lang, 'indice.correction', { code: fix.code, correction: fix.fix })] : [])];
      return {
        id: s.id, title: s.title, markdown: lab.markdown[s.id] ?? '', files: s.files ?? [],
        hints: levels.slice(0, sp?.hintsShown ?? 0), hintsTotal: hintLevels(s.hints, sp?.lastResults), hintsUsed: sp?.hintsShown ?? 0,
        hasSolution: (lab.solutionFiles[s.id] ?? []).length > 0, optional: !!s.optional, applicable: stepApplies(s, o.env),
        passed: sp?.passedAt !== undefined,
        checks: s.checks.map((c, i) => ({ index: i, title: c.title ?? kindOf(c).describe(c, o.lang), cluster: kindOf(c).scope === 'cluster' })),
        lastResults: sp?.lastResults,
      };
    }),
  };
}
