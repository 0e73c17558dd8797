// « Créer un exercice » as an instructor meets it in code-server: right-click a folder of manifests in the Explorer,
// accept the proposed seed, number of mistakes and output folder, then open the generated lab.yaml from the
// notification. The exercise is written next to the manifests (exercices/), its broken copy in depart/; the engine
// accepts it (`lab check`) and the CLI writes the very same bytes from the same seed (`lab mutate`).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startStudentSession, waitForExtension, explorerMenuItem, chooseMenuItem, shot } from './workbench.mjs';

const CLI = path.resolve('dist/cli.js');
let s;
before(async () => { s = await startStudentSession('exercice', 'test/fixtures/ws'); });
after(async () => { await s?.close(); });

/** Every file under `dir` (relative paths, sorted) with its bytes. */
function tree(dir) {
  const files = fs.readdirSync(dir, { recursive: true }).map(String).filter((f) => fs.statSync(path.join(dir, f)).isFile()).sort();
  return new Map(files.map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]));
}

test('clic droit sur un dossier → « Créer un exercice » écrit l’exercice et ouvre son lab.yaml', async () => {
  // No file is open, so the extension is not active yet: running its menu item activates it (onCommand). Two things
  // made the earlier version flaky: a click swallowed by the just-opened menu (nothing ran: chooseMenuItem checks
  // that the menu closed, else chooses the item from the keyboard), and the prompt coming only after activation
  // (wait for its real signal, the status bar item made in the same call as the commands, not a fixed delay).
  const title = 'Create an exercise from this folder';
  await chooseMenuItem(s.page, await explorerMenuItem(s.page, 'application', title), title);
  await waitForExtension(s.page);
  const input = s.page.locator('.quick-input-widget input');
  const promptTitle = s.page.locator('.quick-input-widget .quick-input-title', { hasText: 'exercice' });
  for (const expected of ['42', '3', 'exercices']) {
    // each prompt is a new input box (same widget): wait for its proposed value, then accept it
    await s.page.waitForFunction((v) => {
      const el = document.querySelector('.quick-input-widget input');
      return !!el && el.offsetParent !== null && el.value === v;
    }, expected, { timeout: 60000 }).catch(async (err) => {
      await shot(s.page, `exercice-invite-${expected}`);
      throw new Error(`input box with « ${expected} » not shown: ${err.message}`);
    });
    assert.ok(await promptTitle.isVisible(), 'the input box is the exercise’s (its title)');
    await input.press('Enter');
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
  assert.deepEqual(dirs, ['ex-application-g42']);
  const ex = path.join(out, dirs[0]);
  assert.match(fs.readFileSync(path.join(ex, 'lab.yaml'), 'utf8'), /graine 42/);
  // the engine loads it and its checks pass on each step's solution
  const check = execFileSync('node', [CLI, 'lab', 'check', ex], { encoding: 'utf8' });
  assert.match(check, /lab valide/);
  assert.equal((check.match(/réussie\(s\) avec la solution/g) || []).length, 3, check);
  // the broken copy has the source's files, and differs from it
  const source = tree(path.join(s.folder, 'application'));
  const depart = tree(path.join(ex, 'depart'));
  assert.deepEqual([...depart.keys()], [...source.keys()]);
  assert.ok([...depart].some(([f, text]) => text !== source.get(f)), 'depart/ must hold mistakes');
  // the CLI with the same seed writes the same exercise, byte for byte
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ka-ex-'));
  try {
    execFileSync('node', [CLI, 'lab', 'mutate', path.join(s.folder, 'application'), '--graine', '42', '--n', '3', '--sortie', tmp], { encoding: 'utf8' });
    const cli = tree(path.join(tmp, dirs[0]));
    const ide = tree(ex);
    assert.deepEqual([...ide.keys()], [...cli.keys()]);
    for (const [f, text] of cli) assert.equal(ide.get(f), text, f);
  } finally { fs.rmSync(tmp, { recursive: true, force: true }); }
});
