// Runs the real analysis engine on a file and keeps the schema findings, with 0-based line/character positions.
import { Analyzer } from '../../../core/analysis/engine';
import { ManifestWorkspace } from '../../../core/analysis/index/workspace';
import { computeLineStarts, positionAt } from '../../../core/analysis/index/ranges';
import { formatMessage } from '../../../core/analysis/messages';
import type { Finding, Lang } from '../../../core/analysis/model';
import { SCHEMA_CODES, schemaValidation } from '../../../core/analysis/rules/schema-validation';

export interface Located {
  code: string;
  key: string;
  severity: string;
  line: number;
  character: number;
  /** The text the finding covers. */
  covered: string;
  message: string;
  finding: Finding;
}

export function schemaFindings(text: string, uri = 'file:///w/manifeste.yaml', lang: Lang = 'fr'): Located[] {
  const ws = new ManifestWorkspace();
  ws.setFile(uri, text);
  const starts = computeLineStarts(text);
  // The schema rule alone: the full registry lets more specific rules replace some generic schema findings.
  return new Analyzer(ws, [schemaValidation]).findingsFor(uri)
    .filter((f) => (SCHEMA_CODES as readonly string[]).includes(f.code))
    .map((f) => {
      const p = positionAt(starts, f.range.start);
      return {
        code: f.code, key: f.messageKey ?? f.code, severity: f.severity, line: p.line, character: p.character,
        covered: text.slice(f.range.start, f.range.end), message: formatMessage(f.messageKey ?? f.code, f.args, lang), finding: f,
      };
    });
}

/** Applies the first fix of a finding and returns the new text. */
export function applyFix(text: string, f: Finding): string {
  const edits = [...(f.fixes?.[0]?.edits ?? [])].sort((a, b) => b.range.start - a.range.start);
  let out = text;
  for (const e of edits) out = out.slice(0, e.range.start) + e.newText + out.slice(e.range.end);
  return out;
}

/** Joins lines (keeps the test manifests readable). */
export function yaml(...lines: string[]): string {
  return lines.join('\n') + '\n';
}
