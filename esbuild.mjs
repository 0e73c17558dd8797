// Bundles the extension (client), the language server, the CLI and the webviews into dist/.
// @kubernetes/client-node is ESM-only: esbuild bundles it into the CommonJS outputs.
import * as esbuild from 'esbuild';
import { cpSync, mkdirSync, existsSync, readdirSync } from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

// The generated schemas (1.2 MB of JSON) are not bundled as JavaScript: V8 would parse them as code at every start.
// They are read from the repository's (and the VSIX's) schemas/ folder with JSON.parse the first time a rule, hover
// or completion needs them (dist/x.js and dist-test/vscode/x.js look one or two folders up).
const schemasAsFiles = {
  name: 'schemas-as-files',
  setup(build) {
    build.onResolve({ filter: /schemas\/[^/]+\.json$/ }, (args) => ({ path: args.path.replace(/^.*\//, ''), namespace: 'schema-file' }));
    build.onLoad({ filter: /.*/, namespace: 'schema-file' }, (args) => ({
      contents: `const fs = require('fs'), path = require('path');
        const file = ['..', '../..'].map((up) => path.join(__dirname, up, 'schemas', ${JSON.stringify(args.path)})).find((f) => fs.existsSync(f));
        module.exports = JSON.parse(fs.readFileSync(file, 'utf8'));`,
      loader: 'js',
    }));
  },
};

const node = {
  bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: !production, minify: production,
  external: ['vscode'], logLevel: 'warning', legalComments: 'none',
  // client-node pulls optional deps we never use at runtime (websocket compression, etc.)
  mainFields: ['module', 'main'],
  plugins: [schemasAsFiles],
};
// The language server and the CLI bundle `yaml`'s ES module build: esbuild then links its functions directly,
// instead of going through a getter per call on the CommonJS build (about a third of the analysis time).
const yamlEsm = { yaml: './node_modules/yaml/browser/index.js' };
const entries = [
  { ...node, entryPoints: { extension: 'client/src/extension.ts' }, outdir: 'dist' },
  { ...node, entryPoints: { cluster: 'client/src/clusterMain.ts' }, outdir: 'dist' },
  { ...node, entryPoints: { server: 'server/src/lsp/main.ts' }, outdir: 'dist', alias: yamlEsm },
  { ...node, entryPoints: { cli: 'cli/main.ts' }, outdir: 'dist', banner: { js: '#!/usr/bin/env node' }, alias: yamlEsm },
];
if (existsSync('webviews/lab/main.ts')) {
  entries.push({ bundle: true, platform: 'browser', format: 'iife', target: 'es2022', sourcemap: !production, minify: production,
    entryPoints: { lab: 'webviews/lab/main.ts' }, outdir: 'dist/webviews', logLevel: 'warning',
    loader: { '.css': 'text' } });
}
if (existsSync('webviews/map/main.ts')) {
  entries.push({ bundle: true, platform: 'browser', format: 'iife', target: 'es2022', sourcemap: !production, minify: production,
    entryPoints: { map: 'webviews/map/main.ts' }, outdir: 'dist/webviews', logLevel: 'warning',
    loader: { '.css': 'text' } });
}
// In-host test suites (mocha inside code-server's extension host): built only when asked.
if (process.argv.includes('--tests') && existsSync('test/vscode')) {
  const files = readdirSync('test/vscode').filter((f) => f.endsWith('.ts')).map((f) => `test/vscode/${f}`);
  entries.push({ ...node, entryPoints: files, outdir: 'dist-test/vscode', external: ['vscode', 'mocha'] });
}

mkdirSync('dist', { recursive: true });
if (watch) {
  for (const e of entries) (await esbuild.context(e)).watch();
} else {
  const t0 = Date.now();
  await Promise.all(entries.map((e) => esbuild.build(e)));
  if (existsSync('node_modules/@vscode-elements/elements/dist/bundled.js')) {
    mkdirSync('dist/webviews', { recursive: true });
    cpSync('node_modules/@vscode-elements/elements/dist/bundled.js', 'dist/webviews/vscode-elements.js');
  }
  console.log(`esbuild: ${entries.length} bundles in ${Date.now() - t0} ms${production ? ' (production)' : ''}`);
}
