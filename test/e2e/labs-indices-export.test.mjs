// Hints tied to diagnostics and the signed export, seen by a student in code-server (packaged extension). The workspace
// holds an instructor's lab (test/fixtures/lab-indices/cours) whose Service has a typo in its selector: the failed
// check shows diagnostic KA001 (the Problems panel's sentence) with a link that opens the file on the line; the hints
// come one by one (the lab's two, then the diagnostic's fix) and are counted; « Exporter ma progression » asks the
// name once and writes a JSON signed with the class key (setting kubeApprenti.labs.cleClasse) and a CSV, which the
// built CLI (`lab grade`) accepts as valid.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startClusterSession, labFrame, runCommand, shot } from './workbench.mjs';

const LAB = 'e2e-indices';
const KEY = 'ENSAI-2026-groupe-B';
const EXPORT = 'progression-kube-apprenti-camille-martin.json';
let s;
let f; // the panel's webview frame


before(async () => {
  s = await startClusterSession('labs-indices', 'test/fixtures/lab-indices', 'cours/lab.yaml', { settings: { 'kubeApprenti.labs.cleClasse': KEY } });
});
after(async () => { await s?.close(); });

test('l’étudiant démarre le lab du formateur', async () => {
  await runCommand(s.page, 'Kube Apprenti: Open the guided labs'); // English display language: package.nls.json
  f = await labFrame(s.page);
  const card = f.locator(`#lab-list li.lab-card[data-lab-id="${LAB}"]`);
  await card.waitFor({ timeout: 30000 });
  await card.locator('[data-action="open-lab"]').click();
  await f.locator(`#lab-view[data-lab-id="${LAB}"]`).waitFor();
  await f.locator('#btn-demarrer').click();
  await f.locator('#start-box').waitFor({ state: 'detached', timeout: 30000 });
  assert.ok(fs.existsSync(path.join(s.folder, LAB, 'k8s', 'redis-service.yaml')));
});

test('la vérification échoue et montre le diagnostic KA001 avec un lien vers la ligne', async () => {
  await f.locator('#btn-verifier').click();
  await f.locator('#step-status[data-status="failed"]').waitFor({ timeout: 60000 });
  const check = f.locator('#check-results li[data-check-index="0"]');
  assert.equal(await check.getAttribute('data-status'), 'failed');
  const diag = check.locator('.check-diagnostic[data-code="KA001"]');
  await diag.waitFor();
  const text = await diag.innerText();
  assert.match(text, /Diagnostic KA001[\u00a0 ]: Le sélecteur du Service redis \(app: rediss, tier: backend\) ne correspond aux labels d’aucun Pod/);
  const link = diag.locator('.diagnostic-link');
  assert.equal(await link.innerText(), 'k8s/redis-service.yaml, ligne 7');
  // The `manifeste.sans-diagnostic` check of the step points at the same diagnostic.
  assert.equal(await f.locator('#check-results li[data-check-index="1"] .check-diagnostic').getAttribute('data-code'), 'KA001');
  await shot(s.page, 'labs-indices-diagnostic');
});

test('le lien ouvre le fichier dans l’éditeur, curseur sur la ligne du diagnostic', async () => {
  await f.locator('#check-results li[data-check-index="0"] .diagnostic-link').click();
  await s.page.waitForFunction(() => document.querySelector('.tab.active')?.textContent?.includes('redis-service.yaml'), null, { timeout: 15000 });
  await s.page.locator('.statusbar-item', { hasText: /Ln 7, Col 1/ }).first().waitFor({ timeout: 15000 });
  await shot(s.page, 'labs-indices-ligne');
});

test('les indices viennent un par un : ceux du lab, puis la correction du diagnostic ; ils sont comptés', async () => {
  for (let i = 0; i < 3; i++) {
    await f.locator('#btn-indice').click();
    await f.locator(`#hints li[data-hint-index="${i}"]`).waitFor({ timeout: 15000 });
  }
  assert.match(await f.locator('#hints li[data-hint-index="0"]').innerText(), /Comparez les labels/);
  assert.match(await f.locator('#hints li[data-hint-index="1"]').innerText(), /Une lettre de trop/);
  assert.match(await f.locator('#hints li[data-hint-index="2"]').innerText(), /Correction proposée par le diagnostic KA001[\u00a0 ]: Aligner le sélecteur du Service sur les labels de «[\u00a0 ]Deployment redis[\u00a0 ]»/);
  await f.locator('#no-more-hints').waitFor();
  assert.equal(await f.locator('#btn-indice').count(), 0);
  assert.match(await f.locator('#hints-used').innerText(), /Indices utilisés[\u00a0 ]: 3\/3/);
});

test('« Exporter ma progression » demande le nom une fois et écrit un JSON signé et un CSV', async () => {
  await f.locator('#btn-exporter').click();
  const input = s.page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 15000 });
  await input.fill('Camille Martin');
  await s.page.keyboard.press('Enter');
  await f.locator('#notice', { hasText: 'Progression exportée et signée' }).waitFor({ timeout: 30000 });
  const file = path.join(s.folder, EXPORT);
  const data = JSON.parse(fs.readFileSync(file, 'utf8'));
  assert.equal(data.student, 'Camille Martin');
  assert.equal(data.format, 3);
  assert.equal(data.signature.algorithm, 'HMAC-SHA256');
  const step = data.labs.find((l) => l.id === LAB).details[0];
  assert.deepEqual({ id: step.id, attempts: step.attempts, checksPassed: step.checksPassed, checks: step.checks, hintsUsed: step.hintsUsed, solveUsed: step.solveUsed },
    { id: 'reparer', attempts: 1, checksPassed: 0, checks: 2, hintsUsed: 3, solveUsed: false });
  const csv = fs.readFileSync(file.replace(/\.json$/, '.csv'), 'utf8').trimEnd().split('\n');
  assert.ok(csv.includes('Camille Martin,e2e-indices,reparer,non,0,2,' + step.timeSpentS + ',3,non,non'), csv.join('\n'));
  assert.match(csv.at(-1), /^# signature HMAC-SHA256 [0-9a-f]{64}$/);
  // The instructor's side: the built CLI finds the signature valid with the class key, invalid after an edit.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ka-classe-'));
  fs.copyFileSync(file, path.join(dir, EXPORT));
  const grade = (args) => spawnSync(process.execPath, [path.resolve('dist/cli.js'), 'lab', 'grade', dir, ...args], { encoding: 'utf8' });
  const ok = grade(['--cle', KEY, '--format', 'json']);
  assert.equal(ok.status, 0, ok.stderr);
  assert.deepEqual(JSON.parse(ok.stdout).students.map((e) => [e.student, e.signature, e.hints]), [['Camille Martin', 'valid', 3]]);
  fs.writeFileSync(path.join(dir, EXPORT), JSON.stringify({ ...data, labs: data.labs.map((l) => ({ ...l, stepsPassed: 1 })) }));
  assert.equal(grade(['--cle', KEY]).status, 1);
  fs.rmSync(dir, { recursive: true, force: true });
  await shot(s.page, 'labs-indices-export');
});

test('un second export ne redemande pas le nom', async () => {
  await f.evaluate(() => { document.getElementById('notice').textContent = ''; });
  fs.rmSync(path.join(s.folder, EXPORT));
  await f.locator('#btn-exporter').click();
  await f.locator('#notice', { hasText: 'Progression exportée et signée' }).waitFor({ timeout: 30000 });
  assert.equal(await s.page.locator('.quick-input-widget input').isVisible(), false);
  assert.ok(fs.existsSync(path.join(s.folder, EXPORT)));
});
