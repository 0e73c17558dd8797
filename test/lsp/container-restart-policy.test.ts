// KA046 on `restartPolicy` under a regular container follows the Kubernetes version: through the language server
// over stdio (kubeApprenti.versionKubernetes, at start and changed on the fly, with the quick fix as a code action)
// and through the built CLI (`check --version-kubernetes`), which must say the same. `node esbuild.mjs` first.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-protocol';
import { DiagnosticsClient, messageOf, SERVER } from './diagnostics.client';

const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');
const JOB = `apiVersion: batch/v1
kind: Job
metadata:
  name: etl
spec:
  template:
    spec:
      containers:
        - name: etl
          image: python:3.9-slim
          restartPolicy: Never
`;
const BOTH = JOB.replace('    spec:\n      containers:', '    spec:\n      restartPolicy: Never\n      containers:');

function applyEdits(text: string, edits: TextEdit[]): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  for (const e of [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start))) {
    text = text.slice(0, offset(e.range.start)) + e.newText + text.slice(offset(e.range.end));
  }
  return text;
}

describe('KA046 restartPolicy on a container, per kubeApprenti.versionKubernetes (language server over stdio)', function () {
  this.timeout(60000);
  let c: DiagnosticsClient;
  before(() => assert.ok(existsSync(SERVER), `${SERVER} missing: run node esbuild.mjs first`));
  afterEach(async () => { await c?.stop(); });

  const ka046 = (): Diagnostic | undefined => c.of('job.yaml').find((d) => d.code === 'KA046');

  it('1.34: an error; switched to 1.36: a warning whose quick fix moves the line to the Pod spec', async () => {
    c = new DiagnosticsClient({ 'job.yaml': JOB, 'both.yaml': BOTH });
    await c.start({ langue: 'fr', versionKubernetes: '1.34' });
    await c.waitFor(() => ka046()?.severity === 1, 'KA046 error under 1.34');
    assert.deepEqual(ka046()!.range.start, { line: 10, character: 10 });
    assert.match(messageOf(ka046()!), /n’est pas permis sur un conteneur ordinaire/);
    await c.waitFor(() => c.codes('both.yaml').includes('KA046'), 'KA046 error next to the Pod policy under 1.34');

    await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: { kubeApprenti: { versionKubernetes: '1.36', langue: 'en' } } });
    await c.waitFor(() => ka046()?.severity === 2, 'KA046 warning under 1.36');
    await c.waitFor(() => !c.codes('both.yaml').includes('KA046'), 'nothing next to the Pod policy under 1.36');
    const d = ka046()!;
    assert.deepEqual(d.range.start, { line: 10, character: 10 });
    assert.match(messageOf(d), /^Since Kubernetes 1\.35, a container’s `restartPolicy` only overrides the Pod’s/);
    assert.match(messageOf(d), /`spec\.template\.spec\.restartPolicy`/);
    const actions = await c.conn.sendRequest('textDocument/codeAction', { textDocument: { uri: c.uri('job.yaml') }, range: d.range, context: { diagnostics: [d] } }) as CodeAction[];
    const move = actions.find((a) => a.title === 'Move "restartPolicy: Never" to `spec.template.spec.restartPolicy`');
    assert.ok(move, JSON.stringify(actions.map((a) => a.title)));
    const fixed = applyEdits(JOB, move.edit!.changes![c.uri('job.yaml')]);
    assert.equal(fixed, BOTH.replace('          restartPolicy: Never\n', ''));
    await c.open('job.yaml', JOB);
    await c.change('job.yaml', fixed);
    await c.waitFor(() => !c.codes('job.yaml').includes('KA046') && !c.codes('job.yaml').includes('KA044'), 'fixed: no KA046, no KA044');
  });

  it('the default (1.36) at start: a warning, and KA044 for the Job without its Pod policy', async () => {
    c = new DiagnosticsClient({ 'job.yaml': JOB });
    await c.start({ langue: 'fr' });
    await c.waitFor(() => ka046()?.severity === 2 && c.codes('job.yaml').includes('KA044'), 'KA046 warning and KA044');
    assert.match(messageOf(ka046()!), /^Depuis Kubernetes 1\.35, le `restartPolicy` d’un conteneur ne remplace celui du Pod que pour ce conteneur/);
  });
});

describe('KA046 restartPolicy on a container: built CLI check --version-kubernetes', function () {
  this.timeout(60000);
  let dir: string;
  before(() => {
    assert.ok(existsSync(CLI), `${CLI} missing: run node esbuild.mjs first`);
    dir = mkdtempSync(join(tmpdir(), 'ka-cli-restart-'));
    writeFileSync(join(dir, 'job.yaml'), JOB);
    writeFileSync(join(dir, 'both.yaml'), BOTH);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const check = (file: string, ...args: string[]) => {
    const r = spawnSync(process.execPath, [CLI, 'check', file, '--format', 'json', ...args], { cwd: dir, encoding: 'utf8' });
    const list = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
    return { code: r.status, ka046: list.filter((d) => d.code === 'KA046'), raw: r.stdout };
  };

  it('1.34: an error (exit 1), also next to the Pod policy', () => {
    const r = check('job.yaml', '--version-kubernetes', '1.34');
    assert.equal(r.code, 1);
    assert.equal(r.ka046.length, 1, r.raw);
    assert.equal(r.ka046[0].severity, 'error');
    assert.deepEqual([r.ka046[0].line, r.ka046[0].column], [11, 11]);
    assert.equal(check('both.yaml', '--kubernetes-version', '1.34').ka046.length, 1);
  });

  it('1.36 (default): a warning with the same message as the editor, nothing next to the Pod policy', () => {
    for (const args of [[], ['--version-kubernetes', '1.36'], ['--version-kubernetes', '1.35']]) {
      const r = check('job.yaml', ...args, '--langue', 'en');
      assert.equal(r.ka046.length, 1, r.raw);
      assert.equal(r.ka046[0].severity, 'warning');
      assert.deepEqual([r.ka046[0].line, r.ka046[0].column], [11, 11]);
      assert.match(String(r.ka046[0].message), /^Since Kubernetes 1\.35, a container’s `restartPolicy` only overrides the Pod’s/);
      assert.equal(check('both.yaml', ...args).ka046.length, 0);
    }
  });

  it('refuses a version it does not know (exit 2)', () => {
    const r = spawnSync(process.execPath, [CLI, 'check', 'job.yaml', '--version-kubernetes', '1.20'], { cwd: dir, encoding: 'utf8' });
    assert.equal(r.status, 2);
  });
});
