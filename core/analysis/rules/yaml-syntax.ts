// YAML that does not parse: every parser error, in French, on the exact place.
// KA105, KA106 — a document too deeply nested or whose aliases expand too far is not analysed (parse/limits.ts).
import { rangeOf } from '../index/ranges';
import type { ManifestDoc, YamlIssue } from '../index/types';
import type { OffsetRange } from '../model';
import { BAD_MERGE, TOO_COMPLEX, TOO_DEEP } from '../parse/parseDocument';
import { MAX_NESTING } from '../parse/limits';
import type { DocRule } from './rule';

function lineBounds(text: string, offset: number): { start: number; end: number } {
  const start = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
  const nl = text.indexOf('\n', offset);
  return { start, end: nl < 0 ? text.length : nl };
}

/** For an unclosed quote, the parser points at the end of the text: find the opening quote instead. */
function openingQuote(doc: ManifestDoc, issue: YamlIssue): OffsetRange | undefined {
  const q = issue.detail.includes('"quote') ? '"' : issue.detail.includes("'quote") ? "'" : undefined;
  if (!q) return undefined;
  const text = doc.text;
  let pos = Math.min(issue.start, text.length);
  while (pos > 0) {
    const { start, end } = lineBounds(text, pos);
    const line = text.slice(start, end);
    const count = line.split(q).length - 1;
    if (count % 2 === 1) {
      const col = line.lastIndexOf(q);
      return { start: doc.base + start + col, end: doc.base + end };
    }
    pos = start - 1;
  }
  return undefined;
}

function keyText(doc: ManifestDoc, issue: YamlIssue): string {
  const { end } = lineBounds(doc.text, issue.start);
  const rest = doc.text.slice(issue.start, end);
  const m = /^\s*["']?([^"':]+)["']?\s*:/.exec(rest);
  return m ? m[1].trim() : rest.trim().slice(0, 40);
}

function variant(issue: YamlIssue): string {
  const d = issue.detail;
  switch (issue.code) {
    case 'MISSING_CHAR':
      if (d.includes('quote')) return 'KA039.quote';
      if (d.includes('map values')) return 'KA039.colon';
      if (d.includes(']') || d.includes('}')) return 'KA039.flow';
      return 'KA039';
    case 'MULTILINE_IMPLICIT_KEY':
      return 'KA039.multiline';
    case 'BAD_INDENT':
      if (d.startsWith('Flow')) return 'KA039.flow';
      return 'KA039.indent';
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'UNEXPECTED_TOKEN':
      return 'KA039.unexpected';
    case 'BAD_DQ_ESCAPE':
      return 'KA039.escape';
    case 'MULTIPLE_DOCS':
      return 'KA069';
    case BAD_MERGE:
      return 'KA039.merge';
    default:
      return 'KA039';
  }
}

export const yamlSyntax: DocRule = {
  id: 'yaml-syntax',
  codes: ['KA039', 'KA040', 'KA067', 'KA069', 'KA105', 'KA106'],
  scope: 'document',
  check(ctx) {
    const { doc } = ctx;
    if (ctx.file.kind === 'helm-template') return;
    const seen = new Set<string>();
    for (const issue of doc.issues) {
      if (issue.warning) continue;
      const at = `${issue.code}:${issue.start}`;
      if (seen.has(at)) continue;
      seen.add(at);
      const line = lineBounds(doc.text, Math.min(issue.start, doc.text.length));
      const lineRange = { start: doc.base + issue.start, end: doc.base + Math.max(issue.end, line.end) };
      if (issue.code === TOO_DEEP || issue.code === TOO_COMPLEX) {
        const end = Math.min(issue.end, line.end, issue.start + 200);
        const range = { start: doc.base + issue.start, end: doc.base + Math.max(end, issue.start) };
        ctx.report(issue.code === TOO_DEEP ? { code: 'KA105', range, args: { limit: MAX_NESTING } } : { code: 'KA106', range });
        continue;
      }
      if (issue.code === 'TAB_AS_INDENT') {
        ctx.report({ code: 'KA040', range: { start: doc.base + issue.start, end: doc.base + issue.end },
          fixes: [{ titleKey: 'fix.KA040', args: {}, edits: [{ uri: doc.uri, range: { start: doc.base + issue.start, end: doc.base + issue.end }, newText: '  ' }], preferred: true }] });
        continue;
      }
      if (issue.code === 'DUPLICATE_KEY') {
        const key = keyText(doc, issue);
        const root = doc.yaml.contents as { range?: [number, number, number] } | null;
        const atRootIndent = line.start === issue.start && root !== null;
        const code = atRootIndent && (key === 'apiVersion' || key === 'kind') ? 'KA069' : 'KA067';
        const end = doc.text.indexOf(':', issue.start);
        const range = { start: doc.base + issue.start, end: doc.base + (end > issue.start && end <= line.end ? end : line.end) };
        ctx.report(code === 'KA069'
          ? { code, range, args: { key },
            fixes: [{ titleKey: 'fix.KA069', args: {}, edits: [{ uri: doc.uri, range: { start: doc.base + line.start, end: doc.base + line.start }, newText: '---\n' }], preferred: true }] }
          : { code, range, args: { key } });
        continue;
      }
      const key = variant(issue);
      if (key === 'KA069') {
        ctx.report({ code: 'KA069', range: lineRange, args: { key: keyText(doc, issue) } });
        continue;
      }
      const range = (key === 'KA039.quote' ? openingQuote(doc, issue) : undefined) ?? lineRange;
      ctx.report({ code: 'KA039', messageKey: key, range, args: { detail: issue.detail, line: '' } });
    }
    void rangeOf;
  },
};
