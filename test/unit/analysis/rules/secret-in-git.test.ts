// KA023 — a Secret with values in a Git work tree, ignored by no .gitignore (facts given to the pure engine).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { Analyzer } from '../../../../core/analysis/engine';
import { ManifestWorkspace } from '../../../../core/analysis/index/workspace';
import { formatMessage } from '../../../../core/analysis/messages';
import type { Finding } from '../../../../core/analysis/model';
import { expectLanguages } from '../helpers';

const ROOT = 'file:///ws';
/** The course's Secret (seed 000), shared with the LSP test. */
const SECRET = readFileSync(join(__dirname, '..', '..', '..', 'fixtures', 'secret-credentials.yaml'), 'utf8');

interface Setup {
  files: Record<string, string>;
  /** Folders (relative, '' = root) holding a `.git`. */
  repos?: string[];
  /** `.gitignore` texts by folder ('' = root). */
  ignores?: Record<string, string>;
  exclude?: string;
}

function build(s: Setup): { ws: ManifestWorkspace; analyzer: Analyzer; ka023: () => Finding[] } {
  const ws = new ManifestWorkspace();
  ws.addRoot(ROOT);
  const folder = (rel: string) => (rel ? `${ROOT}/${rel}` : ROOT);
  for (const r of s.repos ?? ['']) ws.git.setRepository(folder(r), true);
  for (const [dir, text] of Object.entries(s.ignores ?? {})) ws.git.setIgnoreFile(folder(dir), text);
  if (s.exclude !== undefined) ws.git.setExclude(ROOT, s.exclude);
  for (const [name, text] of Object.entries(s.files)) ws.setFile(`${ROOT}/${name}`, text);
  const analyzer = new Analyzer(ws);
  return { ws, analyzer, ka023: () => [...analyzer.analyzeAll().values()].flat().filter((f) => f.code === 'KA023') };
}

function one(s: Setup): Finding[] {
  return build(s).ka023();
}

describe('rule secret-in-git (KA023)', () => {
  it('warns on a Secret with values in a repository without .gitignore, on `kind: Secret`', () => {
    const found = one({ files: { 'secret.yaml': SECRET } });
    assert.equal(found.length, 1);
    const f = found[0];
    assert.equal(f.severity, 'warning');
    assert.equal(f.uri, `${ROOT}/secret.yaml`);
    assert.equal(SECRET.slice(f.range.start, f.range.end), 'Secret');
    assert.equal(f.args.template, 'secret.yaml.template');
    expectLanguages(f);
    assert.match(formatMessage('KA023', f.args, 'fr'), /n’est pas ignoré par Git\u00a0: base64 n’est pas un chiffrement.*`secret\.yaml\.template`/);
    assert.match(formatMessage('KA023', f.args, 'en'), /is not ignored by Git: base64 is not encryption/);
  });

  it('warns when the .gitignore does not list the file (one warning per file)', () => {
    const two = `${SECRET}---\n${SECRET.replace('credentials-application', 'other')}`;
    assert.equal(one({ files: { 'k8s/secret.yaml': two }, ignores: { '': 'node_modules/\n*.log\n' } }).length, 1);
  });

  it('is silent outside any Git work tree (no .git fact)', () => {
    assert.equal(one({ files: { 'secret.yaml': SECRET }, repos: [] }).length, 0);
    // A .git in a sibling folder does not count.
    assert.equal(one({ files: { 'a/secret.yaml': SECRET }, repos: ['b'] }).length, 0);
  });

  it('is silent when a .gitignore ignores the file: name, path, glob, folder, **', () => {
    for (const [file, ignores] of [
      ['secret.yaml', { '': 'secret.yaml\n' }],
      ['k8s/secret.yaml', { '': 'secret.yaml\n' }], // no slash: any level
      ['k8s/secret.yaml', { '': '/k8s/secret.yaml\n' }],
      ['k8s/secret.yaml', { '': 'k8s/*.yaml\n' }],
      ['k8s/secret.yaml', { '': 'k8s/\n' }], // folder pattern
      ['k8s/prod/secret.yaml', { '': '**/prod/secret*.yaml\n' }],
      ['k8s/prod/secret.yaml', { '': 'k8s/**\n' }],
      ['k8s/prod/secret.yaml', { '': 'k8s/**/secret.yaml\n' }],
      ['k8s/secret.yaml', { k8s: 'secret.yaml\n' }], // nested .gitignore
      ['k8s/secret.yaml', { '': 'secret.[xy]aml\n' }],
      ['k8s/secret.yaml', { '': 'secret.y?ml   \n' }], // trailing spaces ignored
    ] as Array<[string, Record<string, string>]>) {
      assert.equal(one({ files: { [file]: SECRET }, ignores }).length, 0, `${file} with ${JSON.stringify(ignores)}`);
    }
  });

  it('does not take a pattern for more than it says', () => {
    for (const [file, ignores] of [
      ['k8s/secret.yaml', { '': '/secret.yaml\n' }], // anchored at the root
      ['secret.yaml', { '': 'secret.yaml/\n' }], // folders only
      ['secret.yaml', { '': '# secret.yaml\n' }], // a comment
      ['secret.yaml', { k8s: 'secret.yaml\n' }], // a .gitignore applies below its folder only
      ['k8s/secret.yaml', { '': 'k8s/*/secret.yaml\n' }],
    ] as Array<[string, Record<string, string>]>) {
      assert.equal(one({ files: { [file]: SECRET }, ignores }).length, 1, `${file} with ${JSON.stringify(ignores)}`);
    }
  });

  it('honours `!` negation, the last matching line and deeper .gitignore files', () => {
    assert.equal(one({ files: { 'secret.yaml': SECRET }, ignores: { '': '*.yaml\n!secret.yaml\n' } }).length, 1);
    assert.equal(one({ files: { 'secret.yaml': SECRET }, ignores: { '': '!secret.yaml\n*.yaml\n' } }).length, 0);
    assert.equal(one({ files: { 'k8s/secret.yaml': SECRET }, ignores: { '': 'secret.yaml\n', k8s: '!secret.yaml\n' } }).length, 1);
    // A file inside an ignored folder cannot be re-included.
    assert.equal(one({ files: { 'k8s/secret.yaml': SECRET }, ignores: { '': 'k8s/\n!k8s/secret.yaml\n' } }).length, 0);
    // `\!` is a literal `!`.
    assert.equal(one({ files: { '!secret.yaml': SECRET }, ignores: { '': '\\!secret.yaml\n' } }).length, 0);
  });

  it('reads .git/info/exclude with the lowest precedence', () => {
    assert.equal(one({ files: { 'secret.yaml': SECRET }, exclude: 'secret.yaml\n' }).length, 0);
    assert.equal(one({ files: { 'secret.yaml': SECRET }, exclude: 'secret.yaml\n', ignores: { '': '!secret.yaml\n' } }).length, 1);
  });

  it('uses the nearest repository (a nested one starts its own .gitignore chain)', () => {
    assert.equal(one({ files: { 'sub/secret.yaml': SECRET }, repos: ['', 'sub'], ignores: { '': 'sub/secret.yaml\n' } }).length, 1);
    assert.equal(one({ files: { 'sub/secret.yaml': SECRET }, repos: ['', 'sub'], ignores: { sub: 'secret.yaml\n' } }).length, 0);
  });

  it('is silent on templates, lab copies, empty values and placeholders; not on a weak real value', () => {
    assert.equal(one({ files: { 'secret.yaml.template': SECRET, 'secret.example.yaml': SECRET } }).length, 0);
    assert.equal(one({ files: { 'lab1/depart/secret.yaml': SECRET, 'lab1/solution/secret.yaml': SECRET } }).length, 0);
    const empty = 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\ndata:\n  A: ""\n  B:\nstringData:\n  C: ""\n';
    assert.equal(one({ files: { 'secret.yaml': empty } }).length, 0);
    assert.equal(one({ files: { 'secret.yaml': 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\ntype: kubernetes.io/service-account-token\n' } }).length, 0);
    const placeholders = 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\nstringData:\n  A: <mot-de-passe>\n  B: ${DB_PASSWORD}\n  C: changeme\n  D: xxx\ndata:\n  E: Q0hBTkdFTUU=\n';
    assert.equal(one({ files: { 'secret.yaml': placeholders } }).length, 0);
    const real = 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\nstringData:\n  A: <mot-de-passe>\n  B: password\n';
    assert.equal(one({ files: { 'secret.yaml': real } }).length, 1);
    // Not a Secret: nothing.
    assert.equal(one({ files: { 'cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  A: b\n' } }).length, 0);
  });

  it('re-checks when a .gitignore appears, changes or goes away', () => {
    const b = build({ files: { 'secret.yaml': SECRET } });
    assert.equal(b.ka023().length, 1);
    b.ws.git.setIgnoreFile(ROOT, 'secret.yaml\n');
    assert.equal(b.ka023().length, 0);
    b.ws.git.setIgnoreFile(ROOT, 'other.yaml\n');
    assert.equal(b.ka023().length, 1);
    b.ws.git.setIgnoreFile(ROOT, 'secret.yaml\n');
    b.ws.git.setIgnoreFile(ROOT, undefined);
    assert.equal(b.ka023().length, 1);
    b.ws.git.forgetUnder(ROOT);
    assert.equal(b.ka023().length, 0);
  });

  it('fix: appends the relative path to the nearest .gitignore and creates the template with empty values', () => {
    const text = `apiVersion: v1
kind: Secret
metadata:
  name: s
data:
  A: cGFzc3dvcmQ=
  KEY: |
    bGlnbmUx
stringData:
  URL: "postgres://u:p@db/x"
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: c
data:
  A: keep
`;
    const [f] = one({ files: { 'k8s/dev/secret.yaml': text }, ignores: { '': 'node_modules/', k8s: '*.log\n' } });
    const fix = f.fixes?.[0];
    assert.ok(fix);
    assert.equal(fix.titleKey, 'fix.KA023');
    assert.deepEqual(fix.creates, [`${ROOT}/k8s/dev/secret.yaml.template`]);
    const ignoreEdit = fix.edits.find((e) => e.uri === `${ROOT}/k8s/.gitignore`);
    assert.deepEqual(ignoreEdit, { uri: `${ROOT}/k8s/.gitignore`, range: { start: 6, end: 6 }, newText: 'dev/secret.yaml\n' });
    const tpl = fix.edits.find((e) => e.uri === `${ROOT}/k8s/dev/secret.yaml.template`);
    assert.equal(tpl?.newText, text.replace('cGFzc3dvcmQ=', '""').replace('|\n    bGlnbmUx\n', '""\n').replace('"postgres://u:p@db/x"', '""'));
    assert.equal(formatMessage(fix.titleKey, fix.args, 'fr'), 'Ajouter «\u00a0dev/secret.yaml\u00a0» au «\u00a0.gitignore\u00a0» et créer «\u00a0secret.yaml.template\u00a0» (valeurs vides)');
    // The .gitignore's last line had no line break: one is added first.
    const [g] = one({ files: { 'secret.yaml': SECRET }, ignores: { '': 'node_modules/' } });
    assert.equal(g.fixes?.[0].edits[0].newText, '\nsecret.yaml\n');
  });

  it('fix: creates the .gitignore in the workspace folder when the path has none, and escapes special characters', () => {
    const [f] = one({ files: { 'k8s/[prod]%20secret.yaml': SECRET } });
    const fix = f.fixes![0];
    assert.deepEqual(fix.creates, [`${ROOT}/k8s/[prod]%20secret.yaml.template`, `${ROOT}/.gitignore`]);
    assert.deepEqual(fix.edits[0], { uri: `${ROOT}/.gitignore`, range: { start: 0, end: 0 }, newText: 'k8s/\\[prod] secret.yaml\n' });
    // The line written by the fix does ignore the file.
    assert.equal(one({ files: { 'k8s/[prod]%20secret.yaml': SECRET }, ignores: { '': fix.edits[0].newText } }).length, 0);
    // Workspace folder inside the repository: the .gitignore goes there, not above it.
    const ws = new ManifestWorkspace();
    ws.addRoot(`${ROOT}/projet`);
    ws.git.setRepository(ROOT, true);
    ws.setFile(`${ROOT}/projet/secret.yaml`, SECRET);
    const g = new Analyzer(ws).findingsFor(`${ROOT}/projet/secret.yaml`).find((x) => x.code === 'KA023');
    assert.equal(g?.fixes?.[0].edits[0].uri, `${ROOT}/projet/.gitignore`);
  });
});
