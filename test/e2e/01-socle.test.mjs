// Foundation, seen by a student in code-server: the packaged extension shows French diagnostics in the Problems
// panel, French hovers, and its palette command works.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startStudentSession, openFile, showProblems, problemRow, hoverText, runCommand, shot } from './workbench.mjs';

let s;
before(async () => { s = await startStudentSession('socle', 'test/fixtures/ws'); });
after(async () => { await s?.close(); });

test('ouvrir un manifeste affiche un diagnostic en français dans le panneau Problèmes', async () => {
  await openFile(s.page, 'application/service.yaml');
  await showProblems(s.page);
  const row = await problemRow(s.page, 'webapp', 90000);
  const text = await row.innerText();
  assert.match(text, /sélecteur|Pod/);
  assert.match(text, /KA001/);
  await shot(s.page, 'socle-problemes');
});

test('survoler un champ affiche une explication en français', async () => {
  await openFile(s.page, 'application/deployment.yaml');
  const hover = await hoverText(s.page, 'replicas');
  assert.match(hover, /Pods?|réplique|copies/i);
  assert.doesNotMatch(hover, /^Number of desired pods/);
  await shot(s.page, 'socle-survol');
});

test('la commande « Vérifier tous les manifestes » de la palette résume les problèmes', async () => {
  await s.page.keyboard.press('Escape');
  // code-server's display language is English: the manifest (package.nls.json) gives the English title.
  await runCommand(s.page, 'Kube Apprenti: Check every manifest of the workspace');
  const toast = s.page.locator('.notifications-toasts', { hasText: 'Kube Apprenti' });
  await toast.waitFor({ timeout: 30000 });
  assert.match(await toast.innerText(), /erreur/);
  await shot(s.page, 'socle-commande');
});
