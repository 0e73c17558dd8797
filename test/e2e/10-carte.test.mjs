// « Carte de l’application » in code-server, with the local cluster's `etudiant` account: a small broken app (a Service
// whose selector matches nothing, and its Deployment) is applied, the student opens the map from the palette and from
// the tree's namespace menu, sees the red edge with its French reason, and clicks the Service to land on its manifest line.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { chooseMenuItem, clusterTree, openFile, runCommand, shot, startStudentSession } from './workbench.mjs';

const clusterDir = process.env.KA_CLUSTER_DIR || path.resolve('.cluster');
const state = JSON.parse(fs.readFileSync(path.join(clusterDir, 'state.json'), 'utf8'));
const kubectl = (...args) => spawnSync(path.join(state.bin, 'kubectl'), ['--kubeconfig', path.join(clusterDir, 'admin.kubeconfig'), '-n', 'user-etudiant', ...args], { encoding: 'utf8' });
const name = `e2e-carte-${Date.now().toString(36)}`;
const text = fs.readFileSync('test/fixtures/map/e2e-broken.yaml', 'utf8').replaceAll('NOM', name);
const lines = text.split('\n');
/** 1-based line of the document that defines `kind` (its apiVersion line). */
const lineOf = (kind) => lines.indexOf(`kind: ${kind}`);
let s;

/** The map's webview frame (code-server nests the webview in two iframes). */
async function mapFrame(page, timeout = 60000) {
  const t0 = Date.now();
  while (Date.now() - t0 < timeout) {
    for (const fr of page.frames()) {
      try { if (await fr.locator('main#app[data-ready="true"]').count()) return fr; } catch { /* frame navigating */ }
    }
    await page.waitForTimeout(300);
  }
  throw new Error('map webview not found');
}

const cursorAt = (page, line) => page.waitForFunction((l) => [...document.querySelectorAll('.statusbar-item')].some((e) => new RegExp(`Ln ${l}, Col 1\\b`).test(e.textContent ?? '')), line, { timeout: 30000 });

before(async () => {
  const fixture = fs.mkdtempSync(path.join(process.env.KA_WORK || '.test-work', 'fx-'));
  fs.writeFileSync(path.join(fixture, 'app.yaml'), text);
  const r = kubectl('apply', '-f', path.join(fixture, 'app.yaml'));
  assert.equal(r.status, 0, r.stderr);
  s = await startStudentSession('carte', fixture, { env: { KUBECONFIG: path.join(clusterDir, 'etudiant.kubeconfig') } });
  try {
    await openFile(s.page, 'app.yaml');
    await s.page.locator('.statusbar-item', { hasText: 'user-etudiant' }).first().waitFor({ timeout: 120000 });
  } catch (err) {
    await shot(s.page, 'carte-demarrage-echec');
    throw err;
  }
});
after(async () => {
  await s?.close();
  kubectl('delete', 'deployment,service', name, '--ignore-not-found', '--wait=false');
});

test('la carte (palette) montre le lien cassé en rouge avec sa raison en français', async () => {
  const { page } = s;
  await runCommand(page, 'Kube Apprenti: Application map'); // English display language: package.nls.json
  const f = await mapFrame(page);
  const svc = f.locator(`g.node[data-id="Service/${name}"]`);
  await svc.waitFor({ timeout: 60000 });
  // in the file and in the cluster
  assert.match(await svc.getAttribute('class'), /\bo-both\b/);
  const dep = f.locator(`g.node[data-id="Deployment/${name}"]`);
  await dep.waitFor({ timeout: 60000 });
  // the Deployment's live Pod comes in through the watches
  // (edges are SVG groups: a straight vertical one has no width, so they are awaited attached, not visible)
  await f.locator(`g.edge[data-from^="ReplicaSet/${name}-"][data-to^="Pod/${name}-"]`).first().waitFor({ state: 'attached', timeout: 60000 });
  const edge = f.locator(`g.edge.broken[data-from="Service/${name}"][data-to="Pod/app=${name}-oups"]`);
  await edge.waitFor({ state: 'attached', timeout: 30000 });
  const stroke = await edge.locator('path').evaluate((p) => getComputedStyle(p).stroke);
  const red = await f.locator('body').evaluate(() => {
    const probe = document.createElement('span');
    probe.style.color = 'var(--vscode-errorForeground)';
    document.body.append(probe);
    const c = getComputedStyle(probe).color;
    probe.remove();
    return c;
  });
  assert.equal(stroke, red, 'the broken edge is drawn with the theme’s error colour');
  assert.match(await edge.locator('title').textContent(), new RegExp(`ne correspond à aucun Pod ni modèle de Pod`));
  const item = f.locator('li.broken-item', { hasText: `Service/${name}` });
  assert.match(await item.innerText(), new RegExp(`le sélecteur app=${name}-oups de Service «\\s${name}\\s» ne correspond à aucun Pod ni modèle de Pod de l’espace de noms`));
  await shot(page, 'carte-lien-casse');
});

test('un clic sur le lien rouge ouvre le manifeste du Service à la bonne ligne ; Entrée sur le Deployment, puis un clic sur le Service aussi', async () => {
  const { page } = s;
  const f = await mapFrame(page);
  // the ✘ mark of the red edge: the object holding the broken reference (the Service and its selector) opens
  await f.locator(`g.edge-mark[data-from="Service/${name}"]`).click();
  // the file opens in the other editor group, next to the map
  await page.waitForFunction(() => [...document.querySelectorAll('.tab.active')].some((t) => t.textContent?.includes('app.yaml')), null, { timeout: 30000 });
  await cursorAt(page, lineOf('Service'));
  await shot(page, 'carte-manifeste-service');
  // Keyboard: the map gets the focus back (a click on its legend), the Deployment's node is focused, Enter opens it.
  const f2 = await mapFrame(page);
  await f2.locator('.legend').click();
  await f2.locator(`g.node[data-id="Deployment/${name}"]`).focus();
  assert.equal(await f2.evaluate(() => document.activeElement?.getAttribute('data-id')), `Deployment/${name}`);
  await page.keyboard.press('Enter');
  await cursorAt(page, lineOf('Deployment'));
  // a click on the Service's node goes back to the Service's line
  await (await mapFrame(page)).locator(`g.node[data-id="Service/${name}"]`).click();
  await cursorAt(page, lineOf('Service'));
});

test('depuis l’arbre : « Application map » dans le menu de l’espace de noms', async () => {
  const { page } = s;
  await runCommand(page, 'View: Close All Editors');
  await page.waitForFunction(() => !document.querySelector('.tab'), null, { timeout: 15000 });
  const { tree } = await clusterTree(page);
  const ns = tree.locator('.monaco-list-row', { hasText: 'user-etudiant' }).first();
  await ns.waitFor({ timeout: 60000 });
  const item = page.locator('.monaco-menu .action-item', { hasText: 'Application map' }).first();
  for (let attempt = 0; attempt < 10 && !(await item.isVisible().catch(() => false)); attempt++) {
    await page.keyboard.press('Escape');
    await page.waitForTimeout(attempt ? 2000 : 0);
    await ns.click({ button: 'right' });
    await item.waitFor({ timeout: 3000 }).catch(() => undefined);
  }
  await chooseMenuItem(page, item, 'Application map');
  const f = await mapFrame(page);
  await f.locator(`g.edge.broken[data-from="Service/${name}"]`).waitFor({ state: 'attached', timeout: 60000 });
  await page.waitForFunction((n) => [...document.querySelectorAll('.tab')].some((t) => t.textContent?.includes(`Carte de l’application — ${n}`)), 'user-etudiant', { timeout: 15000 });
  await shot(page, 'carte-depuis-arbre');
});
