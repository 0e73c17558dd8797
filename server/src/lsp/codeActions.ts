// Quick fixes: the fixes attached to findings that overlap the requested range, as WorkspaceEdits.
import { existsSync } from 'node:fs';
import {
  CodeActionKind, type CodeAction, type Connection, type CreateFile, type TextDocumentEdit, type TextEdit as LspTextEdit,
} from 'vscode-languageserver';
import { computeLineStarts } from '../../../core/analysis/index/ranges';
import { formatMessage } from '../../../core/analysis/messages';
import type { Finding, Lang } from '../../../core/analysis/model';
import type { Model, ServerContext } from './context';
import { startsFor, toDiagnostic, toRange } from './toLsp';
import { normalizeUri, uriToPath } from './uris';
import { offsetAt } from '../../../core/analysis/index/ranges';

export function codeActionsFor(ctx: ServerContext, rawUri: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }): CodeAction[] {
  const uri = normalizeUri(rawUri);
  const model = ctx.modelFor(uri);
  const file = model.workspace.getFile(uri);
  if (!file) return [];
  const starts = startsFor(model.workspace, uri);
  const from = offsetAt(starts, file.text.length, range.start.line, range.start.character);
  const to = offsetAt(starts, file.text.length, range.end.line, range.end.character);
  const lang = ctx.settings().langue;
  const actions: CodeAction[] = [];
  for (const f of model.analyzer.findingsFor(uri)) {
    if (!f.fixes?.length || f.range.end < from || f.range.start > to) continue;
    for (const fix of f.fixes) actions.push(toAction(model, f, fix, lang, starts));
  }
  return actions;
}

function toAction(ctx: Model, f: Finding, fix: NonNullable<Finding['fixes']>[number], lang: Lang, starts: number[]): CodeAction {
  const changes: Record<string, LspTextEdit[]> = {};
  // A file that exists on disk is never (re)created nor changed by a "create" fix (e.g. an existing template).
  const creates = (fix.creates ?? []).filter((u) => !existsOnDisk(u));
  const skipped = new Set((fix.creates ?? []).filter((u) => !creates.includes(u)));
  for (const e of fix.edits) {
    if (skipped.has(e.uri)) continue;
    const s = e.uri === f.uri ? starts : startsOutside(ctx, e.uri);
    (changes[e.uri] ??= []).push({ range: toRange(s, e.range), newText: e.newText });
  }
  const action: CodeAction = {
    title: formatMessage(fix.titleKey, fix.args, lang),
    kind: CodeActionKind.QuickFix,
    diagnostics: [toDiagnostic(f, ctx.workspace, lang, starts)],
    isPreferred: fix.preferred === true,
    edit: { changes },
  };
  if (fix.creates?.length) {
    // New files need resource operations: CreateFile first, then the edits of each file.
    const documentChanges: Array<CreateFile | TextDocumentEdit> = creates.map((uri) => ({ kind: 'create', uri, options: { ignoreIfExists: true } }));
    for (const [uri, edits] of Object.entries(changes)) documentChanges.push({ textDocument: { uri, version: null }, edits });
    action.edit = { documentChanges };
  }
  return action;
}

/** Line starts of a file of the model, or of a `.gitignore` known to the Git facts. */
function startsOutside(ctx: Model, uri: string): number[] {
  const ignore = ctx.workspace.git.ignoreFileText(uri);
  return ignore !== undefined && !ctx.workspace.getFile(uri) ? computeLineStarts(ignore) : startsFor(ctx.workspace, uri);
}

function existsOnDisk(uri: string): boolean {
  const p = uriToPath(uri);
  return p !== undefined && existsSync(p);
}

export function register(connection: Connection, ctx: ServerContext): void {
  connection.onCodeAction((params) => codeActionsFor(ctx, params.textDocument.uri, params.range));
}
