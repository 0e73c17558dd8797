// The English setting, seen by a student in code-server: with `kubeApprenti.langue: en` in the user settings, the
// cluster tree, a notification, the lab panel and a hover speak English (the texts come from core/i18n's English
// catalogues), and none of them shows the French sentences of the default language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { clusterTree, hoverText, labFrame, openFile, runCommand, shot, startStudentSession } from './workbench.mjs';

let s;


before(async () => {
  s = await startStudentSession('english', 'test/fixtures/ws', { settings: { 'kubeApprenti.langue': 'en' } });
});
after(async () => { await s?.close(); });

test('a hover is in English', async () => {
  await openFile(s.page, 'application/deployment.yaml');
  const hover = await hoverText(s.page, 'replicas');
  assert.match(hover, /pods|replicas/i);
  assert.doesNotMatch(hover, /Nombre|souhaité|réplicas|Exemple\s:/);
  await shot(s.page, 'english-hover');
});

test('a notification is in English, with the English product prefix', async () => {
  await s.page.keyboard.press('Escape');
  await runCommand(s.page, 'Kube Apprenti: Check every manifest of the workspace');
  const toast = s.page.locator('.notifications-toasts .notification-toast', { hasText: 'Kube Apprenti' }).first();
  await toast.waitFor({ timeout: 30000 });
  const text = await toast.innerText();
  assert.match(text, /Kube Apprenti: \d+ errors?, \d+ warnings? and \d+ hints? in \d+ files?\. See the Problems panel/);
  assert.doesNotMatch(text, /erreur|avertissement|fichier/);
  await shot(s.page, 'english-notification');
});

test('the cluster tree is in English', async () => {
  const { page } = s;
  const { tree, row } = await clusterTree(page);
  await row('Workloads').waitFor({ timeout: 90000 });
  const all = await tree.innerText();
  assert.match(all, /Workloads/);
  assert.match(all, /Network/);
  assert.doesNotMatch(all, /Charges de travail|Réseau/);
  await shot(page, 'english-tree');
});

test('the lab panel is in English', async () => {
  await runCommand(s.page, 'Kube Apprenti: Open the guided labs');
  const f = await labFrame(s.page);
  const title = f.locator('header.top h1');
  await title.waitFor({ timeout: 30000 });
  assert.equal((await title.innerText()).trim(), 'Guided labs');
  const app = await f.locator('main#app').innerText();
  assert.match(app, /Pick a lab\. Every step is checked automatically/);
  assert.doesNotMatch(app, /Choisissez un lab|Labs guidés/);
  await shot(s.page, 'english-labs');
});
