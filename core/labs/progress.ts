// Progress of a student in the labs: pure data and transitions (saved per workspace by the panel, exported as JSON
// for the instructor). No vscode import.
import type { CheckResult, CheckStatus } from './checks/types';
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
  /**
   * Time spent on the step before its « Réinitialiser l'étape » (ms, summed over every reset): a reset restarts the
   * checks' clock (`startedAt`, what the cluster checks compare with) but not the student's time on the step.
   */
  timeBeforeResetsMs?: number;
  /** How many times the student reset the step. */
  resets?: number;
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

/** Check statuses as earlier versions saved them (French words). */
const LEGACY_STATUS: Record<string, CheckStatus> = { 'réussie': 'passed', 'échouée': 'failed', 'ignorée': 'skipped', erreur: 'error' };

/** A saved check result with its status in today's words (results saved by older versions had French statuses). */
function migrateResult(r: CheckResult): CheckResult {
  const status = LEGACY_STATUS[r?.status as string];
  return status ? { ...r, status } : r;
}

/**
 * Accepts whatever was stored (damaged data gives an empty state rather than a crash); progress saved by an older
 * version (French check statuses in the last results) is brought to today's shape, so a student keeps it.
 */
export function normalizeProgress(raw: unknown): ProgressState {
  if (!raw || typeof raw !== 'object' || (raw as ProgressState).version !== 1 || !(raw as ProgressState).labs || typeof (raw as ProgressState).labs !== 'object') return { version: 1, labs: {} };
  const state = raw as ProgressState;
  const labs: Record<string, LabProgress> = {};
  for (const [id, lp] of Object.entries(state.labs)) {
    if (!lp || typeof lp !== 'object' || !lp.steps || typeof lp.steps !== 'object') continue;
    const steps: Record<string, StepProgress> = {};
    for (const [sid, sp] of Object.entries(lp.steps)) {
      if (!sp || typeof sp !== 'object') continue;
      steps[sid] = Array.isArray(sp.lastResults) ? { ...sp, lastResults: sp.lastResults.map(migrateResult) } : sp;
    }
    labs[id] = { ...lp, steps };
  }
  return { ...state, labs };
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

/** Time spent on the step so far (ms): earlier runs before resets, then this run up to its success or last check. */
export function timeSpentMs(sp: StepProgress): number {
  const end = sp.passedAt ?? sp.lastRunAt ?? sp.startedAt;
  return (sp.timeBeforeResetsMs ?? 0) + Math.max(0, end - sp.startedAt);
}

/**
 * The step's clock starts again now (results, pass and Pod snapshot forgotten; hints, attempts and time kept as
 * they were): for a step opened before its predecessor passed, whose time until then belongs to the predecessor.
 */
export function restartStep(state: ProgressState, labId: string, stepId: string, now = Date.now()): ProgressState {
  return updateStep(state, labId, stepId, (s) => ({
    ...freshStep(now), hintsShown: s.hintsShown, solutionShown: s.solutionShown, solved: s.solved, attempts: s.attempts,
    timeBeforeResetsMs: s.timeBeforeResetsMs, resets: s.resets,
  }), now);
}

/**
 * « Réinitialiser l'étape »: the student starts the step over. The checks' clock restarts now (only what is created
 * from now on counts; results, pass and Pod snapshot forgotten), but the time already spent on the step is kept and
 * the reset counted, like attempts and hints: the export never shows less time after a reset than before it.
 */
export function resetStep(state: ProgressState, labId: string, stepId: string, now = Date.now()): ProgressState {
  return updateStep(state, labId, stepId, (s) => ({
    ...freshStep(now), hintsShown: s.hintsShown, solutionShown: s.solutionShown, solved: s.solved, attempts: s.attempts,
    timeBeforeResetsMs: timeSpentMs(s), resets: (s.resets ?? 0) + 1,
  }), now);
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
  title: string;
  passedAt?: string;
  attempts: number;
  /** Checks passed at the last run, out of `checks`. */
  checksPassed: number;
  checks: number;
  /**
   * Seconds from the step's start to its success (or to its last check when it has not passed), plus the time spent
   * before each « Réinitialiser l'étape » (see `resets`).
   */
  timeSpentS: number;
  /** How many times the student reset the step (« Réinitialiser l'étape »); absent when never (and in older exports). */
  resets?: number;
  hintsUsed: number;
  /** « Résoudre l'étape » (instructor mode) was used. */
  solveUsed: boolean;
  solutionShown: boolean;
  optional: boolean;
}

export interface ExportedLab {
  id: string;
  title: string;
  startedAt: string;
  completedAt?: string;
  stepsPassed: number;
  steps: number;
  details: ExportedStep[];
}

/** HMAC-SHA256 of the canonical JSON (see grading/signature.ts), or `none` when no class key is set. */
export type ExportSignature = { algorithm: 'HMAC-SHA256'; value: string } | { algorithm: 'none' };

/** Version of the export's JSON shape: 3 has English keys; 2 (French keys) is still read (see migrateExport). */
export const EXPORT_FORMAT = 3;

export interface ExportedProgress {
  tool: 'Kube Apprenti';
  format: typeof EXPORT_FORMAT;
  exportedAt: string;
  student?: string;
  workspace?: string;
  labs: ExportedLab[];
  signature?: ExportSignature;
}

const iso = (ms?: number): string | undefined => (ms === undefined ? undefined : new Date(ms).toISOString());

function exportStep(s: Lab['def']['steps'][number], sp: StepProgress | undefined): ExportedStep {
  return {
    id: s.id, title: s.title, passedAt: iso(sp?.passedAt), attempts: sp?.attempts ?? 0,
    checksPassed: sp?.lastResults?.filter((r) => r.status === 'passed').length ?? 0, checks: s.checks.length,
    timeSpentS: sp ? Math.round(timeSpentMs(sp) / 1000) : 0,
    hintsUsed: sp?.hintsShown ?? 0, solveUsed: !!sp?.solved, solutionShown: sp?.solutionShown ?? false, optional: !!s.optional,
    // Only when the step was reset: an export without any reset stays byte for byte what earlier versions wrote.
    ...(sp?.resets ? { resets: sp.resets } : {}),
  };
}

/** The data an instructor collects (unsigned): per lab and per step, success, checks, time, hints, `résoudre`. */
export function exportProgress(state: ProgressState, labs: Lab[], workspace?: string, now = Date.now()): ExportedProgress {
  const out: ExportedProgress = { tool: 'Kube Apprenti', format: EXPORT_FORMAT, exportedAt: new Date(now).toISOString(), student: state.student, workspace, labs: [] };
  for (const lab of labs) {
    const lp = state.labs[lab.def.id];
    if (!lp) continue;
    const { done, total } = counts(lab, lp);
    out.labs.push({
      id: lab.def.id, title: lab.def.title, startedAt: iso(lp.startedAt)!, completedAt: iso(lp.completedAt), stepsPassed: done, steps: total,
      details: lab.def.steps.map((s) => exportStep(s, lp.steps[s.id])),
    });
  }
  return out;
}

/** A progress export as written by versions before format 3 (French keys); read by `lab grade`. */
interface LegacyExport {
  outil?: string; format?: number; 'exportéLe'?: string; 'étudiant'?: string; espaceDeTravail?: string;
  labs?: { id?: string; titre?: string; 'commencéLe'?: string; 'terminéLe'?: string; 'étapesRéussies'?: number; 'étapes'?: number;
    'détail'?: { id?: string; titre?: string; 'réussieLe'?: string; tentatives?: number; 'vérificationsRéussies'?: number;
      'vérifications'?: number; 'tempsPasséS'?: number; indicesVus?: number; 'résoudreUtilisé'?: boolean; solutionVue?: boolean;
      optionnelle?: boolean }[] }[];
  signature?: { algorithme?: string; valeur?: string };
}

/**
 * An export in today's shape: format 3 as is; format 2 (French keys, written by older versions) mapped key by key.
 * Undefined when the data is not a progress export. The signature is checked on the file as written, before this.
 */
export function migrateExport(raw: unknown): ExportedProgress | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const d = raw as ExportedProgress & LegacyExport;
  if (d.tool === 'Kube Apprenti' && Array.isArray(d.labs)) {
    return d.labs.every((l) => l && typeof l.id === 'string' && Array.isArray(l.details)) ? d : undefined;
  }
  if (d.outil !== 'Kube Apprenti' || !Array.isArray(d.labs)) return undefined;
  const old = d as LegacyExport;
  if (!old.labs!.every((l) => l && typeof l.id === 'string' && Array.isArray(l['détail']))) return undefined;
  const sig = old.signature;
  return {
    tool: 'Kube Apprenti', format: EXPORT_FORMAT, exportedAt: old['exportéLe'] ?? '', student: old['étudiant'], workspace: old.espaceDeTravail,
    labs: old.labs!.map((l) => ({
      id: l.id!, title: l.titre ?? l.id!, startedAt: l['commencéLe'] ?? '', completedAt: l['terminéLe'],
      stepsPassed: l['étapesRéussies'] ?? 0, steps: l['étapes'] ?? 0,
      details: l['détail']!.map((st) => ({
        id: String(st.id), title: st.titre ?? String(st.id), passedAt: st['réussieLe'], attempts: st.tentatives ?? 0,
        checksPassed: st['vérificationsRéussies'] ?? 0, checks: st['vérifications'] ?? 0, timeSpentS: st['tempsPasséS'] ?? 0,
        hintsUsed: st.indicesVus ?? 0, solveUsed: !!st['résoudreUtilisé'], solutionShown: !!st.solutionVue, optional: !!st.optionnelle,
      })),
    })),
    signature: sig?.algorithme === 'HMAC-SHA256' && typeof sig.valeur === 'string' ? { algorithm: 'HMAC-SHA256', value: sig.valeur }
      : sig ? { algorithm: 'none' } : undefined,
  };
}
