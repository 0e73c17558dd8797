// KA038 on a kind/apiVersion pair Kubernetes never served (`batch/v1beta1` Job, was silently accepted) and on a
// removed one (`autoscaling/v2beta2` HPA on 1.36): the French diagnostic and its quick fix through the language
// server over stdio, and the same finding from the built CLI. `node esbuild.mjs` first.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-protocol';
import { DiagnosticsClient, messageOf, SERVER } from './diagnostics.client';

const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');
const JOB = `apiVersion: batch/v1beta1
kind: Job
metadata:
  name: etl
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: etl
          image: python:3.9-slim
`;
const HPA = `apiVersion: autoscaling/v2beta2
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: web
  minReplicas: 1
  maxReplicas: 3
`;

function applyEdits(text: string, edits: TextEdit[]): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  for (const e of [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start))) {
    text = text.slice(0, offset(e.range.start)) + e.newText + text.slice(offset(e.range.end));
  }
  return text;
}

describe('KA038 never-served and removed apiVersions (language server over stdio)', function () {
  this.timeout(60000);
  let c: DiagnosticsClient;
  before(() => assert.ok(existsSync(SERVER), `${SERVER} missing: run node esbuild.mjs first`));
  afterEach(async () => { await c?.stop(); });

  const ka038 = (file: string): Diagnostic | undefined => c.of(file).find((d) => d.code === 'KA038');

  it('batch/v1beta1 Job: a French error on the apiVersion, whose quick fix writes batch/v1 and clears it', async () => {
    c = new DiagnosticsClient({ 'job.yaml': JOB, 'hpa.yaml': HPA });
    await c.start({ langue: 'fr', versionKubernetes: '1.36' });
    await c.waitFor(() => ka038('job.yaml') !== undefined, 'KA038 on the Job');
    const d = ka038('job.yaml')!;
    assert.equal(d.severity, 1);
    assert.deepEqual(d.range, { start: { line: 0, character: 12 }, end: { line: 0, character: 25 } });
    assert.equal(messageOf(d), 'Kubernetes 1.36 ne sert pas les Job en `batch/v1beta1`\u00a0: cette apiVersion n’existe pas pour ce type d’objet. Utilisez `apiVersion: batch/v1`.');
    // Only errors on the document until it is fixed (no KA028 about resources yet).
    assert.deepEqual(c.codes('job.yaml'), ['KA038']);

    const actions = await c.conn.sendRequest('textDocument/codeAction', { textDocument: { uri: c.uri('job.yaml') }, range: d.range, context: { diagnostics: [d] } }) as CodeAction[];
    const fix = actions.find((a) => a.title === 'Remplacer par «\u00a0apiVersion: batch/v1\u00a0»');
    assert.ok(fix, JSON.stringify(actions.map((a) => a.title)));
    assert.equal(fix.isPreferred, true);
    const fixed = applyEdits(JOB, fix.edit!.changes![c.uri('job.yaml')]);
    assert.equal(fixed, JOB.replace('batch/v1beta1', 'batch/v1'));
    await c.open('job.yaml', JOB);
    await c.change('job.yaml', fixed);
    await c.waitFor(() => !c.codes('job.yaml').includes('KA038') && c.codes('job.yaml').includes('KA028'), 'fixed: no KA038, the content rules back');

    await c.waitFor(() => ka038('hpa.yaml') !== undefined, 'KA038 on the HPA');
    assert.match(messageOf(ka038('hpa.yaml')!), /^`autoscaling\/v2beta2` n’existe plus pour les HorizontalPodAutoscaler depuis Kubernetes 1\.26\. Utilisez `apiVersion: autoscaling\/v2`\./);
  });
});

describe('KA038 never-served and removed apiVersions: built CLI check', function () {
  this.timeout(60000);
  let dir: string;
  before(() => {
    assert.ok(existsSync(CLI), `${CLI} missing: run node esbuild.mjs first`);
    dir = mkdtempSync(join(tmpdir(), 'ka-cli-removed-api-'));
    writeFileSync(join(dir, 'job.yaml'), JOB);
    writeFileSync(join(dir, 'hpa.yaml'), HPA);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('gives the editor’s finding, position and message, and fails (exit 1)', () => {
    const r = spawnSync(process.execPath, [CLI, 'check', 'job.yaml', 'hpa.yaml', '--format', 'json'], { cwd: dir, encoding: 'utf8' });
    assert.equal(r.status, 1, r.stdout + r.stderr);
    const list = (JSON.parse(r.stdout) as Array<Record<string, unknown>>).filter((d) => d.code === 'KA038');
    assert.equal(list.length, 2, r.stdout);
    const job = list.find((d) => String(d.file).endsWith('job.yaml'))!;
    assert.equal(job.severity, 'error');
    assert.deepEqual([job.line, job.column], [1, 13]);
    assert.equal(job.message, 'Kubernetes 1.36 ne sert pas les Job en `batch/v1beta1`\u00a0: cette apiVersion n’existe pas pour ce type d’objet. Utilisez `apiVersion: batch/v1`.');
    const text = spawnSync(process.execPath, [CLI, 'check', 'job.yaml', '--version-kubernetes', '1.33'], { cwd: dir, encoding: 'utf8' });
    assert.equal(text.status, 1);
    assert.match(text.stdout, /job\.yaml:1:13: erreur KA038 Kubernetes 1\.33 ne sert pas les Job en `batch\/v1beta1`/);
  });
});
