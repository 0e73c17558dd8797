// Completion provider: fields, values, references and object snippets (core/analysis/completion/).
import {
  CompletionItemKind, CompletionTriggerKind, InsertTextFormat, InsertTextMode, MarkupKind,
  type CompletionItem, type CompletionList, type Connection, type ServerCapabilities,
} from 'vscode-languageserver';
import { computeCompletion } from '../../../core/analysis/completion/complete';
import type { CompletionEntry, EntryKind } from '../../../core/analysis/completion/types';
import { computeLineStarts, lineStarts, offsetAt } from '../../../core/analysis/index/ranges';
import { valuesCompletion } from '../../../core/render/values';
import { chartContext, chartDirOfTemplate, textOf } from './chartValues';
import type { ServerContext } from './context';
import { toRange } from './toLsp';
import { normalizeUri } from './uris';

export const capabilities: ServerCapabilities = { completionProvider: { triggerCharacters: [' ', '.'], resolveProvider: false } };

const KIND: Record<EntryKind, CompletionItemKind> = {
  field: CompletionItemKind.Property,
  value: CompletionItemKind.Value,
  enum: CompletionItemKind.EnumMember,
  reference: CompletionItemKind.Reference,
  snippet: CompletionItemKind.Snippet,
  label: CompletionItemKind.Value,
  kind: CompletionItemKind.Class,
};

export function toCompletionItem(e: CompletionEntry, starts: number[]): CompletionItem {
  const item: CompletionItem = {
    label: e.label,
    kind: KIND[e.kind],
    insertTextFormat: e.isSnippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    insertTextMode: InsertTextMode.adjustIndentation,
    textEdit: { range: toRange(starts, e.range), newText: e.insertText },
  };
  if (e.detail) item.detail = e.detail;
  if (e.documentation) item.documentation = { kind: MarkupKind.Markdown, value: e.documentation };
  if (e.sortText) item.sortText = e.sortText;
  if (e.filterText) item.filterText = e.filterText;
  if (e.preselect) item.preselect = true;
  return item;
}

export function register(connection: Connection, ctx: ServerContext): void {
  connection.onCompletion((params): CompletionList => {
    try {
      const uri = normalizeUri(params.textDocument.uri);
      const chartDir = chartDirOfTemplate(ctx, uri);
      if (chartDir) {
        // In a template: the chart's values after `.Values.` (the manifest completion does not apply to templates).
        const text = textOf(ctx, uri) ?? '';
        const tstarts = computeLineStarts(text);
        const at = offsetAt(tstarts, text.length, params.position.line, params.position.character);
        const items = valuesCompletion(text, at, chartContext(ctx, ctx.choices, chartDir), ctx.settings().langue);
        return { isIncomplete: false, items: items.map((e) => toCompletionItem(e, tstarts)) };
      }
      const { workspace } = ctx.modelFor(uri);
      const file = workspace.getFile(uri);
      if (!file) return { isIncomplete: false, items: [] };
      const starts = lineStarts(file);
      const offset = offsetAt(starts, file.text.length, params.position.line, params.position.character);
      let entries = computeCompletion(workspace, uri, offset, ctx.settings().langue);
      // A typed space only opens the list for a value (`type: `), not while indenting.
      if (params.context?.triggerKind === CompletionTriggerKind.TriggerCharacter) {
        const line = file.text.slice(starts[params.position.line] ?? 0, offset);
        if (!/:\s$/.test(line) || params.context.triggerCharacter === '.') entries = [];
      }
      return { isIncomplete: false, items: entries.map((e) => toCompletionItem(e, starts)) };
    } catch (err) {
      connection.console.error(`kube-apprenti: completion: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
      return { isIncomplete: false, items: [] };
    }
  });
}
