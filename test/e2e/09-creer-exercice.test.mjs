// « Créer un exercice » as an instructor meets it in code-server: right-click a folder of manifests in the Explorer,
// accept the proposed seed, number of mistakes and output folder, then open the generated lab.yaml from the
// notification. The exercise is written next to the manifests (exercices/), its broken copy in depart/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startStudentSession, shot } from './workbench.mjs';

let s;
before(async () => { s = await startStudentSession('exercice', 'test/fixtures/ws'); });
after(async () => { await s?.close(); });

test('clic droit sur un dossier → « Créer un exercice » écrit l’exercice et ouvre son lab.yaml', async () => {
  const row = s.page.locator('.explorer-folders-view .monaco-list-row').filter({ hasText: /^\s*application\s*$/ }).first();
  await row.waitFor({ timeout: 60000 });
  // The extension's menu items appear once code-server has registered its contributions: open the menu again
  // until they are there (the item is looked for in the real context menu, as an instructor sees it).
  const item = s.page.locator('.monaco-menu .action-item', { hasText: 'Create an exercise from this folder' }).first();
  for (let attempt = 0; attempt < 10 && !(await item.isVisible().catch(() => false)); attempt++) {
    await s.page.keyboard.press('Escape');
    await s.page.waitForTimeout(attempt ? 3000 : 0);
    await row.click({ button: 'right' });
    await item.waitFor({ timeout: 3000 }).catch(() => undefined);
  }
  await item.waitFor({ timeout: 5000 }).catch(async (err) => {
    await shot(s.page, 'exercice-menu');
    const menu = await s.page.locator('.context-view').allInnerTexts().catch(() => []);
    throw new Error(`${err.message}\nmenu: ${JSON.stringify(menu)}`);
  });
  await item.click();
  const input = s.page.locator('.quick-input-widget input');
  for (const expected of ['42', '3', 'exercices']) {
    await input.waitFor({ state: 'visible', timeout: 15000 });
    await s.page.waitForFunction((v) => document.querySelector('.quick-input-widget input')?.value === v, expected, { timeout: 15000 });
    await input.press('Enter');
    await s.page.waitForTimeout(300);
  }
  const open = s.page.locator('.notifications-toasts .monaco-button', { hasText: 'Ouvrir lab.yaml' }).first();
  await open.waitFor({ timeout: 60000 });
  const toastText = await s.page.locator('.notifications-toasts').innerText();
  assert.match(toastText, /exercices/);
  await open.click();
  await s.page.locator('.tab.active', { hasText: 'lab.yaml' }).waitFor({ timeout: 30000 });
  await shot(s.page, 'exercice-lab-yaml');
  const out = path.join(s.folder, 'exercices');
  const dirs = fs.readdirSync(out);
  assert.equal(dirs.length, 1, dirs.join(', '));
  const lab = fs.readFileSync(path.join(out, dirs[0], 'lab.yaml'), 'utf8');
  assert.match(lab, /42/);
  assert.ok(fs.readdirSync(path.join(out, dirs[0], 'depart'), { recursive: true }).some((f) => String(f).endsWith('.yaml')));
});
