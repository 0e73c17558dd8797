// « Appliquer le rendu » in code-server, with the local cluster's `etudiant` account (edit in user-etudiant): open the
// `dev` overlay of the course's Kustomize TP, click the CodeLens of its kustomization.yaml, read the French result,
// then ask the API server (not the UI) for the rendered objects: they exist with the overlay's nameSuffix, applied
// server-side by Kube Apprenti; then break the overlay as the course's listing does (`- ./base` from inside dev/):
// a French error, nothing applied.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { startStudentSession, openFile, shot } from './workbench.mjs';

const clusterDir = process.env.KA_CLUSTER_DIR || path.resolve('.cluster');
const state = JSON.parse(fs.readFileSync(path.join(clusterDir, 'state.json'), 'utf8'));
const kubectl = (...args) => spawnSync(path.join(state.bin, 'kubectl'), ['--kubeconfig', path.join(clusterDir, 'admin.kubeconfig'), '-n', 'user-etudiant', ...args], { encoding: 'utf8' });
const suffix = `-e2e${Date.now().toString(36)}`;

/** The ka-render built by scripts/renderer-build.sh (npm test builds it), as core/render/locate.ts finds it. */
function renderer() {
  const goMod = fs.readFileSync('renderer/go.mod', 'utf8');
  const hv = /helm\.sh\/helm\/v4\s+v([\d.]+)/.exec(goMod)[1];
  const kv = /sigs\.k8s\.io\/kustomize\/api\s+v([\d.]+)/.exec(goMod)[1];
  const arch = { x64: 'amd64', arm64: 'arm64' }[process.arch];
  const bin = path.join(process.env.KUBE_APPRENTI_CACHE || path.join(os.homedir(), '.cache', 'kube-apprenti'), `renderer-helm-${hv}-kustomize-${kv}`, `linux-${arch}`, 'ka-render');
  assert.ok(fs.existsSync(bin), `${bin} missing: run bash scripts/renderer-build.sh`);
  return bin;
}

let s;
before(async () => {
  const fixture = fs.mkdtempSync(path.join(process.env.KA_WORK || '.test-work', 'fx-'));
  fs.cpSync('test/fixtures/kustomize', fixture, { recursive: true });
  // A suffix of its own: objects of an earlier run cannot make this one pass.
  const k = path.join(fixture, 'k8s', 'dev', 'kustomization.yaml');
  fs.writeFileSync(k, fs.readFileSync(k, 'utf8').replace('nameSuffix: -dev', `nameSuffix: ${suffix}`));
  s = await startStudentSession('kustomize-appliquer', fixture, {
    env: { KUBECONFIG: path.join(clusterDir, 'etudiant.kubeconfig'), KUBE_APPRENTI_RENDERER: renderer() },
  });
});
after(async () => {
  await s?.close();
  const names = JSON.parse(kubectl('get', 'all,configmap,ingress,pvc', '-o', 'json').stdout || '{"items":[]}').items
    .filter((o) => o.metadata.name.includes(suffix)).map((o) => `${o.kind.toLowerCase()}/${o.metadata.name}`);
  if (names.length) kubectl('delete', ...names, '--ignore-not-found', '--wait=false');
});

test('« Appliquer le rendu » sur le kustomization.yaml de l’overlay dev crée les objets rendus, avec le suffixe de l’overlay', async () => {
  const { page } = s;
  await openFile(page, 'k8s/dev/kustomization.yaml');
  const lens = page.locator('.contentWidgets .codelens-decoration a', { hasText: 'Appliquer le rendu' }).first();
  await lens.waitFor({ timeout: 60000 });
  await shot(page, 'kustomize-codelens');
  await lens.click();
  const toast = page.locator('.notifications-toasts .notification-toast', { hasText: /objets appliqués/ }).first();
  await toast.waitFor({ timeout: 60000 });
  assert.match(await toast.innerText(), /Kube Apprenti/);
  assert.match(await toast.innerText(), /créés/);
  await shot(page, 'kustomize-applique');

  const dep = kubectl('get', 'deployment', `frontend${suffix}`, '-o', 'json', '--show-managed-fields');
  assert.equal(dep.status, 0, dep.stderr);
  const obj = JSON.parse(dep.stdout);
  assert.ok(obj.metadata.managedFields.some((f) => f.manager === 'kube-apprenti' && f.operation === 'Apply'), 'server-side apply with our field manager');
  assert.equal(obj.metadata.annotations?.['config.kubernetes.io/origin'], undefined, 'the editor’s origin annotations are not sent');
  const cm = obj.spec.template.spec.containers[0].envFrom[0].configMapRef.name;
  assert.match(cm, new RegExp(`^frontend-config${suffix}-[a-z0-9]{10}$`), 'the generated ConfigMap, with suffix and hash');
  const config = kubectl('get', 'configmap', cm, '-o', 'jsonpath={.data.CONTEXT}');
  assert.equal(config.status, 0, config.stderr);
  assert.equal(config.stdout, 'DEV', 'the dev overlay’s generator replaced the base’s literals');
  for (const name of [`service/frontend${suffix}`, `service/redis${suffix}`, `ingress/monsterstack${suffix}`]) {
    const r = kubectl('get', name, '-o', 'name');
    assert.equal(r.status, 0, `${name}: ${r.stderr}`);
  }
  const ing = kubectl('get', 'ingress', `monsterstack${suffix}`, '-o', 'jsonpath={.spec.rules[0].host}');
  assert.match(ing.stdout, /^dev\./, 'the dev patch of the Ingress was applied');
});

test('un overlay qui ne se construit pas (« - ./base » depuis dev/) : message d’erreur en français, rien n’est appliqué', async () => {
  const { page } = s;
  await page.locator('.monaco-editor .view-line', { hasText: '- ../base' }).first().click();
  await page.keyboard.press('End');
  await page.keyboard.press('Home');
  // `- ../base` → `- ./base`: the course's listing, unsaved (the editor's text is what is rendered)
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Delete');
  await page.locator('.monaco-editor .view-line', { hasText: /^\s*-\s\.\/base\s*$/ }).first().waitFor({ timeout: 10000 });
  const before = kubectl('get', 'deployment', `frontend${suffix}`, '-o', 'jsonpath={.metadata.generation}').stdout;
  await page.locator('.contentWidgets .codelens-decoration a', { hasText: 'Appliquer le rendu' }).first().click();
  const toast = page.locator('.notifications-toasts .notification-toast', { hasText: /Le rendu de l’overlay a échoué/ }).first();
  await toast.waitFor({ timeout: 60000 });
  const text = await toast.innerText();
  assert.match(text, /rien n’a été appliqué/);
  assert.match(text, /\.\.\/base/, 'the fix is named');
  await shot(page, 'kustomize-erreur');
  assert.equal(kubectl('get', 'deployment', `frontend${suffix}`, '-o', 'jsonpath={.metadata.generation}').stdout, before);
});
