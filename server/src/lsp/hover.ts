// Hover provider: French explanations of fields, kinds and workspace links (core/analysis/hover/).
import { MarkupKind, type Connection, type Hover, type ServerCapabilities } from 'vscode-languageserver';
import { computeHover } from '../../../core/analysis/hover/hover';
import { computeLineStarts, lineStarts, offsetAt } from '../../../core/analysis/index/ranges';
import { valuesHover } from '../../../core/render/values';
import { chartContext, chartDirOfTemplate, textOf } from './chartValues';
import { warmUpSchemas } from '../../../core/analysis/schema/catalog';
import type { ServerContext } from './context';
import { toRange } from './toLsp';
import { normalizeUri } from './uris';

export const capabilities: ServerCapabilities = { hoverProvider: true };

export function register(connection: Connection, ctx: ServerContext): void {
  // Load the schemas before the first document is analysed (the engine gives each document a time budget).
  setImmediate(() => {
    try {
      warmUpSchemas();
    } catch (err) {
      connection.console.error(`kube-apprenti: schemas: ${String(err)}`);
    }
  });
  connection.onHover((params): Hover | null => {
    try {
      const uri = normalizeUri(params.textDocument.uri);
      const chartDir = chartDirOfTemplate(ctx, uri);
      if (chartDir) {
        const text = textOf(ctx, uri) ?? '';
        const starts = computeLineStarts(text);
        const h = valuesHover(text, offsetAt(starts, text.length, params.position.line, params.position.character), chartContext(ctx, ctx.choices, chartDir), ctx.settings().langue);
        return h ? { contents: { kind: MarkupKind.Markdown, value: h.markdown }, range: toRange(starts, h.range) } : null;
      }
      const { workspace } = ctx.modelFor(uri);
      const file = workspace.getFile(uri);
      if (!file) return null;
      const starts = lineStarts(file);
      const offset = offsetAt(starts, file.text.length, params.position.line, params.position.character);
      const h = computeHover(workspace, uri, offset, ctx.settings().langue);
      if (!h) return null;
      return { contents: { kind: MarkupKind.Markdown, value: h.markdown }, range: toRange(starts, h.range) };
    } catch (err) {
      connection.console.error(`kube-apprenti: hover: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
      return null;
    }
  });
}
