// « Créer un exercice à partir de ce dossier » (kubeApprenti.labs.creerExercice): the editor's face of
// `kube-apprenti lab mutate`. Asks the seed, the number of mistakes and the output folder (unless given as the second
// argument, as the in-host tests do), writes the exercise with createExercise() and offers to open its lab.yaml.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { hostText, type HostText } from '../../../../core/i18n/labsHost';
import { errorText } from '../../../../core/labs/errors';
import { createExercise } from '../../../../core/labs/mutants/exercise';
import { currentLang } from '../../i18n';

/** Options that skip the prompts (all optional; a missing one is asked). */
export interface ExerciseOptions { seed?: number; n?: number; out?: string }

/** What the command returns (undefined when cancelled or failed): handy for tests and other commands. */
export interface ExerciseCreated { dir: string; labId: string; labFile: string; mistakes: number }

const MAX_MISTAKES = 10;
const DEFAULT_SEED = 42;
const DEFAULT_COUNT = 3;
const DEFAULT_OUT = 'exercices';

const isInt = (v: string): boolean => /^\s*\d+\s*$/.test(v);

/** Validators of the three input boxes (undefined = valid), exported for the unit tests. */
export function seedProblem(v: string, t: HostText): string | undefined {
  return isInt(v) && Number(v) <= 0xffffffff ? undefined : t('exerciseSeedInvalid');
}
export function countProblem(v: string, t: HostText): string | undefined {
  return isInt(v) && Number(v) >= 1 && Number(v) <= MAX_MISTAKES ? undefined : t('exerciseCountInvalid', { max: MAX_MISTAKES });
}
export function outProblem(v: string, t: HostText): string | undefined {
  const s = v.trim();
  return s && !path.isAbsolute(s) && !s.split(/[\\/]/).includes('..') ? undefined : t('exerciseOutInvalid');
}

async function askFolder(t: HostText): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({
    canSelectFolders: true, canSelectFiles: false, canSelectMany: false,
    defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri, openLabel: t('exercisePickFolder'), title: t('exerciseTitle'),
  });
  return picked?.[0];
}

async function ask(t: HostText, prompt: string, value: string, validate: (v: string) => string | undefined): Promise<string | undefined> {
  const v = await vscode.window.showInputBox({ title: t('exerciseTitle'), prompt, value, ignoreFocusOut: true, validateInput: validate });
  return v?.trim();
}

/** The workspace folder holding `source` (else the first one, else the folder above `source`). */
function baseFolder(source: vscode.Uri): string {
  const ws = vscode.workspace.getWorkspaceFolder(source) ?? vscode.workspace.workspaceFolders?.[0];
  return ws ? ws.uri.fsPath : path.dirname(source.fsPath);
}

const WRITE_ERRORS = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'EEXIST']);

export async function createExerciseCommand(folder?: vscode.Uri, options?: ExerciseOptions): Promise<ExerciseCreated | undefined> {
  const lang = currentLang();
  const t = hostText(lang);
  const source = folder instanceof vscode.Uri ? folder : await askFolder(t);
  if (!source) return undefined;
  const o = options && typeof options === 'object' ? options : {};
  const seedText = o.seed !== undefined ? String(o.seed) : await ask(t, t('exerciseSeedPrompt'), String(DEFAULT_SEED), (v) => seedProblem(v, t));
  if (seedText === undefined) return undefined;
  const countText = o.n !== undefined ? String(o.n) : await ask(t, t('exerciseCountPrompt', { max: MAX_MISTAKES }), String(DEFAULT_COUNT), (v) => countProblem(v, t));
  if (countText === undefined) return undefined;
  const outText = o.out !== undefined ? o.out : await ask(t, t('exerciseOutPrompt'), DEFAULT_OUT, (v) => outProblem(v, t));
  if (outText === undefined) return undefined;
  const problem = seedProblem(seedText, t) ?? countProblem(countText, t) ?? outProblem(outText, t);
  if (problem) { void vscode.window.showErrorMessage(problem); return undefined; }

  const seed = Number(seedText);
  const n = Number(countText);
  const out = path.join(baseFolder(source), outText.trim());
  const shown = (p: string): string => vscode.workspace.asRelativePath(p, false);
  try {
    const r = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: t('exerciseCreating') },
      () => createExercise(source.fsPath, seed, n, out, lang));
    if (r.mistakes.length === 0) {
      fs.rmSync(r.dir, { recursive: true, force: true });
      void vscode.window.showErrorMessage(t('exerciseNoManifest', { dir: shown(source.fsPath) }));
      return undefined;
    }
    const labFile = path.join(r.dir, 'lab.yaml');
    const args = { id: r.labId, dir: shown(r.dir), n: r.mistakes.length, asked: n };
    const text = r.mistakes.length < n ? t('exerciseCreatedFewer', args) : t('exerciseCreated', args);
    // Not awaited: the notification stays until dismissed, the command returns now.
    void vscode.window.showInformationMessage(text, t('exerciseOpenLab')).then(async (choice) => {
      if (choice) await vscode.window.showTextDocument(vscode.Uri.file(labFile));
    });
    return { dir: r.dir, labId: r.labId, labFile, mistakes: r.mistakes.length };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException | undefined)?.code;
    const msg = code && WRITE_ERRORS.has(code)
      ? t('exerciseNotWritable', { dir: shown(out) })
      : t('exerciseFailed', { msg: errorText(err, lang) });
    void vscode.window.showErrorMessage(msg);
    return undefined;
  }
}
