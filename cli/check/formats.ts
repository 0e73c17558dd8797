// Output formats of `kube-apprenti check`: text (for people), JSON (for scripts), SARIF 2.1.0 (code scanning).
import { codes, docUrl, formatMessage } from '../../core/analysis/messages';
import { ct, ctN } from '../../core/i18n/cli';
import { lineStarts, positionAt } from '../../core/analysis/index/ranges';
import type { ManifestWorkspace } from '../../core/analysis/index/workspace';
import type { Finding, Lang, OffsetRange } from '../../core/analysis/model';

export interface Located {
  file: string;
  line: number; // 1-based
  column: number; // 1-based
  endLine: number;
  endColumn: number;
}

export function locate(ws: ManifestWorkspace, display: Map<string, string>, uri: string, r: OffsetRange): Located {
  const f = ws.getFile(uri);
  const starts = f ? lineStarts(f) : [0];
  const s = positionAt(starts, r.start);
  const e = positionAt(starts, Math.max(r.start, r.end));
  return { file: display.get(uri) ?? uri, line: s.line + 1, column: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 };
}

export function countBySeverity(findings: Finding[]): Record<Finding['severity'], number> {
  const c = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

export function formatText(findings: Finding[], ws: ManifestWorkspace, display: Map<string, string>, lang: Lang, fileCount: number): string {
  const lines: string[] = [];
  for (const f of findings) {
    const at = locate(ws, display, f.uri, f.range);
    lines.push(`${at.file}:${at.line}:${at.column}: ${ct(lang, `severity.${f.severity}`)} ${f.code} ${formatMessage(f.messageKey ?? f.code, f.args, lang)}`);
    for (const r of f.related ?? []) {
      const rel = locate(ws, display, r.uri, r.range);
      lines.push(`    ↳ ${rel.file}:${rel.line}:${rel.column}: ${formatMessage(r.messageKey, r.args, lang)}`);
    }
    const url = docUrl(f.code);
    if (url) lines.push(`    ${ct(lang, 'check.explanation', { url })}`);
  }
  const c = countBySeverity(findings);
  // French: singular for 0 and 1; English: singular for 1 only (core/i18n plural).
  lines.push(ct(lang, 'check.total', {
    errors: ctN(lang, 'check.errors', c.error), warnings: ctN(lang, 'check.warnings', c.warning),
    infos: ctN(lang, 'check.infos', c.information + c.hint), files: ctN(lang, 'check.files', fileCount),
  }));
  return `${lines.join('\n')}\n`;
}

export function formatJson(findings: Finding[], ws: ManifestWorkspace, display: Map<string, string>, lang: Lang): string {
  return `${JSON.stringify(findings.map((f) => ({
    ...locate(ws, display, f.uri, f.range),
    severity: f.severity,
    code: f.code,
    message: formatMessage(f.messageKey ?? f.code, f.args, lang),
    documentation: docUrl(f.code),
    related: (f.related ?? []).map((r) => ({ ...locate(ws, display, r.uri, r.range), message: formatMessage(r.messageKey, r.args, lang) })),
    fixes: (f.fixes ?? []).map((x) => formatMessage(x.titleKey, x.args, lang)),
  })), null, 2)}\n`;
}

/** The rule title in each language (CodeInfo). */
const TITLE = { fr: 'title', en: 'titleEn' } as const;

const SARIF_LEVEL: Record<Finding['severity'], string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export function formatSarif(findings: Finding[], ws: ManifestWorkspace, display: Map<string, string>, lang: Lang, version: string): string {
  const used = [...new Set(findings.map((f) => f.code))].sort();
  const rules = used.map((code) => ({
    id: code,
    name: codes[code]?.slug.replace(/^KA\d+-/, '') ?? code,
    shortDescription: { text: codes[code]?.[TITLE[lang]] ?? code },
    helpUri: docUrl(code),
    defaultConfiguration: { level: SARIF_LEVEL[codes[code]?.severity ?? 'warning'] },
  }));
  const results = findings.map((f) => {
    const at = locate(ws, display, f.uri, f.range);
    return {
      ruleId: f.code,
      ruleIndex: used.indexOf(f.code),
      level: SARIF_LEVEL[f.severity],
      message: { text: formatMessage(f.messageKey ?? f.code, f.args, lang) },
      locations: [{ physicalLocation: { artifactLocation: { uri: at.file.split('\\').join('/') }, region: { startLine: at.line, startColumn: at.column, endLine: at.endLine, endColumn: at.endColumn } } }],
      relatedLocations: (f.related ?? []).map((r, id) => {
        const rel = locate(ws, display, r.uri, r.range);
        return { id, message: { text: formatMessage(r.messageKey, r.args, lang) }, physicalLocation: { artifactLocation: { uri: rel.file.split('\\').join('/') }, region: { startLine: rel.line, startColumn: rel.column } } };
      }),
    };
  });
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'kube-apprenti', informationUri: 'https://github.com/kube-apprenti/kube-apprenti', semanticVersion: version, language: lang, rules } }, results }],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
