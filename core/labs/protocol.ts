// The typed message protocol between the lab panel (extension host) and its webview. Both sides import this file;
// each side switches exhaustively on `type`. No vscode import, no DOM.
import type { CheckResult } from './checks/types';
import type { UiStrings } from '../i18n/labsPanel';

export interface LabSummary {
  id: string;
  title: string;
  summary?: string;
  level: string;
  duration: number;
  environments: string[];
  origin: 'extension' | 'espace';
  prerequisites: string[];
  done: number;
  total: number;
  /** False when the lab does not run in the current environment. */
  applicable: boolean;
  completed: boolean;
}

/** A lab folder that could not be loaded (shown in the list with its problems). */
export interface BrokenLab {
  dir: string;
  problems: string[];
}

export interface CheckLine {
  index: number;
  title: string;
  cluster: boolean;
}

export interface StepView {
  id: string;
  title: string;
  markdown: string;
  files: string[];
  /** Hints revealed so far (Markdown), in order. */
  hints: string[];
  hintsTotal: number;
  /** Hint levels used so far (recorded in the progress and the export). */
  hintsUsed: number;
  hasSolution: boolean;
  optional: boolean;
  applicable: boolean;
  passed: boolean;
  checks: CheckLine[];
  lastResults?: CheckResult[];
}

export interface LabView {
  id: string;
  title: string;
  summary?: string;
  level: string;
  duration: number;
  currentEnvironment: string;
  /** Working folder, relative to the workspace (display only). */
  folder: string;
  started: boolean;
  currentStep: string;
  steps: StepView[];
  done: number;
  total: number;
  instructorMode: boolean;
}

export type HostToWebview =
  | { type: 'init'; strings: UiStrings }
  | { type: 'labs'; labs: LabSummary[]; broken: BrokenLab[]; environment: string }
  | { type: 'lab'; lab: LabView }
  | { type: 'checking'; stepId: string }
  | { type: 'checkResult'; stepId: string; result: CheckResult }
  | { type: 'checkDone'; stepId: string; passed: boolean; results: CheckResult[] }
  | { type: 'busy'; busy: boolean; label?: string }
  | { type: 'notice'; level: 'info' | 'warning' | 'error'; message: string };

export type WebviewToHost =
  | { type: 'ready' }
  | { type: 'openLab'; labId: string }
  | { type: 'backToList' }
  | { type: 'startLab'; labId: string }
  | { type: 'selectStep'; stepId: string }
  | { type: 'check'; stepId: string }
  | { type: 'showHint'; stepId: string }
  | { type: 'showSolution'; stepId: string }
  | { type: 'applySolution'; stepId: string }
  | { type: 'applyStepFiles'; stepId: string }
  | { type: 'resetStep'; stepId: string }
  | { type: 'solveStep'; stepId: string }
  | { type: 'openFile'; path: string; line?: number }
  | { type: 'copy'; text: string }
  | { type: 'openLink'; href: string }
  | { type: 'exportProgress' };

export function isWebviewMessage(m: unknown): m is WebviewToHost {
  return !!m && typeof m === 'object' && typeof (m as { type?: unknown }).type === 'string';
}
