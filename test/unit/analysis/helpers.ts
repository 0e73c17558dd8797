// Test helpers for the analysis engine: build a workspace from inline files, run every registered rule, and
// assert codes and exact ranges (never the French sentence itself).
import assert from 'node:assert/strict';
import { Analyzer } from '../../../core/analysis/engine';
import { ManifestWorkspace } from '../../../core/analysis/index/workspace';
import { formatMessage } from '../../../core/analysis/messages';
import type { Finding, Lang } from '../../../core/analysis/model';

export const ROOT = 'file:///ws';

export interface Result {
  ws: ManifestWorkspace;
  analyzer: Analyzer;
  findings: Finding[];
  texts: Record<string, string>;
}

/** Files are given by relative path (`a.yaml`, `k8s/dev/kustomization.yaml`). */
export function analyze(files: Record<string, string>): Result {
  const ws = new ManifestWorkspace();
  ws.addRoot(ROOT);
  const texts: Record<string, string> = {};
  for (const [name, text] of Object.entries(files)) {
    ws.setFile(`${ROOT}/${name}`, text);
    texts[`${ROOT}/${name}`] = text;
  }
  const analyzer = new Analyzer(ws);
  const findings = [...analyzer.analyzeAll().values()].flat();
  return { ws, analyzer, findings, texts };
}

export function uriOf(name: string): string {
  return `${ROOT}/${name}`;
}

export function ofCode(r: Result, code: string): Finding[] {
  return r.findings.filter((f) => f.code === code);
}

export interface Expect {
  code: string;
  /** File (relative) where the finding is; defaults to the only/first file. */
  file?: string;
  /** The finding must start exactly where this text starts (its `nth` occurrence, default 0). */
  at: string;
  nth?: number;
  messageKey?: string;
  severity?: Finding['severity'];
}

function offsetOf(text: string, needle: string, nth = 0): number {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(needle, i + 1);
    assert.ok(i >= 0, `text not found in fixture: ${needle} (#${k})`);
  }
  return i;
}

/** Asserts one finding of `e.code` starts exactly at `e.at`, and returns it. */
export function expectAt(r: Result, e: Expect): Finding {
  const file = e.file ? uriOf(e.file) : Object.keys(r.texts)[0];
  const text = r.texts[file];
  const start = offsetOf(text, e.at, e.nth);
  const found = r.findings.filter((f) => f.code === e.code && f.uri === file);
  const hit = found.find((f) => f.range.start === start && (!e.messageKey || (f.messageKey ?? f.code) === e.messageKey));
  assert.ok(hit, `expected ${e.code}${e.messageKey ? ` (${e.messageKey})` : ''} at "${e.at}" (offset ${start}) in ${file}; got ${JSON.stringify(found.map((f) => [f.messageKey ?? f.code, f.range.start, text.slice(f.range.start, f.range.start + 20)]))}`);
  if (e.severity) assert.equal(hit.severity, e.severity, `severity of ${e.code}`);
  assert.ok(hit.range.end >= hit.range.start);
  return hit;
}

export function expectNone(r: Result, ...codes: string[]): void {
  for (const code of codes) {
    const found = r.findings.filter((f) => f.code === code);
    assert.equal(found.length, 0, `unexpected ${code}: ${JSON.stringify(found.map((f) => [f.messageKey ?? f.code, f.uri, f.range.start, f.args]))}`);
  }
}

const FRENCH = /\b(le|la|les|du|des|un|une|est|doit|pas|dans|aucun|aucune|ce|cette|vous|votre|avec|sur|par|pour|au)\b|[éèàçêù]/i;
const ENGLISH = /\b(the|is|must|not|of|no|this|with|will|your|a|an|to|and|at|or|for|in|be|are|has|its|use)\b/i;

/** The finding's message is complete (no placeholder left) and French, and English in `en`. */
export function expectLanguages(f: Finding): void {
  const key = f.messageKey ?? f.code;
  const frText = formatMessage(key, f.args, 'fr');
  const enText = formatMessage(key, f.args, 'en');
  for (const [lang, t] of [['fr', frText], ['en', enText]] as Array<[Lang, string]>) {
    assert.ok(!/\{[a-zA-Z_][a-zA-Z0-9_]*\}/.test(t), `unresolved placeholder in ${key} (${lang}): ${t}`);
    assert.notEqual(t, key, `missing ${lang} message for ${key}`);
  }
  assert.ok(FRENCH.test(frText), `not French: ${frText}`);
  assert.ok(ENGLISH.test(enText) && !/[éèàç]/.test(enText.replace(/`[^`]*`/g, '')), `not English: ${enText}`);
  assert.notEqual(frText, enText);
  for (const fix of f.fixes ?? []) {
    const ft = formatMessage(fix.titleKey, fix.args, 'fr');
    assert.ok(!/\{[a-zA-Z_][a-zA-Z0-9_]*\}/.test(ft) && ft !== fix.titleKey, `fix title ${fix.titleKey}: ${ft}`);
    assert.notEqual(formatMessage(fix.titleKey, fix.args, 'en'), fix.titleKey);
  }
  for (const rel of f.related ?? []) {
    assert.notEqual(formatMessage(rel.messageKey, rel.args, 'fr'), rel.messageKey);
    assert.notEqual(formatMessage(rel.messageKey, rel.args, 'en'), rel.messageKey);
  }
}

/** Applies a fix's edits to the inline files (edits of one file must not overlap) and returns the new texts. */
export function applyFix(r: Result, f: Finding, index = 0): Record<string, string> {
  const fix = f.fixes?.[index];
  assert.ok(fix, `finding ${f.code} has no fix #${index}`);
  const out: Record<string, string> = { ...r.texts };
  const byUri = new Map<string, typeof fix.edits>();
  for (const e of fix.edits) byUri.set(e.uri, [...(byUri.get(e.uri) ?? []), e]);
  for (const [uri, edits] of byUri) {
    let text = out[uri];
    for (const e of [...edits].sort((a, b) => b.range.start - a.range.start)) text = text.slice(0, e.range.start) + e.newText + text.slice(e.range.end);
    out[uri] = text;
  }
  const rel: Record<string, string> = {};
  for (const [uri, t] of Object.entries(out)) rel[uri.slice(ROOT.length + 1)] = t;
  return rel;
}

/** `app: web, tier: front` → YAML lines at the given indentation. */
export function labelLines(labels: string, indent: number): string {
  return labels.split(',').map((l) => l.trim()).filter(Boolean).map((l) => `${' '.repeat(indent)}${l}`).join('\n');
}

/** Minimal valid objects to build fixtures quickly. `labels` is `app: web, tier: front`. */
export const deployment = (name: string, labels: string, extra = '', container = ''): string => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  selector:
    matchLabels:
${labelLines(labels, 6)}
  template:
    metadata:
      labels:
${labelLines(labels, 8)}
    spec:
      containers:
        - name: app
          image: nginx:1.27
${container}${extra}`;

export const service = (name: string, selector: string, ports = '    - port: 80\n'): string => `apiVersion: v1
kind: Service
metadata:
  name: ${name}
spec:
  selector:
${labelLines(selector, 4)}
  ports:
${ports}`;
