// Guided lab, seen by a student in code-server (packaged extension, local cluster, namespace `default`): they open the
// « Premier Pod » lab, start it, fail the first step, read a hint, fix the file in the editor, check again (ticked),
// then apply the file from the panel and see the cluster step ticked. The lab's objects are removed at the end with
// « Réinitialiser l'étape », which starts the step over but keeps the time already spent on it (the export says so).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startClusterSession, labFrame, runCommand, shot } from './workbench.mjs';

const LAB = 'l01-premier-pod';
let s;
let f; // the panel's webview frame


// Opening a manifest activates the extension; the connection in the status bar means the cluster features are loaded.
before(async () => { s = await startClusterSession('labs', 'test/fixtures/ws', 'application/service.yaml'); });
after(async () => { await s?.close(); });

test('l’étudiant ouvre les labs guidés et choisit « Premier Pod »', async () => {
  await runCommand(s.page, 'Kube Apprenti: Open the guided labs'); // English display language: package.nls.json
  f = await labFrame(s.page);
  const card = f.locator(`#lab-list li.lab-card[data-lab-id="${LAB}"]`);
  await card.waitFor({ timeout: 30000 });
  assert.match(await card.innerText(), /Premier Pod\s: lancer Redis dans le cluster/);
  assert.ok(await f.locator('#lab-list .lab-card').count() >= 12);
  await shot(s.page, 'labs-liste');
  await card.locator('[data-action="open-lab"]').click();
  await f.locator(`#lab-view[data-lab-id="${LAB}"]`).waitFor();
  await f.locator('#btn-demarrer').click();
  await f.locator('#start-box').waitFor({ state: 'detached', timeout: 30000 });
  // the starting file is opened in the editor next to the panel
  await s.page.waitForFunction(() => [...document.querySelectorAll('.tab')].some((t) => t.textContent?.includes('redis-pod.yaml')), null, { timeout: 30000 });
  assert.ok(fs.existsSync(path.join(s.folder, LAB, 'k8s', 'redis-pod.yaml')));
});

test('la première vérification échoue avec les messages du lab, en français', async () => {
  await f.locator('#btn-verifier').click();
  await f.locator('#step-status[data-status="failed"]').waitFor({ timeout: 60000 });
  const first = f.locator('#check-results li[data-check-index="0"]');
  assert.equal(await first.getAttribute('data-status'), 'failed');
  assert.match(await first.innerText(), /Aucun Pod nommé «\sredis\s» dans vos manifestes\s: vérifiez metadata\.name\./);
  await shot(s.page, 'labs-echec');
});

test('l’étudiant lit un indice (au clavier)', async () => {
  await f.locator('#btn-indice').focus();
  await s.page.keyboard.press('Enter');
  const hint = f.locator('#hints li[data-hint-index="0"]');
  await hint.waitFor();
  assert.match(await hint.innerText(), /quatre parties/);
});

test('il corrige le fichier dans l’éditeur : l’étape est cochée', async () => {
  // « Ouvrir le fichier » in the step's code block opens it in the editor next to the panel, with the focus.
  await f.locator('#step-text [data-action="open-file"][data-path="k8s/redis-pod.yaml"]').click();
  await s.page.waitForFunction(() => document.querySelector('.tab.active')?.textContent?.includes('redis-pod.yaml'), null, { timeout: 15000 });
  // The file's own editor (the lab panel is a webview in another group, which may still hold the focus).
  const editor = s.page.locator('.monaco-editor .view-lines', { hasText: 'Premier Pod : Redis' }).first();
  await editor.waitFor({ timeout: 15000 });
  // Pasted like a student pasting from the course (typing would be re-indented by the editor).
  await s.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await s.page.evaluate((text) => navigator.clipboard.writeText(text), [
    'apiVersion: v1', 'kind: Pod', 'metadata:', '  name: redis', '  labels:', '    app: redis', '    tier: backend',
    'spec:', '  containers:', '    - name: redis', '      image: redis:7.2-alpine', '      ports:', '        - containerPort: 6379', '',
  ].join('\n'));
  const dirty = s.page.locator('.tab.dirty', { hasText: 'redis-pod.yaml' }).first();
  for (let i = 0; i < 3; i++) {
    await editor.click();
    await s.page.keyboard.press('Control+A');
    await s.page.keyboard.press('Control+V');
    if (await dirty.waitFor({ timeout: 5000 }).then(() => true, () => false)) break;
  }
  await dirty.waitFor({ timeout: 5000 });
  await s.page.keyboard.press('Control+S');
  await dirty.waitFor({ state: 'detached', timeout: 15000 });
  const saved = fs.readFileSync(path.join(s.folder, LAB, 'k8s', 'redis-pod.yaml'), 'utf8');
  assert.match(saved, /^ {8}- containerPort: 6379$/m, saved);
  await f.locator('#btn-verifier').click();
  await f.locator('#step-status[data-status="passed"]').waitFor({ timeout: 60000 });
  assert.equal(await f.locator('#step-list [data-step-id="ecrire"]').getAttribute('data-status'), 'passed');
  assert.match(await f.locator('#lab-progress-text').innerText(), /1\/4/);
  await shot(s.page, 'labs-etape-cochee');
});

test('il applique le fichier depuis le panneau : l’étape du cluster est cochée', async () => {
  await f.locator('#btn-suivante').click();
  await f.locator('#step[data-step-id="appliquer"]').waitFor();
  await f.locator('#btn-appliquer-fichiers').click();
  await f.locator('#notice', { hasText: 'créé' }).waitFor({ timeout: 60000 });
  await f.locator('#btn-verifier').click();
  await f.locator('#step-status[data-status="passed"]').waitFor({ timeout: 60000 });
  assert.equal(await f.locator('#check-results li[data-check-index="0"]').getAttribute('data-status'), 'passed');
  assert.match(await f.locator('#lab-progress-text').innerText(), /2\/4/);
  await shot(s.page, 'labs-cluster-coche');
});

/** « Exporter ma progression » (the name is asked the first time): the exported step `appliquer`. */
async function exportedStep() {
  await f.locator('#btn-exporter').click();
  const input = s.page.locator('.quick-input-widget input');
  if (await input.waitFor({ state: 'visible', timeout: 5000 }).then(() => true, () => false)) {
    await input.fill('Camille Martin');
    await s.page.keyboard.press('Enter');
  }
  await f.locator('#notice', { hasText: 'Progression exportée' }).waitFor({ timeout: 30000 });
  const data = JSON.parse(fs.readFileSync(path.join(s.folder, 'progression-kube-apprenti-camille-martin.json'), 'utf8'));
  return data.labs.find((l) => l.id === LAB).details.find((d) => d.id === 'appliquer');
}

let beforeReset;
test('« Réinitialiser l’étape » supprime seulement l’objet créé par le lab', async () => {
  beforeReset = await exportedStep();
  assert.ok(beforeReset.passedAt, JSON.stringify(beforeReset));
  assert.equal(beforeReset.resets, undefined);
  await f.locator('#btn-reinitialiser').click();
  const confirm = s.page.locator('.monaco-dialog-box, .dialog-box').filter({ hasText: 'Pod/redis' });
  await confirm.waitFor({ timeout: 30000 });
  assert.match(await confirm.innerText(), /Supprimer les 1 objet\(s\) créé\(s\) par ce lab dans le namespace default \(Pod\/redis\)/);
  await s.page.getByRole('button', { name: 'Supprimer et recommencer l’étape' }).or(s.page.getByRole('button', { name: "Supprimer et recommencer l'étape" })).click();
  await f.locator('#notice', { hasText: 'supprimé' }).waitFor({ timeout: 30000 });
});

test('la réinitialisation recommence l’étape mais garde le temps déjà passé : l’export la compte', async () => {
  await f.locator('#step-list [data-step-id="appliquer"]:not([data-status="passed"])').waitFor({ timeout: 15000 });
  const after = await exportedStep();
  // The pass is forgotten (the step starts over), the time already spent is not: the same as just before the reset.
  assert.equal(after.passedAt, undefined, JSON.stringify(after));
  assert.equal(after.resets, 1);
  assert.equal(after.timeSpentS, beforeReset.timeSpentS);
  assert.equal(after.attempts, beforeReset.attempts);
});
