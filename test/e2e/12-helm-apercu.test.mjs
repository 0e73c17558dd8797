// A Helm chart seen by a student in code-server: the template of a chart gets a French diagnostic of its rendered
// objects on the template line (Problems panel); hovering `.Values.redis.image.tag` shows the value and the
// values.yaml line that sets it, in the chart's `_helpers.tpl` too, where a typo inside a define is reported on its
// line while it is typed; « Render preview » from the palette opens the rendered YAML, read-only, with the
// `# Source:` of each object; the status bar and a CodeLens show the values files in use.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { startStudentSession, openFile, shot, showProblems, problemRow, runCommand, gotoLine } from './workbench.mjs';

const TEMPLATE = 'monsterchart/templates/redis.yaml';
const HELPERS = 'monsterchart/templates/_helpers.tpl';
let s;
before(async () => {
  s = await startStudentSession('helm-apercu', 'test/fixtures/helm');
  await openFile(s.page, TEMPLATE);
});
after(async () => { await s?.close(); });


/**
 * Opens `file`, puts the cursor in the last segment of `token` (a `.Values…` path) and shows the hover with the
 * keyboard until it says where the value is set; returns its text (non-breaking spaces as spaces) and the file's lines.
 */
async function valuesHover(page, file, token) {
  await openFile(page, file);
  const lines = fs.readFileSync(`${s.folder}/${file}`, 'utf8').split('\n');
  const i = lines.findIndex((l) => l.includes(token));
  const col = lines[i].indexOf(token) + token.slice(0, token.lastIndexOf('.') + 1).length + 2;
  const hover = page.locator('.monaco-hover-content:visible').first();
  let seen = '';
  for (let attempt = 0; attempt < 5 && !/Définie dans/.test(seen); attempt++) {
    await page.keyboard.press('Escape');
    await gotoLine(page, i + 1, col);
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    if (await hover.waitFor({ state: 'visible', timeout: 8000 }).then(() => true, () => false)) seen = (await hover.innerText()).replace(/\u00a0/g, ' ');
  }
  return { seen, lines };
}

test('le template d’un chart reçoit, sur sa ligne, le diagnostic français de l’objet rendu', async () => {
  const { page } = s;
  await showProblems(page);
  // KA059: the rendered Deployment's container has no readiness probe while a Service sends it traffic; the
  // finding lands on the template's `- name: redis` line (18).
  const row = await problemRow(page, 'redis-release-name-monsterchart', 120000);
  const text = (await row.innerText()).replace(/\u00a0/g, ' ');
  assert.match(text, /sans sonde de disponibilité \(readiness\)/);
  assert.match(text, /\[Ln 18, Col 9\]/);
  await shot(page, 'helm-diagnostic-template');
});

test('survoler `.Values.redis.image.tag` montre la valeur et la ligne de values.yaml qui la définit', async () => {
  const { page } = s;
  const { seen } = await valuesHover(page, TEMPLATE, '.Values.redis.image.tag');
  const valuesLine = fs.readFileSync(`${s.folder}/monsterchart/values.yaml`, 'utf8').split('\n').findIndex((l) => l.includes('tag: "7.2"')) + 1;
  assert.match(seen, /\.Values\.redis\.image\.tag/);
  assert.match(seen, /Valeur : 7\.2/);
  assert.match(seen, new RegExp(`Définie dans values\\.yaml, ligne ${valuesLine}\\.`));
  await shot(page, 'helm-survol-values');
  await page.keyboard.press('Escape');
});

test('dans `_helpers.tpl`, le survol de `.Values…` montre la valeur, et une faute de frappe est signalée sur sa ligne', async () => {
  const { page } = s;
  const { seen, lines } = await valuesHover(page, HELPERS, '.Values.imagebackend.image.tag');
  const values = fs.readFileSync(`${s.folder}/monsterchart/values.yaml`, 'utf8').split('\n');
  const valuesLine = values.findIndex((l, n) => l.includes('tag: "1.0"') && values.slice(0, n).some((x) => x.startsWith('imagebackend:'))) + 1;
  assert.match(seen, /\.Values\.imagebackend\.image\.tag/);
  assert.match(seen, /Valeur : 1\.0/);
  assert.match(seen, new RegExp(`Définie dans values\\.yaml, ligne ${valuesLine}\\.`));
  await shot(page, 'helm-survol-helpers-tpl');
  await page.keyboard.press('Escape');

  // The student deletes the `u` of an `include` inside a define (not saved): the error shows on that line of the .tpl.
  const j = lines.findIndex((l) => l.includes('helm.sh/chart: {{ include'));
  await gotoLine(page, j + 1, lines[j].indexOf('include') + 'incl'.length + 1);
  await page.keyboard.press('Delete');
  await showProblems(page);
  const row = await problemRow(page, 'inclde', 60000);
  const text = (await row.innerText()).replace(/\u00a0/g, ' ');
  assert.match(text, /La fonction .inclde. n’existe pas dans les templates Helm/);
  assert.match(text, new RegExp(`\\[Ln ${j + 1}, Col \\d+\\]`));
  await shot(page, 'helm-erreur-helpers-tpl');
  // Undone: the error goes (the chart renders again from the editor's text).
  await gotoLine(page, j + 1, 1);
  await page.keyboard.press('Control+Z');
  await row.waitFor({ state: 'detached', timeout: 60000 });
});

test('« Render preview » ouvre le rendu du chart avec la source de chaque objet', async () => {
  const { page } = s;
  await openFile(page, TEMPLATE);
  // The values files in use, in the status bar and in a CodeLens above the template (line 1 scrolled into view:
  // the hover test left the cursor lower).
  await gotoLine(page, 1, 1);
  const box = await page.locator('.monaco-editor .view-lines').first().boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + 40);
  await page.mouse.wheel(0, -5000);
  await page.locator('.statusbar-item', { hasText: /Valeurs\s*:\s*values\.yaml/ }).first().waitFor({ timeout: 30000 });
  await page.locator('.codelens-decoration', { hasText: 'Aperçu du rendu' }).first().waitFor({ timeout: 30000 });
  await runCommand(page, 'Kube Apprenti: Render preview (Helm chart or Kustomize overlay)');
  await page.locator('.tab', { hasText: 'rendu.yaml' }).first().waitFor({ timeout: 30000 });
  const preview = page.locator('.editor-group-container', { has: page.locator('.tab.active', { hasText: 'rendu.yaml' }) }).locator('.monaco-editor .view-lines').first();
  // Monaco renders spaces as non-breaking spaces.
  const shown = await page.waitForFunction((el) => el?.innerText.replace(/\u00a0/g, ' ').includes('kind: ConfigMap'), await preview.elementHandle(), { timeout: 30000 })
    .then(() => true, () => false);
  if (!shown) await shot(page, 'echec-helm-apercu');
  assert.ok(shown, `no rendered ConfigMap in the preview: ${JSON.stringify((await preview.innerText()).slice(0, 300))}`);
  const text = (await preview.innerText()).replace(/\u00a0/g, ' ');
  assert.match(text, /# Aperçu du rendu de monsterchart \(lecture seule, mis à jour à chaque modification\)/);
  assert.match(text, /# Source: monsterchart\/templates\/frontend-config\.yaml\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: frontend-config-release-name-monsterchart/);
  await shot(page, 'helm-apercu-rendu');
});
