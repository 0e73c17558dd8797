// Quick fixes: the fixes attached to findings that overlap the requested range, as WorkspaceEdits.
import { CodeActionKind, type CodeAction, type Connection, type TextEdit as LspTextEdit } from 'vscode-languageserver';
import { formatMessage } from '../analysis/messages';
import type { Finding } from '../analysis/model';
import type { ServerContext } from './context';
import { startsFor, toDiagnostic, toRange } from './toLsp';
import { normalizeUri } from './uris';
import { offsetAt } from '../analysis/index/ranges';

export function codeActionsFor(ctx: ServerContext, rawUri: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }): CodeAction[] {
  const uri = normalizeUri(rawUri);
  const file = ctx.workspace.getFile(uri);
  if (!file) return [];
  const starts = startsFor(ctx.workspace, uri);
  const from = offsetAt(starts, file.text.length, range.start.line, range.start.character);
  const to = offsetAt(starts, file.text.length, range.end.line, range.end.character);
  const lang = ctx.settings().langue;
  const actions: CodeAction[] = [];
  for (const f of ctx.analyzer.findingsFor(uri)) {
    if (!f.fixes?.length || f.range.end < from || f.range.start > to) continue;
    for (const fix of f.fixes) actions.push(toAction(ctx, f, fix, lang, starts));
  }
  return actions;
}

function toAction(ctx: ServerContext, f: Finding, fix: NonNullable<Finding['fixes']>[number], lang: 'fr' | 'en', starts: number[]): CodeAction {
  const changes: Record<string, LspTextEdit[]> = {};
  for (const e of fix.edits) {
    const s = e.uri === f.uri ? starts : startsFor(ctx.workspace, e.uri);
    (changes[e.uri] ??= []).push({ range: toRange(s, e.range), newText: e.newText });
  }
  return {
    title: formatMessage(fix.titleKey, fix.args, lang),
    kind: CodeActionKind.QuickFix,
    diagnostics: [toDiagnostic(f, ctx.workspace, lang, starts)],
    isPreferred: fix.preferred === true,
    edit: { changes },
  };
}

export function register(connection: Connection, ctx: ServerContext): void {
  connection.onCodeAction((params) => codeActionsFor(ctx, params.textDocument.uri, params.range));
}
