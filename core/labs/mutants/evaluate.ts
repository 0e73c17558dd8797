// `lab verify --mutants`: for each step, mutate the step's solution with the catalogue and run the step's workspace
// checks on each mutant (no cluster). A mutant no check catches = a check too lax; a valid alternative some check
// rejects = a check too strict. Only what the step changes counts (see relevance below). No vscode import.
import * as path from 'node:path';
import { filesAfter } from '../checkLab';
import type { CheckContext, CheckResult } from '../checks/types';
import { isWorkspaceCheck, type AcceptedMutant, type Lab, type Step } from '../format/types';
import type { Lang } from '../../i18n';
import { mt } from '../../i18n/mutants';
import { runCheck } from '../runner';
import { snapshotTexts } from '../workspace/snapshot';
import { resourcesOf } from './ast';
import { MUTATIONS } from './catalogue';
import type { Mutation, MutationContext, MutationSite, Path } from './types';

const YAML_FILE = /\.ya?ml$/i;

/**
 * The files the YAML mutations work on: manifests, not the templates of a Helm chart (`<chart>/templates/*.yaml`
 * next to `<chart>/Chart.yaml`), which are Go templates: quoting `name: a-{{ include "x" . }}` changes its meaning,
 * and a mutated template is checked through its render (`rendu.*`), which the catalogue does not target.
 */
export function mutableFiles(texts: Map<string, string>): [string, string][] {
  return [...texts].filter(([f]) => {
    if (!YAML_FILE.test(f)) return false;
    const m = /^(.*?)(?:^|\/)templates\/.+$/.exec(f);
    if (!m) return true;
    const chart = m[1] ? `${m[1]}/` : '';
    return !texts.has(`${chart}Chart.yaml`) && !texts.has(`${chart}Chart.yml`);
  });
}


export type MutantStatus = 'caught' | 'missed' | 'accepted' | 'passed' | 'rejected';

export interface CaughtBy {
  /** Index of the check in the step. */
  check: number;
  title: string;
  /** The lab's French `échec` message. */
  failMessage?: string;
  detail?: string;
}

export interface MutantOutcome {
  mutation: string;
  nature: Mutation['nature'];
  title: string;
  site: MutationSite;
  /** mutants: caught / missed / accepted; alternatives: passed / rejected / accepted. */
  status: MutantStatus;
  /** Checks that failed on this mutant. */
  failedChecks: CaughtBy[];
  /** The author's reason, when accepted in lab.yaml. */
  reason?: string;
}

export interface StepMutationReport {
  id: string;
  title: string;
  /** Why the step has nothing to test: no workspace check, or its solution changes no manifest. */
  skipped?: 'no-workspace-check' | 'no-change' | 'solution-fails';
  /** `Kind/name path` of every field the step changes (what makes a mutant relevant). */
  changed: string[];
  mutants: MutantOutcome[];
  alternatives: MutantOutcome[];
}

export interface LabMutationReport {
  labId: string;
  title: string;
  /** How relevance is defined (shown with the report). */
  relevance: string;
  /** No missed mutant and no rejected alternative left unaccepted. */
  ok: boolean;
  steps: StepMutationReport[];
  /** Entries of `mutants.acceptés` that matched no missed mutant nor rejected alternative (stale: remove them). */
  unusedAccepted: AcceptedMutant[];
}

type Changes = Map<string, Path[]>;

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Paths where `after` differs from `before` (leaves, or the first level where one side is missing or not an object). */
export function diffPaths(before: unknown, after: unknown, at: Path = []): Path[] {
  if (same(before, after)) return [];
  const isObj = (v: unknown): v is Record<string | number, unknown> => v !== null && typeof v === 'object';
  if (!isObj(before) || !isObj(after) || Array.isArray(before) !== Array.isArray(after)) return [at];
  const keys = Array.isArray(after)
    ? [...Array(Math.max((before as unknown as unknown[]).length, after.length)).keys()]
    : [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys.flatMap((k) => diffPaths(before[k], after[k], [...at, k]));
}

const isPrefix = (p: Path, q: Path): boolean => p.length <= q.length && p.every((x, i) => x === q[i]);

/** Per `Kind/name`: the fields the step changes, from the state before the step to its solution. */
export function stepChanges(before: Map<string, string>, after: Map<string, string>): Changes {
  const objects = (texts: Map<string, string>): Map<string, unknown> => {
    const out = new Map<string, unknown>();
    for (const [, t] of mutableFiles(texts)) for (const r of resourcesOf(t)) out.set(`${r.kind}/${r.name}`, r.object);
    return out;
  };
  const b = objects(before);
  const changes: Changes = new Map();
  for (const [ref, obj] of objects(after)) {
    const paths = b.has(ref) ? diffPaths(b.get(ref), obj) : [[]];
    if (paths.length) changes.set(ref, paths);
  }
  return changes;
}

/**
 * Relevance: a mutant counts for a step when it changes a field the step's solution changes (one path is a prefix of
 * the other); an alternative counts when it rewrites a resource the step changes.
 */
export function isRelevant(m: Mutation, site: MutationSite, changes: Changes): boolean {
  const paths = changes.get(site.resource);
  if (!paths) return false;
  if (m.nature === 'alternative') return true;
  return paths.some((p) => isPrefix(p, site.path) || isPrefix(site.path, p));
}

export function contextOf(texts: Map<string, string>): MutationContext {
  const resources: MutationContext['resources'] = [];
  for (const [f, t] of mutableFiles(texts)) for (const r of resourcesOf(t)) resources.push({ file: f, resource: r });
  return { resources };
}

function accepted(list: AcceptedMutant[] | undefined, mutation: string, step: string, resource: string): AcceptedMutant | undefined {
  return list?.find((a) => a.mutant === mutation && (a.step === undefined || a.step === step) && (a.resource === undefined || a.resource === resource));
}

async function failures(step: Step, texts: Map<string, string>, workDir: string, lang: Lang): Promise<CheckResult[]> {
  const ctx: CheckContext = { lang, workspace: snapshotTexts(workDir, texts), clock: { startedAt: 0 } };
  const out: CheckResult[] = [];
  for (const [i, c] of step.checks.entries()) {
    if (!isWorkspaceCheck(c)) continue;
    const r = await runCheck(c, i, ctx);
    if (r.status !== 'passed') out.push(r);
  }
  return out;
}

/** Runs the catalogue against each step of the lab. */
export async function mutateLab(lab: Lab, lang: Lang = 'fr', mutations: readonly Mutation[] = MUTATIONS): Promise<LabMutationReport> {
  const workDir = path.join(lab.dir, '.mutants');
  const report: LabMutationReport = { labId: lab.def.id, title: lab.def.title, relevance: mt(lang, 'relevance'), ok: true, steps: [], unusedAccepted: [] };
  const used = new Set<AcceptedMutant>();
  for (const [i, step] of lab.def.steps.entries()) {
    const sr: StepMutationReport = { id: step.id, title: step.title, changed: [], mutants: [], alternatives: [] };
    report.steps.push(sr);
    if (!step.checks.some(isWorkspaceCheck)) { sr.skipped = 'no-workspace-check'; continue; }
    const after = filesAfter(lab, i);
    const changes = stepChanges(filesAfter(lab, i, false), after);
    sr.changed = [...changes].flatMap(([ref, paths]) => paths.map((p) => `${ref} ${p.length ? pathTextOf(p) : '(nouvelle ressource)'}`));
    if (changes.size === 0) { sr.skipped = 'no-change'; continue; }
    if ((await failures(step, after, workDir, lang)).length > 0) { sr.skipped = 'solution-fails'; report.ok = false; continue; }
    const ctx = contextOf(after);
    for (const [file, text] of mutableFiles(after)) {
      for (const m of mutations) {
        for (const cand of m.find(file, text, ctx)) {
          if (!isRelevant(m, cand.site, changes)) continue;
          const mutated = cand.apply();
          if (mutated === text) continue;
          const texts = new Map(after);
          texts.set(file, mutated);
          const failed = (await failures(step, texts, workDir, lang)).map((r): CaughtBy => ({ check: r.index, title: r.title, failMessage: r.failMessage, detail: r.detail }));
          const outcome: MutantOutcome = { mutation: m.id, nature: m.nature, title: m.title[lang], site: cand.site, failedChecks: failed, status: 'caught' };
          const bad = m.nature === 'mutant' ? failed.length === 0 : failed.length > 0;
          outcome.status = m.nature === 'mutant' ? (bad ? 'missed' : 'caught') : (bad ? 'rejected' : 'passed');
          if (bad) {
            const acc = accepted(lab.def.mutants?.accepted, m.id, step.id, cand.site.resource);
            if (acc) { outcome.status = 'accepted'; outcome.reason = acc.reason; used.add(acc); } else report.ok = false;
          }
          (m.nature === 'mutant' ? sr.mutants : sr.alternatives).push(outcome);
        }
      }
    }
  }
  report.unusedAccepted = (lab.def.mutants?.accepted ?? []).filter((a) => !used.has(a));
  return report;
}

function pathTextOf(p: Path): string {
  return p.map((x, i) => (typeof x === 'number' ? `[${x}]` : `${i ? '.' : ''}${x}`)).join('');
}
