// « Diagnostiquer » in code-server with the local cluster's `etudiant` account: a Service whose targetPort (8080) is not
// the container's port (80), applied in user-etudiant; from the cluster tree's context menu on the Service (code-server's
// UI is English: « Diagnose », package.nls.json), the report opens with the first ✘ link and its French fix on top, and
// « Manifeste : app.yaml:22 » is a link that opens the manifest at the Service's line.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';
import { clusterTree, openFile, shot, startStudentSession } from './workbench.mjs';

const clusterDir = process.env.KA_CLUSTER_DIR || path.resolve('.cluster');
const state = JSON.parse(fs.readFileSync(path.join(clusterDir, 'state.json'), 'utf8'));
const kubectl = (...args) => spawnSync(path.join(state.bin, 'kubectl'), ['--kubeconfig', path.join(clusterDir, 'admin.kubeconfig'), '-n', 'user-etudiant', ...args], { encoding: 'utf8' });
const name = `e2e-doc-${Date.now().toString(36)}`;
const SERVICE_LINE = 22; // 1-based: the Service document's first line in test/fixtures/ws-docteur/app.yaml
let s;

before(async () => {
  const fixture = fs.mkdtempSync(path.join(process.env.KA_WORK || '.test-work', 'fx-'));
  const manifest = fs.readFileSync('test/fixtures/ws-docteur/app.yaml', 'utf8').replaceAll('NOM', name);
  fs.writeFileSync(path.join(fixture, 'app.yaml'), manifest);
  // the broken application is on the cluster before the student opens the IDE (server-side apply, as the product does)
  const tsx = createRequire(import.meta.url)('tsx/cjs/api');
  const { ClusterGateway } = tsx.require(path.resolve('core/cluster/gateway.ts'), import.meta.url);
  const { parseAllDocuments } = createRequire(import.meta.url)('yaml');
  const gw = ClusterGateway.connect({ kubeconfig: path.join(clusterDir, 'admin.kubeconfig') });
  for (const doc of parseAllDocuments(manifest).map((d) => d.toJS())) {
    await gw.apply({ apiVersion: doc.apiVersion, kind: doc.kind, name: doc.metadata.name, namespace: doc.metadata.namespace }, doc);
  }
  s = await startStudentSession('docteur', fixture, { env: { KUBECONFIG: path.join(clusterDir, 'etudiant.kubeconfig') } });
});
after(async () => {
  await s?.close();
  kubectl('delete', 'deployment,service', name, '--ignore-not-found', '--wait=false');
});

test('« Diagnose » depuis l’arbre sur un Service cassé : premier ✘, correction en français, lien vers la ligne du manifeste', async () => {
  const { page } = s;
  const { row, expand } = await clusterTree(page);
  await expand('user-etudiant');
  // the workloads group opens by itself and holds a Deployment of the same name: fold it, so that the only row
  // bearing the name is the Service (the report's tab, « Service-… », checks it below)
  const workloads = row('Charges de travail');
  await workloads.waitFor({ timeout: 60000 });
  if ((await workloads.getAttribute('aria-expanded')) === 'true') await workloads.click();
  await page.waitForFunction(() => [...document.querySelectorAll('.monaco-list-row')].some((e) => e.textContent.includes('Charges de travail') && e.getAttribute('aria-expanded') === 'false'), undefined, { timeout: 15000 });
  await expand('Réseau');
  await expand('Services');
  const svc = row(name);
  await svc.waitFor({ timeout: 60000 });

  // The context menu offers « Diagnose » once the tree knows the account may read the Service, and « Open the
  // manifest » once the workspace's manifests are indexed: reopen it until both are there (the index is built at start).
  const menuItem = (title) => page.locator('.context-view .monaco-menu .action-item:not(.disabled) .action-label', { hasText: new RegExp(`^${title}$`) }).first();
  for (let i = 0; ; i++) {
    await svc.click({ button: 'right' });
    await menuItem('Diagnose').waitFor({ timeout: 15000 });
    if (await menuItem('Open the manifest').isVisible()) break;
    assert.ok(i < 30, 'the Service’s manifest is never indexed');
    await page.keyboard.press('Escape');
    await menuItem('Diagnose').waitFor({ state: 'detached', timeout: 5000 });
  }
  await shot(page, 'docteur-menu');
  await menuItem('Diagnose').click();

  // the report opens in a read-only document, the first broken link and its fix on top
  await page.waitForFunction((n) => document.querySelector('.tab.active')?.textContent?.includes(`Service-${n}`), name, { timeout: 60000 });
  const report = page.locator('.editor-instance .monaco-editor .view-lines', { hasText: /Premier\s+maillon\s+cassé/ }).first();
  await report.waitFor({ timeout: 15000 });
  const text = (await report.innerText()).replace(/\u00a0/g, ' ');
  assert.match(text, /Premier maillon cassé : Chaque targetPort du Service correspond à un port des conteneurs/);
  assert.match(text, /✘ Chaque targetPort du Service correspond à un port des conteneurs/);
  assert.match(text, /Constat : targetPort 8080 : aucun conteneur ne déclare ce port \(ports des conteneurs : 80\)/);
  assert.match(text, /À faire : Mettez `targetPort: 80` dans le Service/);
  assert.match(text, /✔ Le sélecteur app=e2e-doc-[a-z0-9]+ du Service désigne des Pods/, 'the hops before it are ✔');
  await shot(page, 'docteur-rapport');

  // « Manifeste : app.yaml:22 » is a document link: Ctrl+click opens the manifest at the Service's line
  const link = report.locator('.detected-link', { hasText: `app.yaml:${SERVICE_LINE}` }).first();
  await link.waitFor({ timeout: 30000 });
  await link.click({ modifiers: ['Control'] });
  await page.waitForFunction(() => /^\s*app\.yaml/.test(document.querySelector('.tab.active')?.textContent ?? ''), undefined, { timeout: 15000 });
  const cursor = page.locator('.statusbar-item', { hasText: /^Ln \d+, Col \d+/ }).first();
  await page.waitForFunction((l) => [...document.querySelectorAll('.statusbar-item')].some((e) => e.textContent.trim().startsWith(`Ln ${l},`)), SERVICE_LINE, { timeout: 15000 });
  assert.match(await cursor.innerText(), new RegExp(`^Ln ${SERVICE_LINE}, Col 1`));
  await shot(page, 'docteur-manifeste');
});
