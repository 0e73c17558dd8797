// Document symbols (outline: one entry per object, its containers as children) and folding ranges.
import { SymbolKind, type Connection, type DocumentSymbol, type FoldingRange, type ServerCapabilities } from 'vscode-languageserver';
import { lineStarts, positionAt } from '../../../core/analysis/index/ranges';
import { documentSymbols, foldingRanges, type ObjectSymbol } from '../../../core/analysis/navigation/symbols';
import type { ServerContext } from './context';
import { toRange } from './toLsp';
import { normalizeUri } from './uris';

export const capabilities: ServerCapabilities = { documentSymbolProvider: true, foldingRangeProvider: true };

const KINDS: Record<string, SymbolKind> = {
  Deployment: SymbolKind.Class, StatefulSet: SymbolKind.Class, DaemonSet: SymbolKind.Class, ReplicaSet: SymbolKind.Class,
  Job: SymbolKind.Event, CronJob: SymbolKind.Event, Pod: SymbolKind.Object, Service: SymbolKind.Interface, Ingress: SymbolKind.Interface,
  ConfigMap: SymbolKind.Constant, Secret: SymbolKind.Key, PersistentVolumeClaim: SymbolKind.File, Namespace: SymbolKind.Namespace,
  container: SymbolKind.Field, initContainer: SymbolKind.Field,
};

function toSymbol(s: ObjectSymbol, starts: number[]): DocumentSymbol {
  const range = toRange(starts, s.range);
  const sel = toRange(starts, s.selectionRange);
  // The selection range must lie inside the range.
  const selectionRange = sel.start.line >= range.start.line && sel.end.line <= range.end.line ? sel : range;
  return {
    name: s.name || '?', detail: s.detail, kind: KINDS[s.kind] ?? SymbolKind.Struct, range, selectionRange,
    children: s.children.map((c) => toSymbol(c, starts)),
  };
}

export function register(connection: Connection, ctx: ServerContext): void {
  connection.onDocumentSymbol((params): DocumentSymbol[] => {
    try {
      const uri = normalizeUri(params.textDocument.uri);
      const { workspace } = ctx.modelFor(uri);
      const file = workspace.getFile(uri);
      if (!file) return [];
      const starts = lineStarts(file);
      return documentSymbols(workspace, uri).map((s) => toSymbol(s, starts));
    } catch (err) {
      connection.console.error(`kube-apprenti: symbols: ${String(err)}`);
      return [];
    }
  });
  connection.onFoldingRanges((params): FoldingRange[] => {
    try {
      const uri = normalizeUri(params.textDocument.uri);
      const { workspace } = ctx.modelFor(uri);
      const file = workspace.getFile(uri);
      if (!file) return [];
      const starts = lineStarts(file);
      return foldingRanges(workspace, uri, (o) => positionAt(starts, o).line).map((f) => ({ startLine: f.startLine, endLine: f.endLine }));
    } catch (err) {
      connection.console.error(`kube-apprenti: folding: ${String(err)}`);
      return [];
    }
  });
}
