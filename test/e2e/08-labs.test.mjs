// Guided lab in code-server, as a student: open the labs panel, start « Premier Pod », check the step and fail it,
// read a hint, fix the file in the editor, check again (step ticked), apply it with the CodeLens and see the cluster
// step ticked too. Runs with the local cluster's `etudiant` account (namespace user-etudiant).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { startStudentSession, openFile, runCommand, shot } from './workbench.mjs';

const clusterDir = process.env.KA_CLUSTER_DIR || path.resolve('.cluster');
const state = JSON.parse(fs.readFileSync(path.join(clusterDir, 'state.json'), 'utf8'));
const kubectl = (...args) => spawnSync(path.join(state.bin, 'kubectl'), ['--kubeconfig', path.join(clusterDir, 'admin.kubeconfig'), '-n', 'user-etudiant', ...args], { encoding: 'utf8' });
const SOLUTION = fs.readFileSync('labs/l01-premier-pod/solution/ecrire/k8s/redis-pod.yaml', 'utf8');
let s;
let panel;

before(async () => {
  kubectl('delete', 'pod', 'redis', '--ignore-not-found', '--wait=true');
  s = await startStudentSession('labs', 'test/fixtures/ws-vide', { env: { KUBECONFIG: path.join(clusterDir, 'etudiant.kubeconfig') } });
});
after(async () => {
  await s?.close();
  kubectl('delete', 'pod', 'redis', '--ignore-not-found', '--wait=false');
});

/** The lab panel's document: a webview is an iframe holding the "active-frame" iframe. */
function labFrame(page) {
  return page.frameLocator('iframe.webview.ready').last().frameLocator('iframe#active-frame');
}

test('ouvrir le panneau et démarrer le lab « Premier Pod »', async () => {
  const { page } = s;
  await runCommand(page, 'Kube Apprenti: Ouvrir les labs guidés');
  panel = labFrame(page);
  const card = panel.locator('[data-lab-id="l01-premier-pod"] vscode-button[data-action="open-lab"]');
  await card.waitFor({ timeout: 60000 });
  await card.click();
  await panel.locator('#btn-demarrer').click();
  await panel.locator('#btn-verifier:not([disabled])').waitFor({ timeout: 30000 });
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'l01-premier-pod' }).first().waitFor({ timeout: 30000 });
  await shot(page, 'lab-demarre');
});

test('« Vérifier » échoue sur le fichier de départ avec un message en français, et un indice s’affiche', async () => {
  const { page } = s;
  await panel.locator('#btn-verifier').click();
  await panel.locator('#step[data-status="échouée"]').waitFor({ timeout: 60000 });
  const failed = panel.locator('#check-results .check[data-status="échouée"]').first();
  await failed.waitFor();
  assert.match(await failed.innerText(), /Aucun Pod nommé « redis »/);
  await panel.locator('#btn-indice').click();
  const hint = panel.locator('#hints li').first();
  await hint.waitFor({ timeout: 15000 });
  assert.match(await hint.innerText(), /apiVersion.*kind.*metadata.*spec/s);
  await shot(page, 'lab-echec-indice');
});

test('après correction du fichier, l’étape est cochée ; après « Appliquer », l’étape cluster aussi', async () => {
  const { page } = s;
  await openFile(page, 'l01-premier-pod/k8s/redis-pod.yaml');
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(SOLUTION);
  await page.keyboard.press('Control+S');
  await page.locator('.tab.active.dirty').waitFor({ state: 'detached', timeout: 15000 });
  // back to the panel: check the first step
  await page.locator('.tab', { hasText: /labs|Labs/ }).first().click();
  await panel.locator('#btn-verifier').click();
  await panel.locator('#step[data-status="réussie"]').waitFor({ timeout: 60000 });
  assert.equal(await panel.locator('#check-results .check[data-status="échouée"]').count(), 0);
  await shot(page, 'lab-etape-reussie');
  // next step: apply with the CodeLens above the manifest, then check
  await panel.locator('#btn-suivante').click();
  await panel.locator('#step[data-step-id="appliquer"]').waitFor({ timeout: 15000 });
  await openFile(page, 'l01-premier-pod/k8s/redis-pod.yaml');
  const lens = page.locator('.contentWidgets .codelens-decoration a', { hasText: 'Appliquer' }).first();
  await lens.waitFor({ timeout: 60000 });
  await lens.click();
  await page.locator('.notifications-toasts .notification-toast', { hasText: /créé/ }).first().waitFor({ timeout: 60000 });
  await page.locator('.tab', { hasText: /labs|Labs/ }).first().click();
  await panel.locator('#btn-verifier').click();
  await panel.locator('#step[data-status="réussie"][data-step-id="appliquer"]').waitFor({ timeout: 120000 });
  await panel.locator('.step-link[data-step-id="ecrire"][data-status="réussie"]').waitFor();
  assert.match(await panel.locator('#lab-progress-text').innerText(), /2\/4/);
  await shot(page, 'lab-etape-cluster-reussie');
  assert.equal(kubectl('get', 'pod', 'redis', '-o', 'jsonpath={.status.phase}').stdout, 'Running');
});
