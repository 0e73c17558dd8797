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

/** Quick Open (Ctrl+P) a workspace file by relative path and wait for its tab. */
export async function openFile(page, rel) {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(rel);
  await page.locator('.quick-input-list .monaco-list-row').first().waitFor({ timeout: 15000 });
  await page.keyboard.press('Enter');
  const base = path.basename(rel);
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

/** Moves the mouse over the first occurrence of `text` in the active editor and returns the hover's text. */
export async function hoverText(page, text, timeout = 20000) {
  const token = page.locator('.monaco-editor .view-lines span', { hasText: text }).first();
  await token.waitFor({ timeout });
  const box = await token.boundingBox();
  await page.mouse.move(box.x + 4, box.y + box.height / 2);
  const hover = page.locator('.monaco-hover:not(.hidden) .monaco-hover-content, .monaco-hover-content').first();
  await hover.waitFor({ state: 'visible', timeout });
  return hover.innerText();
}

/** Puts the cursor on a 1-based line and column of the active editor with "Go to Line". */
export async function gotoLine(page, line, col = 1) {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`${line}:${col}`);
  await page.keyboard.press('Enter');
}
