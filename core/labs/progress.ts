// Progress of a student in the labs: pure data and transitions (saved per workspace by the panel, exported as JSON
// for the instructor). No vscode import.
import type { CheckResult } from './checks/types';
import { hintLevels } from './diagnosticHints';
import type { Lab } from './format/types';

export interface StepProgress {
  /** When the student started the step (ms). Cluster checks compare creation times with it. */
  startedAt: number;
  /** UIDs of the Pods seen when the step started (for cluster.pods-recrees). */
  podsAtStart?: Record<string, string[]>;
  passedAt?: number;
  attempts: number;
  hintsShown: number;
  solutionShown: boolean;
  /** « Résoudre l'étape » (instructor mode) was used. */
  solved?: boolean;
  /** When the checks last ran (ms): the time spent on a step not passed yet. */
  lastRunAt?: number;
  lastResults?: CheckResult[];
}

export interface LabProgress {
  labId: string;
  startedAt: number;
  currentStep: string;
  steps: Record<string, StepProgress>;
  completedAt?: number;
}

export interface ProgressState {
  version: 1;
  labs: Record<string, LabProgress>;
  /** The student's name, asked once at the first export. */
  student?: string;
}

export const EMPTY_PROGRESS: ProgressState = { version: 1, labs: {} };

/** Accepts whatever was stored (older or damaged data gives an empty state rather than a crash). */
export function normalizeProgress(raw: unknown): ProgressState {
  if (!raw || typeof raw !== 'object' || (raw as ProgressState).version !== 1 || typeof (raw as ProgressState).labs !== 'object') return { version: 1, labs: {} };
  return raw as ProgressState;
}

function freshStep(now: number): StepProgress {
  return { startedAt: now, attempts: 0, hintsShown: 0, solutionShown: false };
}

/** Starts (or resumes) a lab; the first step starts now if the lab is new. */
export function startLab(state: ProgressState, lab: Lab, now = Date.now()): ProgressState {
  if (state.labs[lab.def.id]) return state;
  const first = lab.def.steps[0].id;
  return { ...state, labs: { ...state.labs, [lab.def.id]: { labId: lab.def.id, startedAt: now, currentStep: first, steps: { [first]: freshStep(now) } } } };
}

function updateStep(state: ProgressState, labId: string, stepId: string, fn: (s: StepProgress) => StepProgress, now = Date.now()): ProgressState {
  const lab = state.labs[labId];
  if (!lab) return state;
  const step = fn(lab.steps[stepId] ?? freshStep(now));
  return { ...state, labs: { ...state.labs, [labId]: { ...lab, steps: { ...lab.steps, [stepId]: step } } } };
}

/** Selects a step; a step never opened before starts now. */
export function selectStep(state: ProgressState, labId: string, stepId: string, now = Date.now()): ProgressState {
  const lab = state.labs[labId];
  if (!lab) return state;
  const next = updateStep(state, labId, stepId, (s) => s, now);
  return { ...next, labs: { ...next.labs, [labId]: { ...next.labs[labId], currentStep: stepId } } };
}

export function recordPodsAtStart(state: ProgressState, labId: string, stepId: string, pods: Record<string, string[]>): ProgressState {
  return updateStep(state, labId, stepId, (s) => ({ ...s, podsAtStart: pods }));
}

/** Records a check run; marks the step passed the first time it passes, and the lab complete when every required step is. */
export function recordRun(state: ProgressState, lab: Lab, stepId: string, passed: boolean, results: CheckResult[], now = Date.now()): ProgressState {
  let next = updateStep(state, lab.def.id, stepId, (s) => ({
    ...s, attempts: s.attempts + 1, lastResults: results, lastRunAt: now, passedAt: s.passedAt ?? (passed ? now : undefined),
  }), now);
  const lp = next.labs[lab.def.id];
  if (lp && !lp.completedAt && isComplete(lab, lp)) next = { ...next, labs: { ...next.labs, [lab.def.id]: { ...lp, completedAt: now } } };
  return next;
}

/** Reveals the next hint level: the step's `indices` in order, then the quick fix of the diagnostic of the last run. */
export function revealHint(state: ProgressState, lab: Lab, stepId: string): ProgressState {
  const max = hintLevels(lab.def.steps.find((s) => s.id === stepId)?.hints, state.labs[lab.def.id]?.steps[stepId]?.lastResults);
  return updateStep(state, lab.def.id, stepId, (s) => ({ ...s, hintsShown: Math.min(max, s.hintsShown + 1) }));
}

export function markSolutionShown(state: ProgressState, labId: string, stepId: string): ProgressState {
  return updateStep(state, labId, stepId, (s) => ({ ...s, solutionShown: true }));
}

export function markSolved(state: ProgressState, labId: string, stepId: string): ProgressState {
  return updateStep(state, labId, stepId, (s) => ({ ...s, solved: true }));
}

export function setStudent(state: ProgressState, name: string): ProgressState {
  return { ...state, student: name.trim() };
}

/** « Réinitialiser l'étape »: the step starts again now (results, pass and Pod snapshot forgotten; hints kept). */
export function restartStep(state: ProgressState, labId: string, stepId: string, now = Date.now()): ProgressState {
  return updateStep(state, labId, stepId, (s) => ({ ...freshStep(now), hintsShown: s.hintsShown, solutionShown: s.solutionShown, solved: s.solved, attempts: s.attempts }), now);
}

/**
 * A step opened before the previous step passed (the student looked ahead) starts again when it is selected after:
 * otherwise what the previous step created (Pods, events) would count for it.
 */
export function startedTooEarly(lab: Lab, state: ProgressState, stepId: string): boolean {
  const lp = state.labs[lab.def.id];
  const sp = lp?.steps[stepId];
  if (!lp || !sp || sp.passedAt !== undefined) return false;
  const i = lab.def.steps.findIndex((s) => s.id === stepId);
  const prev = i > 0 ? lp.steps[lab.def.steps[i - 1].id]?.passedAt : undefined;
  return prev !== undefined && sp.startedAt < prev;
}

export function forgetLab(state: ProgressState, labId: string): ProgressState {
  const labs = { ...state.labs };
  delete labs[labId];
  return { ...state, labs };
}

export function isComplete(lab: Lab, lp: LabProgress): boolean {
  return lab.def.steps.every((s) => s.optional || lp.steps[s.id]?.passedAt !== undefined);
}

export function counts(lab: Lab, lp: LabProgress | undefined): { done: number; total: number } {
  const total = lab.def.steps.length;
  const done = lp ? lab.def.steps.filter((s) => lp.steps[s.id]?.passedAt !== undefined).length : 0;
  return { done, total };
}

export interface ExportedStep {
  id: string;
  titre: string;
  réussieLe?: string;
  tentatives: number;
  /** Checks passed at the last run, out of `vérifications`. */
  vérificationsRéussies: number;
  vérifications: number;
  /** Seconds from the step's start to its success (or to its last check when it has not passed). */
  tempsPasséS: number;
  indicesVus: number;
  /** « Résoudre l'étape » (instructor mode) was used. */
  résoudreUtilisé: boolean;
  solutionVue: boolean;
  optionnelle: boolean;
}

export interface ExportedLab {
  id: string;
  titre: string;
  commencéLe: string;
  terminéLe?: string;
  étapesRéussies: number;
  étapes: number;
  détail: ExportedStep[];
}

/** HMAC-SHA256 of the canonical JSON (see grading/signature.ts), or `aucune` when no class key is set. */
export type ExportSignature = { algorithme: 'HMAC-SHA256'; valeur: string } | { algorithme: 'aucune' };

export interface ExportedProgress {
  outil: 'Kube Apprenti';
  format: 2;
  exportéLe: string;
  étudiant?: string;
  espaceDeTravail?: string;
  labs: ExportedLab[];
  signature?: ExportSignature;
}

const iso = (ms?: number): string | undefined => (ms === undefined ? undefined : new Date(ms).toISOString());

function exportStep(s: Lab['def']['steps'][number], sp: StepProgress | undefined): ExportedStep {
  const end = sp ? sp.passedAt ?? sp.lastRunAt ?? sp.startedAt : 0;
  return {
    id: s.id, titre: s.title, réussieLe: iso(sp?.passedAt), tentatives: sp?.attempts ?? 0,
    vérificationsRéussies: sp?.lastResults?.filter((r) => r.status === 'réussie').length ?? 0, vérifications: s.checks.length,
    tempsPasséS: sp ? Math.max(0, Math.round((end - sp.startedAt) / 1000)) : 0,
    indicesVus: sp?.hintsShown ?? 0, résoudreUtilisé: !!sp?.solved, solutionVue: sp?.solutionShown ?? false, optionnelle: !!s.optional,
  };
}

/** The data an instructor collects (unsigned): per lab and per step, success, checks, time, hints, `résoudre`. */
export function exportProgress(state: ProgressState, labs: Lab[], workspace?: string, now = Date.now()): ExportedProgress {
  const out: ExportedProgress = { outil: 'Kube Apprenti', format: 2, exportéLe: new Date(now).toISOString(), étudiant: state.student, espaceDeTravail: workspace, labs: [] };
  for (const lab of labs) {
    const lp = state.labs[lab.def.id];
    if (!lp) continue;
    const { done, total } = counts(lab, lp);
    out.labs.push({
      id: lab.def.id, titre: lab.def.title, commencéLe: iso(lp.startedAt)!, terminéLe: iso(lp.completedAt), étapesRéussies: done, étapes: total,
      détail: lab.def.steps.map((s) => exportStep(s, lp.steps[s.id])),
    });
  }
  return out;
}
