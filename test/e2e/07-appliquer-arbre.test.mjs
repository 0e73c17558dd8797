// Cluster features in code-server, with the local cluster's `etudiant` account (edit in user-etudiant), as on
// SSPCloud: click « Appliquer » on the CodeLens, read the French result, then see the Deployment in the cluster tree
// with its Pods becoming Ready.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { clusterTree, openFile, runCommand, shot, startStudentSession } from './workbench.mjs';

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
  assert.match(await done.innerText(), /Deployment «\s.*\s» tourne avec sa nouvelle version \(2\/2 Pods disponibles\)/);
  await shot(page, 'appliquer-resultat');
  const r = kubectl('get', 'deployment', name, '-o', 'jsonpath={.metadata.managedFields[*].manager}');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /kube-apprenti/, 'server-side apply with our field manager');
});

test('l’arbre du cluster montre le Deployment et ses Pods prêts', async () => {
  const { page } = s;
  const { row, expand } = await clusterTree(page);
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

test('la barre d’état montre contexte, espace de noms et droits ; un clic permet de changer d’espace de noms', async () => {
  const { page } = s;
  const status = (text) => page.locator('.statusbar-item', { hasText: text }).first();
  await status('user-etudiant').waitFor({ timeout: 60000 });
  assert.match(await status('user-etudiant').innerText(), /user-etudiant · édition/);
  const chooseNamespace = async (from, name) => {
    await status(`${from} · `).click();
    await page.locator('.quick-input-widget input[placeholder^="Que voulez-vous changer"]').waitFor({ timeout: 15000 });
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Changer d’espace de noms' }).first().click();
    // the student's account may not list namespaces: the input box says so and checks the name as it is typed
    await page.locator('.quick-input-widget', { hasText: 'Vous ne pouvez pas lister les espaces de noms' }).waitFor({ timeout: 15000 });
    const box = page.locator('.quick-input-widget input');
    await box.fill('Pas_Valide');
    await page.locator('.quick-input-widget', { hasText: 'seulement des minuscules, des chiffres et des tirets' }).waitFor({ timeout: 10000 });
    await box.fill(name);
    await page.keyboard.press('Enter');
  };
  await chooseNamespace('user-etudiant', 'autre-espace');
  await status('autre-espace').waitFor({ timeout: 30000 });
  // no RoleBinding there: the access review says so in the status bar
  await page.waitForFunction(() => [...document.querySelectorAll('.statusbar-item')].some((e) => /autre-espace · aucun droit/.test(e.textContent)), undefined, { timeout: 30000 });
  await shot(page, 'barre-etat-autre-espace');
  await chooseNamespace('autre-espace', 'user-etudiant');
  await page.waitForFunction(() => [...document.querySelectorAll('.statusbar-item')].some((e) => /user-etudiant · édition/.test(e.textContent)), undefined, { timeout: 30000 });
});
