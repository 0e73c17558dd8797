// Starts and stops a code-server (the VS Code that SSPCloud runs) with a fresh profile, for the in-host and
// Playwright suites and for `npm start`. No file in $HOME is touched: XDG dirs and --config point into `work`.
import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync, rmSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => { const { port } = srv.address(); srv.close(() => resolve(port)); });
  });
}

export function codeServerBin(root) {
  const out = execFileSync('bash', [path.join(root, 'scripts/ensure-tools.sh')], { stdio: ['ignore', 'pipe', 'inherit'] });
  return out.toString().trim().split('\n').pop();
}

/**
 * @param {object} o
 * @param {string} o.bin code-server binary
 * @param {string} o.work scratch folder for this server (profile, logs)
 * @param {string} o.folder workspace folder to open
 * @param {string[]} [o.vsix] VSIX files to install first
 * @param {Record<string,string>} [o.env] extra environment for the server (and so the extension host)
 * @param {Record<string,unknown>} [o.settings] user settings
 * @param {number} [o.port]
 * @param {string} [o.host]
 */
export async function startCodeServer(o) {
  const work = path.resolve(o.work);
  rmSync(work, { recursive: true, force: true });
  for (const d of ['ud/User', 'ext', 'xdg/config', 'xdg/data', 'xdg/cache', 'tmp']) mkdirSync(path.join(work, d), { recursive: true });
  const settings = { 'workbench.startupEditor': 'none', 'extensions.autoCheckUpdates': false, 'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true, 'telemetry.telemetryLevel': 'off', 'update.mode': 'none',
    'workbench.enableExperiments': false, 'chat.disableAIFeatures': true, 'security.workspace.trust.enabled': false,
    'workbench.tips.enabled': false, 'files.autoSave': 'off', 'git.openRepositoryInParentFolders': 'never', ...(o.settings || {}) };
  writeFileSync(path.join(work, 'ud/User/settings.json'), JSON.stringify(settings, null, 1));
  writeFileSync(path.join(work, 'config.yaml'), 'auth: none\ncert: false\n');
  const env = { ...process.env, XDG_CONFIG_HOME: path.join(work, 'xdg/config'), XDG_DATA_HOME: path.join(work, 'xdg/data'),
    XDG_CACHE_HOME: path.join(work, 'xdg/cache'), TMPDIR: path.join(work, 'tmp'), ...(o.env || {}) };
  const common = ['--config', path.join(work, 'config.yaml'), '--user-data-dir', path.join(work, 'ud'), '--extensions-dir', path.join(work, 'ext')];
  for (const v of o.vsix || []) {
    try {
      execFileSync(o.bin, [...common, '--install-extension', v], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    } catch {
      // a half-finished install (e.g. ENOTEMPTY on its final rename) leaves a temp folder: clean and retry once
      rmSync(path.join(work, 'ext'), { recursive: true, force: true });
      mkdirSync(path.join(work, 'ext'), { recursive: true });
      execFileSync(o.bin, [...common, '--install-extension', v], { env, stdio: ['ignore', 'ignore', 'inherit'] });
    }
  }
  const port = o.port || await freePort();
  const host = o.host || '127.0.0.1';
  const logFile = path.join(work, 'code-server.log');
  const out = openSync(logFile, 'a');
  const child = spawn(o.bin, [...common, '--bind-addr', `${host}:${port}`, '--auth', 'none', '--disable-telemetry',
    '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', o.folder],
  { env, detached: true, stdio: ['ignore', out, out] });
  const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}/`;
  const t0 = Date.now();
  while (Date.now() - t0 < 60000) {
    const ok = await fetch(url + 'healthz').then((r) => r.ok, () => false);
    if (ok) break;
    if (child.exitCode !== null) throw new Error(`code-server exited: ${readFileSync(logFile, 'utf8').slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url, port, pid: child.pid, logFile,
    folderUrl: `${url}?folder=${encodeURIComponent(path.resolve(o.folder))}`,
    /** Kills the whole process group (killing only the main pid leaves the file watcher behind). */
    async stop() {
      try { process.kill(-child.pid, 'SIGTERM'); } catch { /* gone */ }
      await new Promise((r) => setTimeout(r, 800));
      try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
    },
  };
}
