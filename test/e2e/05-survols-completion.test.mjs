// Hovers and completion seen by a student in code-server: hovering a field shows the French explanation, and
// accepting a completion inserts a valid field with its allowed value.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startStudentSession, openFile, shot, showProblems, problemRow, hoverText, tokenOn } from './workbench.mjs';

let s;
before(async () => {
  s = await startStudentSession('survols-completion', 'test/fixtures/ws');
  // The language server is ready once it has published the workspace's diagnostics (the Service without Pods).
  await openFile(s.page, 'application/service.yaml');
  await showProblems(s.page);
  await problemRow(s.page, 'webapp', 120000);
});
after(async () => { await s?.close(); });

test('survoler `image` affiche l’explication française, l’erreur fréquente et kubectl explain', async () => {
  await openFile(s.page, 'application/deployment.yaml');
  const hover = await hoverText(s.page, 'image', { lineText: 'image: nginx' });
  assert.match(hover, /Image à lancer/);
  assert.match(hover, /Erreur fréquente/);
  assert.match(hover, /kubectl explain deployment\.spec\.template\.spec\.containers\.image/);
  await shot(s.page, 'schemas-survol-image');
  await s.page.mouse.move(5, 5);
  await s.page.keyboard.press('Escape');
});

test('accepter la complétion `imagePullPolicy` insère le champ avec une valeur autorisée', async () => {
  const { page } = s;
  await openFile(page, 'application/deployment.yaml');
  await tokenOn(page, 'image: nginx', 'nginx:1.27').click(); // focus the editor on that line
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('imagePu', { delay: 60 });
  await page.keyboard.press('Control+Space');
  const row = page.locator('.suggest-widget .monaco-list-row', { hasText: 'imagePullPolicy' }).first();
  await row.waitFor({ timeout: 30000 });
  await shot(page, 'schemas-completion-liste');
  await page.keyboard.press('Enter');
  // The snippet offers the allowed values as a choice: keep the first one.
  const choice = page.locator('.suggest-widget .monaco-list-row', { hasText: 'IfNotPresent' }).first();
  await choice.waitFor({ timeout: 15000 });
  await page.keyboard.press('Enter');
  const lines = (await page.locator('.monaco-editor .view-lines').first().innerText()).replace(/\u00a0/g, ' ');
  // Inserted in the container mapping (10 spaces), with the first allowed value.
  assert.match(lines, /\n {10}imagePullPolicy: Always(\n|$)/);
  await shot(page, 'schemas-completion-inseree');
});
