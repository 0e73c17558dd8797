// The layers and what each may import (CONTRIBUTING « Organisation du dépôt », docs/architecture.md):
//   core/      analysis engine, cluster access, labs logic, i18n, files, render, doctor: no vscode, no LSP, no adapter;
//   server/    the LSP adapter: core only;           cli/      the command line: core only;
//   client/    the VS Code glue: core (and the webview protocol); webviews/  panel code: core types only.
// Every relative import and every package import of every source file is checked against this table.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const ROOT = resolve(__dirname, '..', '..', '..');
type Layer = 'core' | 'server' | 'cli' | 'client' | 'webviews';
const LAYERS: Record<Layer, string> = { core: 'core', server: 'server/src', cli: 'cli', client: 'client/src', webviews: 'webviews' };
const MAY_IMPORT: Record<Layer, Layer[]> = {
  core: ['core'],
  server: ['server', 'core'],
  cli: ['cli', 'core'],
  client: ['client', 'core'],
  webviews: ['webviews', 'core'],
};
const FORBIDDEN_PACKAGES: Record<Layer, RegExp> = {
  core: /^(vscode|vscode-languageserver|vscode-languageserver\/.*|vscode-languageclient(\/.*)?|vscode-jsonrpc(\/.*)?)$/,
  server: /^(vscode|vscode-languageclient(\/.*)?)$/,
  cli: /^(vscode|vscode-languageserver(\/.*)?|vscode-languageclient(\/.*)?)$/,
  client: /^(vscode-languageserver|vscode-languageserver\/node)$/,
  webviews: /^(vscode|vscode-languageserver(\/.*)?|vscode-languageclient(\/.*)?|@kubernetes\/client-node)$/,
};

function layerOf(absPath: string): Layer | undefined {
  const rel = relative(ROOT, absPath).split(sep).join('/');
  for (const [layer, dir] of Object.entries(LAYERS) as Array<[Layer, string]>) if (rel === dir || rel.startsWith(`${dir}/`)) return layer;
  return undefined;
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]|\brequire\(\s*['"]([^'"]+)['"]\s*\)|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The violations of one file's text (exported for the self-test below). */
export function violations(file: string, text: string): string[] {
  const from = layerOf(file);
  if (!from) return [];
  const out: string[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[1] ?? m[2] ?? m[3] ?? m[4];
    if (spec.startsWith('.')) {
      const target = resolve(dirname(file), spec);
      const to = layerOf(target);
      const rel = relative(ROOT, target).split(sep).join('/');
      if (!to) {
        if (!/^(schemas|labs|package\.json|node_modules)(\/|$)/.test(rel)) out.push(`${relative(ROOT, file)} → ${spec} (outside every layer)`);
      } else if (!MAY_IMPORT[from].includes(to)) out.push(`${relative(ROOT, file)} (${from}) → ${spec} (${to})`);
    } else if (FORBIDDEN_PACKAGES[from].test(spec)) {
      out.push(`${relative(ROOT, file)} (${from}) → package ${spec}`);
    }
  }
  return out;
}

function sources(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) sources(p, out);
    else if (/\.(ts|tsx|mjs|js)$/.test(e) && !e.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

describe('architecture: layer boundaries', () => {
  it('finds a violation when there is one (self-test)', () => {
    assert.equal(violations(join(ROOT, 'core/analysis/x.ts'), "import * as vscode from 'vscode';").length, 1);
    assert.equal(violations(join(ROOT, 'core/analysis/x.ts'), "import { a } from '../../server/src/lsp/main';").length, 1);
    assert.equal(violations(join(ROOT, 'cli/commands/x.ts'), "import { a } from '../../client/src/tree/x';").length, 1);
    assert.equal(violations(join(ROOT, 'server/src/lsp/x.ts'), "import { a } from '../../../core/analysis/engine';").length, 0);
  });

  it('every source file imports only what its layer may import', () => {
    const all = Object.values(LAYERS).flatMap((d) => sources(join(ROOT, d)));
    assert.ok(all.length > 200, `only ${all.length} source files found`);
    const bad = all.flatMap((f) => violations(f, readFileSync(f, 'utf8')));
    assert.deepEqual(bad, []);
  });
});
