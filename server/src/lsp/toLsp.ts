// Converts engine findings (offsets, codes, arguments) to LSP diagnostics (positions, French text). The only
// place where severities are mapped and messages are formatted for the editor.
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation, type Range } from 'vscode-languageserver';
import { docUrl, formatMessage } from '../../../core/analysis/messages';
import { computeLineStarts, lineMap, lineStarts, positionAt, type LineMap } from '../../../core/analysis/index/ranges';
import type { ManifestWorkspace } from '../../../core/analysis/index/workspace';
import type { Finding, Lang, OffsetRange, Severity } from '../../../core/analysis/model';

export const SOURCE = 'kube-apprenti';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Line starts of a file of the workspace (or of a given text). */
export function startsFor(ws: ManifestWorkspace, uri: string): number[] {
  const f = ws.getFile(uri);
  return f ? lineStarts(f) : [0];
}

/** Positions in a file of the workspace, without a whole-file table after an edit (see `lineMap`). */
export function linesFor(ws: ManifestWorkspace, uri: string): LineMap {
  const f = ws.getFile(uri);
  return f ? lineMap(f) : NO_LINES;
}

const NO_LINES: LineMap = { positionAt: (offset) => positionAt([0], offset) };

export function toRange(starts: number[] | LineMap, r: OffsetRange): Range {
  const at = Array.isArray(starts) ? (o: number) => positionAt(starts, o) : (o: number) => starts.positionAt(o);
  return { start: at(r.start), end: at(Math.max(r.start, r.end)) };
}

export function toDiagnostic(f: Finding, ws: ManifestWorkspace, lang: Lang, starts: number[] | LineMap = linesFor(ws, f.uri)): Diagnostic {
  const d: Diagnostic = {
    range: toRange(starts, f.range),
    severity: SEVERITY[f.severity],
    code: f.code,
    source: SOURCE,
    message: formatMessage(f.messageKey ?? f.code, f.args, lang),
  };
  const href = docUrl(f.code);
  if (href) d.codeDescription = { href };
  if (f.related?.length) {
    d.relatedInformation = f.related.map((p): DiagnosticRelatedInformation => ({
      location: { uri: p.uri, range: toRange(p.uri === f.uri ? starts : linesFor(ws, p.uri), p.range) },
      message: formatMessage(p.messageKey, p.args, lang),
    }));
  }
  return d;
}

export { computeLineStarts };
