// KA023 over stdio against dist/server.js: a Secret manifest in a folder with a `.git` is reported until a
// .gitignore on disk ignores it (didChangeWatchedFiles on `.gitignore`); the quick fix is a WorkspaceEdit that
// creates the template and the .gitignore, and applying it on disk clears the warning.
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { CodeAction, CreateFile, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol';
import { DiagnosticsClient, messageOf, SERVER } from './diagnostics.client';

/** The course's Secret (seed 000), shared with the unit test. */
const SECRET = readFileSync(join(__dirname, '..', 'fixtures', 'secret-credentials.yaml'), 'utf8');

describe('language server: Secret not ignored by Git (KA023)', function () {
  this.timeout(60000);
  let c: DiagnosticsClient;
  before(function () {
    assert.ok(existsSync(SERVER), `${SERVER} missing: run node esbuild.mjs first`);
  });
  afterEach(async () => { await c?.stop(); });

  it('warns in a Git work tree; the quick fix creates the template and the .gitignore; the warning goes', async () => {
    c = new DiagnosticsClient({ '.git/HEAD': 'ref: refs/heads/main\n', 'k8s/secret.yaml': SECRET, 'k8s/svc.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: s\nspec:\n  ports:\n    - port: 80\n' });
    await c.start();
    await c.waitFor(() => c.codes('k8s/secret.yaml').includes('KA023'), 'KA023');
    const d = c.of('k8s/secret.yaml').find((x) => x.code === 'KA023')!;
    assert.equal(d.severity, 2);
    assert.deepEqual(d.range, { start: { line: 1, character: 6 }, end: { line: 1, character: 12 } });
    assert.match(messageOf(d), /n’est pas ignoré par Git\u00a0: base64 n’est pas un chiffrement.*`secret\.yaml\.template`/);
    assert.match(d.codeDescription!.href, /KA023-secret-versionne-git\.md$/);

    const actions = await c.conn.sendRequest('textDocument/codeAction', { textDocument: { uri: c.uri('k8s/secret.yaml') }, range: d.range, context: { diagnostics: [d] } }) as CodeAction[];
    const fix = actions.find((a) => a.diagnostics?.[0]?.code === 'KA023');
    assert.ok(fix, JSON.stringify(actions));
    assert.equal(fix.title, 'Ajouter «\u00a0k8s/secret.yaml\u00a0» au «\u00a0.gitignore\u00a0» et créer «\u00a0secret.yaml.template\u00a0» (valeurs vides)');
    const changes = fix.edit!.documentChanges as Array<CreateFile | TextDocumentEdit>;
    const creates = changes.filter((x): x is CreateFile => 'kind' in x && x.kind === 'create').map((x) => x.uri).sort();
    assert.deepEqual(creates, [c.uri('.gitignore'), c.uri('k8s/secret.yaml.template')].sort());
    // Apply it on disk, as the editor would (created files: the edits insert the whole text at 0:0).
    for (const ch of changes) {
      if ('kind' in ch) continue;
      const edits = (ch as TextDocumentEdit).edits;
      assert.equal(edits.length, 1);
      assert.deepEqual((edits[0] as { range: unknown }).range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
      writeFileSync(new URL(ch.textDocument.uri), (edits[0] as TextEdit).newText);
    }
    assert.equal(readFileSync(join(c.root, '.gitignore'), 'utf8'), 'k8s/secret.yaml\n');
    const template = parse(readFileSync(join(c.root, 'k8s/secret.yaml.template'), 'utf8')) as { kind: string; data: Record<string, string> };
    assert.deepEqual(template.data, { DATABASE_PASSWORD: '', API_TOKEN: '' });
    assert.equal(template.kind, 'Secret');
    await c.watched([{ rel: '.gitignore', type: 1 }]);
    await c.waitFor(() => !c.codes('k8s/secret.yaml').includes('KA023'), 'KA023 cleared by the new .gitignore');

    // The template exists now: a new fix never overwrites it (its creation and its text are dropped).
    writeFileSync(join(c.root, '.gitignore'), '# rien\n');
    await c.watched([{ rel: '.gitignore', type: 2 }]);
    await c.waitFor(() => c.codes('k8s/secret.yaml').includes('KA023'), 'KA023 back after the .gitignore changed');
    const again = await c.conn.sendRequest('textDocument/codeAction', { textDocument: { uri: c.uri('k8s/secret.yaml') }, range: d.range, context: { diagnostics: [] } }) as CodeAction[];
    const next = again.find((a) => a.diagnostics?.[0]?.code === 'KA023')!;
    const docChanges = next.edit!.documentChanges as Array<CreateFile | TextDocumentEdit>;
    assert.ok(!docChanges.some((x) => 'kind' in x), 'no CreateFile: both files exist');
    assert.deepEqual(docChanges.map((x) => (x as TextDocumentEdit).textDocument.uri), [c.uri('.gitignore')]);
    const edit = (docChanges[0] as TextDocumentEdit).edits[0];
    assert.deepEqual(edit, { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, newText: 'k8s/secret.yaml\n' });
  });

  it('follows a .gitignore edited or deleted on disk, and is silent without a .git', async () => {
    c = new DiagnosticsClient({ '.git/HEAD': 'ref: refs/heads/main\n', '.gitignore': 'node_modules/\n', 'secret.yaml': SECRET, 'lab1/lab.yaml': 'id: lab1\n', 'lab1/depart/secret.yaml': SECRET });
    await c.start();
    await c.waitFor(() => c.codes('secret.yaml').includes('KA023'), 'KA023');
    c.write('.gitignore', 'node_modules/\n*.yaml\n');
    await c.watched([{ rel: '.gitignore', type: 2 }]);
    await c.waitFor(() => !c.codes('secret.yaml').includes('KA023'), 'cleared');
    c.remove('.gitignore');
    await c.watched([{ rel: '.gitignore', type: 3 }]);
    await c.waitFor(() => c.codes('secret.yaml').includes('KA023'), 'back after deletion');
    // A lab's starter copy opened in the editor is never reported.
    await c.open('lab1/depart/secret.yaml', SECRET);
    await c.change('lab1/depart/secret.yaml', `${SECRET}# edit\n`);
    await c.waitFor(() => c.diagnostics.has(c.uri('lab1/depart/secret.yaml')), 'depart published');
    assert.ok(!c.codes('lab1/depart/secret.yaml').includes('KA023'));
    await c.stop();

    c = new DiagnosticsClient({ 'secret.yaml': SECRET, 'cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  A: b\n' });
    await c.start();
    await c.waitFor(() => c.diagnostics.has(c.uri('secret.yaml')) && c.diagnostics.has(c.uri('cm.yaml')), 'both published');
    assert.ok(!c.codes('secret.yaml').includes('KA023'), c.dump());
  });
});
