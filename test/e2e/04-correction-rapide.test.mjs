// Language server in code-server: a cross-file diagnostic (Service selector vs the Deployment's labels in another
// file) and its quick fix applied from the editor's light bulb menu, like a student would.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startStudentSession, openFile, showProblems, problemRow, gotoLine, shot } from './workbench.mjs';

let s;
before(async () => { s = await startStudentSession('correction', 'test/fixtures/ws'); });
after(async () => { await s?.close(); });

test('la correction rapide aligne le sélecteur du Service sur les labels du Deployment (autre fichier)', async () => {
  const { page } = s;
  await openFile(page, 'application/service.yaml');
  await showProblems(page);
  const row = await problemRow(page, 'KA001', 90000);
  assert.match(await row.innerText(), /webapp/);
  // the related information names the other file
  await page.locator('.markers-panel .monaco-list-row', { hasText: 'deployment.yaml' }).first().waitFor({ timeout: 15000 });
  const item = page.locator('.action-widget .monaco-list-row', { hasText: 'Aligner le sélecteur' }).first();
  // Cursor on the selector, then the quick fix menu (again if the editor had not the focus yet).
  for (let i = 0; i < 3; i++) {
    await gotoLine(page, 6, 5);
    await page.keyboard.press('Control+.');
    if (await item.waitFor({ timeout: 8000 }).then(() => true, () => false)) break;
    await page.keyboard.press('Escape');
  }
  await item.waitFor({ timeout: 5000 });
  await shot(page, 'correction-rapide-menu');
  await item.click({ force: true });
  await page.locator('.monaco-editor .view-line', { hasText: 'app: webapp' }).first().waitFor({ timeout: 15000 });
  await page.locator('.markers-panel .monaco-list-row', { hasText: 'KA001' }).first().waitFor({ state: 'detached', timeout: 30000 });
  await shot(page, 'correction-rapide-appliquee');
});
