// rendu.existe / rendu.champ on the texts of a working folder (as `lab check` and `lab verify --mutants` see them),
// rendered by the real ka-render; mutableFiles keeps the YAML mutations off Helm templates.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import type { Check } from '../../../core/labs/format/types';
import { mutableFiles } from '../../../core/labs/mutants/evaluate';
import { runCheck } from '../../../core/labs/runner';
import { disposeLabRenderer } from '../../../core/labs/workspace/rendered';
import { snapshotTexts } from '../../../core/labs/workspace/snapshot';
import { FIXTURES, requireRenderer } from '../render/renderHarness';

function textsOf(root: string, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    for (const n of readdirSync(dir)) {
      const p = path.join(dir, n);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(prefix + path.relative(root, p).split(path.sep).join('/'), readFileSync(p, 'utf8'));
    }
  };
  walk(root);
  return out;
}

const run = (check: Check, texts: Map<string, string>) => runCheck(check, 0, { lang: 'fr', workspace: snapshotTexts('/nowhere', texts), clock: { startedAt: 0 } });

describe('lab checks on rendered charts and overlays (rendu.*)', function () {
  this.timeout(60000);
  before(() => { requireRenderer(); });
  after(() => disposeLabRenderer());

  it('an overlay’s rendered object and field (suffix, generated ConfigMap with its hash)', async () => {
    const texts = textsOf(path.join(FIXTURES, 'kustomize'));
    assert.equal((await run({ type: 'rendu.existe', render: 'k8s/dev', resource: 'Deployment/frontend-dev', failMessage: 'x' }, texts)).status, 'passed');
    const cm = await run({ type: 'rendu.champ', render: 'k8s/dev', resource: 'Deployment/frontend-dev', path: 'spec.template.spec.containers[0].envFrom[0].configMapRef.name', matches: '^frontend-config-dev-[a-z0-9]{10}$', failMessage: 'x' }, texts);
    assert.equal(cm.status, 'passed', cm.detail);
    const prod = await run({ type: 'rendu.champ', render: 'k8s/prod', resource: 'Deployment/frontend-prod', path: 'spec.replicas', equals: 3, failMessage: 'Il faut 3 réplicas.' }, texts);
    assert.equal(prod.status, 'failed');
    assert.equal(prod.failMessage, 'Il faut 3 réplicas.');
    assert.match(prod.detail ?? '', /7/);
  });

  it('an object the render does not hold: the rendered objects are listed', async () => {
    const r = await run({ type: 'rendu.existe', render: 'k8s/dev', resource: 'Deployment/frontend', failMessage: 'x' }, textsOf(path.join(FIXTURES, 'kustomize')));
    assert.equal(r.status, 'failed');
    assert.match(r.detail ?? '', /ne contient pas Deployment\/frontend .*Deployment\/frontend-dev/);
  });

  it('the course’s trap (`- ./base` from inside dev/): fails with the renderer’s French sentence and its line', async () => {
    const texts = textsOf(path.join(FIXTURES, 'kustomize'));
    texts.set('k8s/dev/kustomization.yaml', texts.get('k8s/dev/kustomization.yaml')!.replace('- ../base', '- ./base'));
    const r = await run({ type: 'rendu.existe', render: 'k8s/dev', resource: 'Deployment/frontend-dev', failMessage: 'x' }, texts);
    assert.equal(r.status, 'failed');
    assert.match(r.detail ?? '', /overlay a échoué.*\.\.\/base.*\(k8s\/dev\/kustomization\.yaml:5\)/);
  });

  it('a chart with an extra values file (valeurs) — the template reads .Values', async () => {
    const texts = textsOf(path.join(FIXTURES, 'helm', 'monsterchart'), 'monsterchart/');
    texts.set('monsterchart/values-test.yaml', 'frontend:\n  image:\n    tag: "9.9"\n');
    const image = (values?: string[]) => run({ type: 'rendu.champ', render: 'monsterchart', values, resource: 'Deployment/frontend-monsterchart', path: 'spec.template.spec.containers[0].image', equals: 'tecp1/monstericon:9.9', failMessage: 'x' }, texts);
    assert.equal((await image(['monsterchart/values-test.yaml'])).status, 'passed');
    assert.equal((await image()).status, 'failed');
  });

  it('a folder that is neither a chart nor an overlay', async () => {
    const r = await run({ type: 'rendu.existe', render: 'k8s', resource: 'Deployment', failMessage: 'x' }, textsOf(path.join(FIXTURES, 'kustomize')));
    assert.equal(r.status, 'failed');
    assert.match(r.detail ?? '', /ni Chart\.yaml .* ni kustomization\.yaml/);
  });

  it('mutations leave a chart’s templates alone, not plain manifests nor a templates/ folder outside a chart', () => {
    const files = mutableFiles(new Map([
      ['c/Chart.yaml', ''], ['c/templates/a.yaml', ''], ['c/values.yaml', ''], ['k8s/templates/b.yaml', ''], ['k8s/web.yaml', ''], ['README.md', ''],
    ])).map(([f]) => f);
    assert.deepEqual(files, ['c/Chart.yaml', 'c/values.yaml', 'k8s/templates/b.yaml', 'k8s/web.yaml']);
  });
});
