// Playwright helpers that drive code-server's workbench like a student: open files, read the Problems panel,
// hover, run palette commands, take screenshots (saved under .test-work/screenshots, git-ignored).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../harness/codeServer.mjs';

export const SHOTS = path.resolve(process.env.KA_SHOTS_DIR || '.test-work/screenshots');

export async function openWorkbench(url) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'ka-e2e-'));
  const ctx = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', headless: true,
    viewport: { width: 1440, height: 900 }, args: CHROMIUM_ARGS });
  const page = ctx.pages()[0] || await ctx.newPage();
  await page.goto(url);
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 120000 });
  return {
    page,
    async close() { await ctx.close(); fs.rmSync(profile, { recursive: true, force: true }); },
  };
}

export async function shot(page, name) {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

/** Opens a workspace file by relative path from the Explorer, like a student (expands folders, clicks the file). */
export async function openFile(page, rel) {
  const parts = rel.split('/');
  const exact = (name) => new RegExp(`^\\s*${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
  const row = (name) => page.locator('.explorer-folders-view .monaco-list-row').filter({ hasText: exact(name) }).first();
  for (const dir of parts.slice(0, -1)) {
    const r = row(dir);
    await r.waitFor({ timeout: 30000 });
    if ((await r.getAttribute('aria-expanded')) !== 'true') await r.click();
  }
  const base = parts[parts.length - 1];
  await row(base).click();
  await page.waitForFunction((b) => document.querySelector('.tab.active')?.textContent?.includes(b), base, { timeout: 15000 });
  await page.locator('.monaco-editor .view-lines').first().waitFor();
}

export async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill('>' + title);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 15000 });
  await page.keyboard.press('Enter');
}

export async function showProblems(page) {
  await runCommand(page, 'View: Focus Problems');
  await page.locator('.markers-panel').first().waitFor({ timeout: 15000 });
}

/** Waits for a row of the Problems panel containing `text` and returns the panel's text. */
export async function problemRow(page, text, timeout = 60000) {
  const row = page.locator('.markers-panel .monaco-list-row', { hasText: text }).first();
  await row.waitFor({ timeout });
  return row;
}

/** The token `token` (its own span: Monaco renders one per token) on the editor line containing `lineText`, or anywhere. */
export function tokenOn(page, lineText, token) {
  const exact = new RegExp(`^${token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  const line = page.locator('.monaco-editor .view-lines .view-line', lineText ? { hasText: lineText } : {});
  return line.locator('span > span', { hasText: exact }).first();
}

/**
 * Shows the hover of the field `token` in the active editor and returns its text (`lineText`: the line holding it;
 * else its first occurrence). The cursor is put on the token with a click and the hover asked from the keyboard
 * (Ctrl+K Ctrl+I): a mouse hover waits for a delay during which a CodeLens appearing above moves the lines. A click
 * can still land where the token was before such a move: the attempt counts only when the token did not move under
 * the click and the hover is the token's own (it starts with the field's name).
 */
export async function hoverText(page, token, { lineText, timeout = 20000 } = {}) {
  const span = tokenOn(page, lineText, token);
  await span.waitFor({ timeout });
  const hover = page.locator('.monaco-hover-content:visible').first();
  let seen = '';
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Escape');
    const box = await span.boundingBox();
    await page.mouse.click(box.x + Math.min(4, box.width / 2), box.y + box.height / 2);
    const after = await span.boundingBox();
    if (!after || Math.abs(after.y - box.y) > 1) continue; // the lines moved under the click: again
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    if (!(await hover.waitFor({ state: 'visible', timeout: 8000 }).then(() => true, () => false))) continue;
    seen = await hover.innerText();
    if (seen.trimStart().startsWith(token)) return seen;
  }
  await shot(page, `echec-survol-${token.replace(/\W+/g, '-')}`);
  throw new Error(`no hover of ${token} (last one seen: ${JSON.stringify(seen.slice(0, 80))}; screenshot: echec-survol-…png)`);
}

/** Puts the cursor on a 1-based line and column of the active editor (quick input with the `:line:col` prefix). */
export async function gotoLine(page, line, col = 1) {
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`:${line}:${col}`);
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden' });
}

/**
 * Starts a code-server with the packaged extension (VSIX from npm test, env KA_VSIX) and a copy of `fixture` as the
 * workspace, opens it in Chromium, and returns { page, folder, cs, close }.
 */
export async function startStudentSession(name, fixture, { env = {}, settings = {} } = {}) {
  const { startCodeServer } = await import('../harness/codeServer.mjs');
  const work = path.resolve(process.env.KA_WORK || '.test-work', `e2e-${name}`);
  const folder = path.join(work, 'ws');
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(work, { recursive: true });
  fs.cpSync(path.resolve(fixture), folder, { recursive: true });
  const bin = process.env.KA_CS_BIN;
  const vsix = process.env.KA_VSIX;
  if (!bin || !vsix) throw new Error('KA_CS_BIN and KA_VSIX are set by `npm test` (scripts/test-all.mjs)');
  const cs = await startCodeServer({ bin, work: path.join(work, 'cs'), folder, vsix: [vsix], env, settings });
  const wb = await openWorkbench(cs.folderUrl);
  return { page: wb.page, folder, cs, async close() { await wb.close(); await cs.stop(); } };
}

/**
 * Right-clicks the Explorer row `name` and returns the context menu's item `title`, visible. Menu items contributed
 * by an extension appear once code-server has read its manifest: until then the menu is closed and opened again.
 */
export async function explorerMenuItem(page, name, title, { attempts = 20 } = {}) {
  const row = page.locator('.explorer-folders-view .monaco-list-row').filter({ hasText: new RegExp(`^\\s*${name}\\s*$`) }).first();
  await row.waitFor({ timeout: 60000 });
  const item = page.locator('.context-view .monaco-menu .action-item', { hasText: title }).first();
  for (let i = 0; i < attempts; i++) {
    await page.keyboard.press('Escape');
    await row.click({ button: 'right' });
    if (await item.waitFor({ state: 'visible', timeout: 3000 }).then(() => true, () => false)) return item;
  }
  await shot(page, `echec-menu-${name}`);
  const menu = await page.locator('.context-view').allInnerTexts().catch(() => []);
  throw new Error(`no « ${title} » in the context menu of ${name}: ${JSON.stringify(menu)}`);
}

/**
 * Runs the context menu's `item` (from explorerMenuItem) and waits for the menu to close. A click that lands right
 * after the menu opened can be swallowed by the workbench (the menu stays open, the item only highlighted, nothing
 * runs: seen once in a run of this file alone); then the item is chosen from the keyboard, once it holds the focus.
 */
export async function chooseMenuItem(page, item, title) {
  const menu = page.locator('.context-view .monaco-menu').first();
  await item.click();
  for (let i = 0; i < 5; i++) {
    if (await menu.waitFor({ state: 'hidden', timeout: 3000 }).then(() => true, () => false)) return;
    await item.hover({ timeout: 3000 }).catch(() => undefined);
    const focused = await page.waitForFunction((t) => {
      const el = document.activeElement?.closest('.action-item');
      return !!el && el.textContent?.includes(t);
    }, title, { timeout: 3000 }).then(() => true, () => false);
    if (focused) await page.keyboard.press('Enter');
  }
  await shot(page, 'echec-menu-choix');
  throw new Error(`the context menu item « ${title} » did not run`);
}

/**
 * Waits until the extension is active: its connection item in the status bar, created by the cluster bundle in the
 * same synchronous call that registers every command (client/src/clusterMain.ts). A menu item clicked before that
 * (its command activates the extension) runs once activation has got that far, which on a loaded machine takes longer
 * than the usual 15 s of a UI wait.
 */
export async function waitForExtension(page, timeout = 180000) {
  await page.locator('.statusbar-item[id$="kubeApprenti.connexion"]').first().waitFor({ state: 'visible', timeout }).catch(async (err) => {
    await shot(page, 'echec-activation');
    throw err;
  });
}

/** The lab panel's webview frame (code-server nests the webview in two iframes). */
export async function labFrame(page, timeout = 60000) {
  const t0 = Date.now();
  while (Date.now() - t0 < timeout) {
    for (const fr of page.frames()) {
      try { if (await fr.locator('main#app').count()) return fr; } catch { /* frame navigating */ }
    }
    await page.waitForTimeout(300);
  }
  throw new Error('lab panel webview not found');
}

/**
 * A student session whose cluster features are loaded: opens `file` (which activates the extension) and waits for the
 * connection to the local cluster in the status bar. On failure, a screenshot `<name>-demarrage-echec.png`.
 */
export async function startClusterSession(name, fixture, file, options = {}) {
  const s = await startStudentSession(name, fixture, options);
  try {
    await openFile(s.page, file);
    await s.page.locator('.statusbar-item', { hasText: 'kube-apprenti-admin' }).first().waitFor({ timeout: 120000 });
  } catch (err) {
    await shot(s.page, `${name}-demarrage-echec`);
    await s.close();
    throw err;
  }
  return s;
}

/**
 * Opens the Kube Apprenti view and returns its cluster tree: `row(text)` is the first row holding `text`, `expand(text)`
 * waits for that row and opens it if it is closed.
 */
export async function clusterTree(page) {
  await page.locator('.activitybar .action-item a[aria-label*="Kube Apprenti"]').first().click();
  const tree = page.locator('.pane', { hasText: 'Cluster' }).locator('.monaco-list').first();
  await tree.waitFor({ timeout: 30000 });
  const row = (text) => tree.locator('.monaco-list-row', { hasText: text }).first();
  const expand = async (text) => {
    const r = row(text);
    await r.waitFor({ timeout: 60000 });
    if ((await r.getAttribute('aria-expanded')) === 'false') await r.click();
  };
  return { tree, row, expand };
}
