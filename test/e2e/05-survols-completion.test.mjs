// Hovers and completion seen by a student in code-server: hovering a field shows the French explanation, and
// accepting a completion inserts a valid field with its allowed value.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startStudentSession, openFile, hoverText, gotoLine, shot } from './workbench.mjs';

let s;
before(async () => { s = await startStudentSession('survols-completion', 'test/fixtures/ws'); });
after(async () => { await s?.close(); });

test('survoler `image` affiche l’explication française, l’erreur fréquente et kubectl explain', async () => {
  await openFile(s.page, 'application/deployment.yaml');
  const hover = await hoverText(s.page, 'image');
  assert.match(hover, /Image à lancer/);
  assert.match(hover, /Erreur fréquente/);
  assert.match(hover, /kubectl explain deployment\.spec\.template\.spec\.containers\.image/);
  await shot(s.page, 'schemas-survol-image');
  await s.page.keyboard.press('Escape');
});

test('accepter la complétion `imagePullPolicy` insère le champ avec une valeur autorisée', async () => {
  const { page } = s;
  await openFile(page, 'application/deployment.yaml');
  await gotoLine(page, 19, 30); // end of `image: nginx:1.27`
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('imagePu', { delay: 60 });
  await page.keyboard.press('Control+Space');
  const row = page.locator('.suggest-widget .monaco-list-row', { hasText: 'imagePullPolicy' }).first();
  await row.waitFor({ timeout: 30000 });
  await shot(page, 'schemas-completion-liste');
  await page.keyboard.press('Enter');
  // The snippet offers the allowed values as a choice: accept the first one.
  const choice = page.locator('.suggest-widget .monaco-list-row', { hasText: 'IfNotPresent' }).first();
  await choice.waitFor({ timeout: 15000 });
  await page.keyboard.press('Enter');
  const lines = await page.locator('.monaco-editor .view-lines').first().innerText();
  assert.match(lines.replace(/\u00a0/g, ' '), /image: nginx:1\.27\s*\n\s+imagePullPolicy: Always/);
  await shot(page, 'schemas-completion-inseree');
});
