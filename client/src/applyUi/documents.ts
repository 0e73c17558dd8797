// Which manifests a command works on: explorer selection (files, folders), the active editor (whole text, selection)
// or one document of a file (CodeLens). Editor text is used as is, unsaved changes included.
import * as vscode from 'vscode';
import { collectFiles, parseManifestText, readManifestFiles, type ManifestDoc } from '../../../core/cluster/apply/manifests';

export interface Target {
  docs: ManifestDoc[];
  /** For the kubectl equivalent: file paths, or none for editor text (`-f -`). */
  files: string[];
  stdin: boolean;
  /**
   * Set for the render of a chart or an overlay (« Appliquer le rendu »): the command that does the same (`kubectl
   * apply -k dev/`…). Its documents' lines are those of the rendered text, not of the student's files: no line
   * diagnostics, no line numbers in the report.
   */
  rendered?: { command: (o: { dryRun: boolean; force: boolean; context?: string }) => string };
}

const isYamlDoc = (d: vscode.TextDocument): boolean => ['yaml', 'yml', 'json'].includes(d.languageId) || /\.(ya?ml|json)$/i.test(d.fileName);

function fromEditorText(doc: vscode.TextDocument, selection?: vscode.Selection): Target {
  const text = doc.getText();
  const file = doc.uri.scheme === 'file' ? doc.uri.fsPath : doc.uri.toString();
  if (selection && !selection.isEmpty) {
    const start = doc.offsetAt(selection.start);
    const docs = parseManifestText(doc.getText(selection), file, { baseOffset: start, fullText: text });
    return { docs, files: [], stdin: true };
  }
  return { docs: parseManifestText(text, file), files: doc.uri.scheme === 'file' && !doc.isDirty ? [doc.uri.fsPath] : [], stdin: doc.uri.scheme !== 'file' || doc.isDirty };
}

/** Explorer arguments (uri, uris) or, without them, the active editor. */
export function resolveTarget(uri?: vscode.Uri, uris?: vscode.Uri[], useSelection = false): Target | undefined {
  const picked = (uris && uris.length ? uris : uri ? [uri] : []).filter((u) => u instanceof vscode.Uri);
  if (picked.length) {
    // an open editor of an explorer file wins: its unsaved changes are what the student sees
    const open = picked.length === 1 ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === picked[0].toString()) : undefined;
    if (open && isYamlDoc(open)) return fromEditorText(open);
    const paths = picked.filter((u) => u.scheme === 'file').map((u) => u.fsPath);
    const files = collectFiles(paths);
    const named = new Set(paths);
    return { docs: readManifestFiles(files, new Set(files.filter((f) => !named.has(f)))), files: paths, stdin: false };
  }
  const editor = vscode.window.activeTextEditor;
  if (!editor || !isYamlDoc(editor.document)) return undefined;
  return fromEditorText(editor.document, useSelection ? editor.selection : undefined);
}

/** One document (by index) of an open text document, for CodeLens commands. */
export function documentAt(uri: vscode.Uri, index: number): Target | undefined {
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (!doc) return undefined;
  const all = fromEditorText(doc);
  const one = all.docs.filter((d) => d.index === index);
  return one.length ? { ...all, docs: one } : undefined;
}
