// Cluster features in code-server, with the local cluster's `etudiant` account (edit in user-etudiant), as on
// SSPCloud: click « Appliquer » on the CodeLens, read the French result, then see the Deployment in the cluster tree
// with its Pods becoming Ready.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { startStudentSession, openFile, shot, runCommand } from './workbench.mjs';

const clusterDir = process.env.KA_CLUSTER_DIR || path.resolve('.cluster');
const state = JSON.parse(fs.readFileSync(path.join(clusterDir, 'state.json'), 'utf8'));
const kubectl = (...args) => spawnSync(path.join(state.bin, 'kubectl'), ['--kubeconfig', path.join(clusterDir, 'admin.kubeconfig'), '-n', 'user-etudiant', ...args], { encoding: 'utf8' });
const name = `e2e-web-${Date.now().toString(36)}`;
let s;

before(async () => {
  const fixture = fs.mkdtempSync(path.join(process.env.KA_WORK || '.test-work', 'fx-'));
  fs.writeFileSync(path.join(fixture, 'web.yaml'), fs.readFileSync('test/fixtures/ws-cluster/web.yaml', 'utf8').replaceAll('NOM', name));
  s = await startStudentSession('appliquer', fixture, { env: { KUBECONFIG: path.join(clusterDir, 'etudiant.kubeconfig') } });
});
after(async () => {
  await s?.close();
  kubectl('delete', 'deployment,service', name, '--ignore-not-found', '--wait=false');
});

test('« Appliquer » (CodeLens) crée les objets et annonce le résultat en français', async () => {
  const { page } = s;
  await openFile(page, 'web.yaml');
  const lens = page.locator('.contentWidgets .codelens-decoration a', { hasText: 'Appliquer' }).first();
  await lens.waitFor({ timeout: 60000 });
  await shot(page, 'appliquer-codelens');
  await lens.click();
  const toast = page.locator('.notifications-toasts .notification-toast', { hasText: /créé/ }).first();
  await toast.waitFor({ timeout: 60000 });
  assert.match(await toast.innerText(), /Kube Apprenti/);
  // the rollout is followed live and its end announced: as a toast, or (KWOK makes the Pods ready within a second,
  // and VS Code may then keep the second message in the notification centre) in the notification centre
  const done = page.locator('.notifications-toasts .notification-toast, .notifications-center .notification-list-item', { hasText: 'Déploiement terminé' }).first();
  if (!(await done.waitFor({ timeout: 15000 }).then(() => true, () => false))) {
    await runCommand(page, 'Notifications: Show Notifications');
    await done.waitFor({ timeout: 60000 });
  }
  assert.match(await done.innerText(), /Deployment « .* » tourne avec sa nouvelle version \(2\/2 Pods disponibles\)/);
  await shot(page, 'appliquer-resultat');
  const r = kubectl('get', 'deployment', name, '-o', 'jsonpath={.metadata.managedFields[*].manager}');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /kube-apprenti/, 'server-side apply with our field manager');
});

test('l’arbre du cluster montre le Deployment et ses Pods prêts', async () => {
  const { page } = s;
  await page.locator('.activitybar .action-item a[aria-label*="Kube Apprenti"]').first().click();
  const tree = page.locator('.pane', { hasText: 'Cluster' }).locator('.monaco-list').first();
  await tree.waitFor({ timeout: 30000 });
  const row = (text) => tree.locator('.monaco-list-row', { hasText: text }).first();
  const expand = async (text) => {
    const r = row(text);
    await r.waitFor({ timeout: 60000 });
    if ((await r.getAttribute('aria-expanded')) === 'false') await r.click();
  };
  await expand('user-etudiant');
  await expand('Charges de travail');
  await expand('Deployments');
  const dep = row(name);
  await dep.waitFor({ timeout: 60000 });
  await page.waitForFunction(([n]) => [...document.querySelectorAll('.monaco-list-row')].some((e) => e.textContent.includes(n) && /2\/2/.test(e.textContent)), [name], { timeout: 60000 });
  await expand(name);
  await shot(page, 'arbre-deployment');
  assert.match(await dep.innerText(), /2\/2/);
});
