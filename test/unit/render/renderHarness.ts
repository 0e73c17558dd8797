// Test harness: copies a fixture (chart or Kustomize tree) to a temporary folder, applies seeded mistakes, loads it
// as `kube-apprenti check` does (render included, with the real ka-render) and lists the findings by file and line.
import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { findRenderer, BUILD_COMMAND } from '../../../core/render/locate';
import { loadFiles } from '../../../cli/check/loadFiles';
import { renderInto, targetsIn } from '../../../cli/check/renderTargets';
import { Analyzer } from '../../../core/analysis/engine';
import { lineStarts, positionAt } from '../../../core/analysis/index/ranges';
import type { ManifestWorkspace } from '../../../core/analysis/index/workspace';
import type { Finding } from '../../../core/analysis/model';

export const FIXTURES = path.join(__dirname, '..', '..', 'fixtures');

/** The renderer is built by scripts/renderer-build.sh (npm test does it): a missing binary fails, with the command. */
export function requireRenderer(): string {
  const bin = findRenderer();
  assert.ok(bin, `ka-render is missing: run « ${BUILD_COMMAND} » first`);
  return bin;
}

export interface Seeded {
  root: string;
  ws: ManifestWorkspace;
  findings: Finding[];
  /** `file:line code` of every finding (1-based lines, paths relative to the copy). */
  list: string[];
  /** 1-based line of the first line of `rel` that contains `needle`. */
  lineOf(rel: string, needle: string): number;
  text(rel: string): string;
  cleanup(): void;
}

/** Copies `fixture` (relative to test/fixtures, or absolute), applies `edits` (file → text transformation), checks it. */
export async function checkSeeded(fixture: string, edits: Record<string, (t: string) => string> = {}, opts: { values?: string[]; set?: string[]; timeoutMs?: number } = {}): Promise<Seeded> {
  const root = mkdtempSync(path.join(tmpdir(), 'ka-render-'));
  const name = path.basename(fixture);
  cpSync(path.resolve(FIXTURES, fixture), path.join(root, name), { recursive: true, verbatimSymlinks: true });
  for (const [rel, edit] of Object.entries(edits)) {
    const p = path.join(root, rel);
    let before = '';
    try { before = readFileSync(p, 'utf8'); } catch { /* a new file */ }
    const after = edit(before);
    assert.notEqual(after, before, `the seeded edit of ${rel} changed nothing`);
    writeFileSync(p, after);
  }
  const { ws, display } = await loadFiles([path.join(root, name)], root);
  await renderInto(ws, targetsIn(ws), { values: (opts.values ?? []).map((v) => path.join(root, v)), set: opts.set ?? [], timeoutMs: opts.timeoutMs }, display, root);
  const analyzer = new Analyzer(ws);
  const findings: Finding[] = [];
  for (const uri of display.keys()) findings.push(...analyzer.findingsFor(uri));
  const rel = (uri: string) => path.relative(root, new URL(uri).pathname);
  const list = findings.map((f) => {
    const file = ws.getFile(f.uri);
    const line = file ? positionAt(lineStarts(file), f.range.start).line + 1 : 0;
    return `${rel(f.uri)}:${line} ${f.code}`;
  });
  const text = (r: string) => readFileSync(path.join(root, r), 'utf8');
  return {
    root, ws, findings, list, text,
    lineOf(r, needle) {
      const i = text(r).split('\n').findIndex((l) => l.includes(needle));
      assert.ok(i >= 0, `${needle} not in ${r}`);
      return i + 1;
    },
    cleanup() { rmSync(root, { recursive: true, force: true }); },
  };
}

export function uriIn(root: string, rel: string): string {
  return pathToFileURL(path.join(root, rel)).href;
}
