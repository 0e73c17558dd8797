// « Appliquer le rendu »: a chart or an overlay rendered by the real ka-render becomes the documents of the same
// server-side apply as plain manifests (editor annotations removed, each object tied to its source file), with the
// equivalent commands; a render error is a French sentence and nothing to apply.
import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { RendererClient } from '../../../core/render/client';
import { renderApplyCommand, renderForApply } from '../../../core/render/forApply';
import { FIXTURES, requireRenderer } from './renderHarness';

describe('render for apply (ka-render → server-side apply documents)', function () {
  this.timeout(60000);
  let root: string;
  let client: RendererClient;
  before(() => { requireRenderer(); client = new RendererClient(); });
  after(() => client.dispose());
  beforeEach(() => { root = mkdtempSync(path.join(tmpdir(), 'ka-forapply-')); });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('an overlay: rendered objects with the nameSuffix, no origin annotation, each from its base file', async () => {
    cpSync(path.join(FIXTURES, 'kustomize'), root, { recursive: true });
    const dir = path.join(root, 'k8s', 'dev');
    const r = await renderForApply(client, { kind: 'kustomize', dir }, { cwd: root, namespace: 'demo' });
    assert.equal(r.error, undefined);
    const names = r.docs.map((d) => `${d.ref?.kind}/${d.ref?.name}`);
    assert.ok(names.includes('Deployment/frontend-dev'), names.join(', '));
    assert.ok(names.some((n) => /^ConfigMap\/frontend-config-dev-[a-z0-9]{10}$/.test(n)), names.join(', '));
    assert.ok(r.docs.every((d) => !d.body.includes('config.kubernetes.io/origin')), 'origin annotations are not sent');
    const dep = r.docs.find((d) => d.ref?.name === 'frontend-dev' && d.ref.kind === 'Deployment');
    assert.equal(dep?.file, path.join(root, 'k8s', 'base', 'frontend.yaml'));
    assert.equal(r.command, 'kubectl apply -k ./k8s/dev/ --server-side --field-manager=kube-apprenti -n demo');
  });

  it('an overlay that does not build (the course’s `- ./base` from inside dev/): a French sentence, nothing to apply', async () => {
    cpSync(path.join(FIXTURES, 'kustomize'), root, { recursive: true });
    const k = path.join(root, 'k8s', 'dev', 'kustomization.yaml');
    writeFileSync(k, readFileSync(k, 'utf8').replace('- ../base', '- ./base'));
    const r = await renderForApply(client, { kind: 'kustomize', dir: path.join(root, 'k8s', 'dev') }, { cwd: root });
    assert.deepEqual(r.docs, []);
    assert.match(r.error ?? '', /^Le rendu de l’overlay a échoué\s:\srien n’a été appliqué\. /);
    assert.match(r.error ?? '', /\(k8s\/dev\/kustomization\.yaml:5\)$/);
  });

  it('a chart: release named after the folder, objects from their templates, helm template | kubectl apply', async () => {
    cpSync(path.join(FIXTURES, 'helm', 'monsterchart'), path.join(root, 'monsterchart'), { recursive: true });
    const dir = path.join(root, 'monsterchart');
    writeFileSync(path.join(dir, 'values-dev.yaml'), 'frontend:\n  image:\n    tag: "2.0"\n');
    const r = await renderForApply(client, { kind: 'helm', dir }, { cwd: root, values: [path.join(dir, 'values-dev.yaml')] });
    assert.equal(r.error, undefined);
    assert.equal(r.release, 'monsterchart');
    const front = r.docs.find((d) => d.ref?.kind === 'Deployment' && /frontend/.test(d.ref.name));
    assert.ok(front, r.docs.map((d) => d.ref?.name).join(', '));
    assert.equal(front.file, path.join(dir, 'templates', 'frontend.yaml'));
    assert.match(front.body, /:2\.0/);
    assert.equal(r.command, 'helm template monsterchart ./monsterchart -f monsterchart/values-dev.yaml | kubectl apply --server-side --field-manager=kube-apprenti -f -');
  });

  it('a chart whose template does not render: the diagnostic’s sentence and its line', async () => {
    cpSync(path.join(FIXTURES, 'helm', 'monsterchart'), path.join(root, 'monsterchart'), { recursive: true });
    const t = path.join(root, 'monsterchart', 'templates', 'redis.yaml');
    writeFileSync(t, readFileSync(t, 'utf8').replace('include "monsterchart.fullname"', 'inclde "monsterchart.fullname"'));
    const r = await renderForApply(client, { kind: 'helm', dir: path.join(root, 'monsterchart') }, { cwd: root });
    assert.deepEqual(r.docs, []);
    assert.match(r.error ?? '', /^Le rendu du chart a échoué\s:\srien n’a été appliqué\. .*inclde.*\(monsterchart\/templates\/redis\.yaml:\d+\)$/);
  });

  it('the equivalent commands quote what needs it and carry the dry run', () => {
    assert.equal(renderApplyCommand({ kind: 'kustomize', dir: '/w/my overlay' }, { cwd: '/w', dryRun: true }),
      "kubectl apply -k './my overlay/' --server-side --field-manager=kube-apprenti --dry-run=server");
  });
});
