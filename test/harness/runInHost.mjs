#!/usr/bin/env node
// Runs a mocha suite INSIDE code-server's extension host with the real `vscode` API — the
// @vscode/test-electron equivalent. code-server's CLI rejects --extensionDevelopmentPath, but the browser workbench
// reads them from the URL's `payload` parameter, then calls window.codeAutomationExit(code) when the tests end.
// usage: node test/harness/runInHost.mjs --server URL --folder DIR --extensionDevelopmentPath DIR --extensionTestsPath FILE
import util from 'node:util';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from './codeServer.mjs';

export async function runInHost({ server, folder, extensionDevelopmentPath, extensionTestsPath, timeout = 600000 }) {
  const t0 = Date.now();
  const base = new URL(server);
  const remote = (p) => `vscode-remote://${base.host}${path.resolve(p)}`;
  const payload = JSON.stringify([
    ['extensionDevelopmentPath', remote(extensionDevelopmentPath)],
    ['extensionTestsPath', remote(extensionTestsPath)],
    ['skipWelcome', 'true'],
  ]);
  const url = `${base.href}?folder=${encodeURIComponent(path.resolve(folder))}&payload=${encodeURIComponent(payload)}`;
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'ka-chromium-'));
  const ctx = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  const page = ctx.pages()[0] || await ctx.newPage();
  let finish; const exited = new Promise((r) => { finish = r; });
  await page.exposeFunction('codeAutomationLog', (type, msg) => {
    const text = Array.isArray(msg) ? util.format(...msg) : String(msg);
    if (/^\[in-host\]/.test(text) || type === 'error' && !/open-vsx|vsda|gallery|ENOTFOUND|net::ERR/.test(text) || process.env.VERBOSE) {
      console.log(text.replace(/^\[in-host\] ?/, ''));
    }
  });
  await page.exposeFunction('codeAutomationExit', (code) => finish(code));
  // Needed from VS Code 1.139 on (harmless on 1.100): honour the payload in a built product.
  await page.addInitScript(() => {
    const orig = Element.prototype.getAttribute;
    Element.prototype.getAttribute = function (name) {
      const v = orig.call(this, name);
      if (name === 'data-settings' && this.id === 'vscode-workbench-web-configuration' && v) {
        const cfg = JSON.parse(v);
        cfg.developmentOptions = { ...(cfg.developmentOptions || {}), enableSmokeTestDriver: true };
        return JSON.stringify(cfg);
      }
      return v;
    };
  });
  const timer = setTimeout(() => { console.error(`in-host tests: timeout after ${timeout} ms`); finish(124); }, timeout);
  await page.goto(url);
  const code = await exited;
  clearTimeout(timer);
  console.log(`in-host tests exited with code ${code} after ${Date.now() - t0} ms`);
  await ctx.close();
  fs.rmSync(profile, { recursive: true, force: true });
  return code;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values: a } = util.parseArgs({ options: { server: { type: 'string' }, folder: { type: 'string' },
    extensionDevelopmentPath: { type: 'string' }, extensionTestsPath: { type: 'string' }, timeout: { type: 'string', default: '600000' } } });
  runInHost({ ...a, timeout: Number(a.timeout) }).then((c) => process.exit(c), (e) => { console.error(e); process.exit(3); });
}
