// Workspace side of the labs: the working folder, starter files, opening files, the solution as a diff and as an edit.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Lab, Step } from '../../../../core/labs/format/types';
import { MARKER_FILE, writeMarker } from '../../../../core/labs/labels';
import { copyStartFiles, insideWorkDir } from '../../../../core/labs/solve';
import { hostText } from '../../../../core/i18n/labsHost';
import { currentLang } from '../../i18n';

export const SOLUTION_SCHEME = 'kube-apprenti-solution';

/** `<first workspace folder>/<lab id>`, or undefined when no folder is open. */
export function workDirOf(lab: Lab): string | undefined {
  const folder = vscode.workspace.workspaceFolders?.find((f) => f.uri.scheme === 'file');
  return folder ? path.join(folder.uri.fsPath, lab.def.id) : undefined;
}

export function workDirLabel(lab: Lab): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  return folder ? `${folder.name}/${lab.def.id}` : lab.def.id;
}

/** The lab was started in this workspace (its working folder has the marker written by « Démarrer le lab »). */
export function isStarted(lab: Lab): boolean {
  const dir = workDirOf(lab);
  return !!dir && fs.existsSync(path.join(dir, MARKER_FILE));
}

/** Start files that exist in the working folder with a different content. */
export function conflictingStartFiles(lab: Lab, dir: string): string[] {
  return lab.startFiles.filter((f) => {
    const dst = path.join(dir, f);
    return fs.existsSync(dst) && fs.readFileSync(dst, 'utf8') !== fs.readFileSync(path.join(lab.dir, 'depart', f), 'utf8');
  });
}

/** Copies the start files (existing files kept unless `overwrite`), writes the lab marker. */
export function startFiles(lab: Lab, dir: string, overwrite: boolean): string[] {
  writeMarker(dir, lab.def.id);
  return copyStartFiles(lab, dir, overwrite);
}

/** Opens a file of the working folder; with `line` (1-based), the cursor is put at the start of that line. */
export async function openInEditor(dir: string, rel: string, column = vscode.ViewColumn.One, line?: number): Promise<boolean> {
  const abs = insideWorkDir(dir, rel);
  if (!fs.existsSync(abs)) return false;
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(abs));
  const at = line !== undefined && Number.isInteger(line) && line >= 1 ? Math.min(line, doc.lineCount) - 1 : undefined;
  const selection = at !== undefined ? new vscode.Range(at, 0, at, 0) : undefined;
  await vscode.window.showTextDocument(doc, { viewColumn: column, preview: false, selection });
  return true;
}

/** Text of editors open on files of the working folder (unsaved edits included): checks see what the student sees. */
export function editorOverrides(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const d of vscode.workspace.textDocuments) {
    if (d.uri.scheme === 'file' && d.uri.fsPath.startsWith(dir + path.sep)) out.set(d.uri.fsPath, d.getText());
  }
  return out;
}

/** Read-only documents for the solution files (so a student cannot edit the lab's solution by mistake). */
export class SolutionContentProvider implements vscode.TextDocumentContentProvider {
  static uri(lab: Lab, step: Step, rel: string): vscode.Uri {
    return vscode.Uri.from({ scheme: SOLUTION_SCHEME, path: `/${lab.def.id}/${step.id}/${rel}`, query: encodeURIComponent(path.join(lab.dir, 'solution', step.id, rel)) });
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    const file = decodeURIComponent(uri.query);
    try {
      return fs.readFileSync(file, 'utf8');
    } catch {
      return '';
    }
  }
}

/** Shows each solution file of the step as a diff against the student's file. */
export async function showSolutionDiff(lab: Lab, step: Step, dir: string, title: (rel: string) => string, column = vscode.ViewColumn.One): Promise<number> {
  const files = lab.solutionFiles[step.id] ?? [];
  for (const rel of files) {
    const mine = vscode.Uri.file(insideWorkDir(dir, rel));
    const sol = SolutionContentProvider.uri(lab, step, rel);
    if (fs.existsSync(mine.fsPath)) await vscode.commands.executeCommand('vscode.diff', mine, sol, title(rel), { preview: false, viewColumn: column });
    else await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(sol), { preview: false, viewColumn: column });
  }
  return files.length;
}

/** Writes the step's solution into the student's files through a WorkspaceEdit (undoable in the editor), then saves. */
export async function applySolutionEdit(lab: Lab, step: Step, dir: string): Promise<string[]> {
  const files = lab.solutionFiles[step.id] ?? [];
  const edit = new vscode.WorkspaceEdit();
  for (const rel of files) {
    const uri = vscode.Uri.file(insideWorkDir(dir, rel));
    const text = fs.readFileSync(path.join(lab.dir, 'solution', step.id, rel), 'utf8');
    if (fs.existsSync(uri.fsPath)) {
      const doc = await vscode.workspace.openTextDocument(uri);
      edit.replace(uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), text);
    } else {
      edit.createFile(uri, { ignoreIfExists: true, contents: Buffer.from(text, 'utf8') });
    }
  }
  if (!(await vscode.workspace.applyEdit(edit))) throw new Error(hostText(currentLang())('editRefused'));
  for (const rel of files) {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.fsPath === insideWorkDir(dir, rel));
    if (doc?.isDirty) await doc.save();
  }
  return files;
}
