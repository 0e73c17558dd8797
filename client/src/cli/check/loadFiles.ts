// Loads the YAML files named on the command line (files, or folders scanned recursively) into a workspace model,
// with the same limits as the language server (huge or binary files are skipped with a notice).
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ManifestWorkspace } from '../../../../server/src/analysis/index/workspace';
import { GitFactsLoader } from '../../../../server/src/lsp/gitFactsLoader';

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', '.venv', 'venv', '__pycache__', '.terraform']);
export const MAX_FILE_SIZE = 5 * 1024 * 1024;

export interface Loaded {
  ws: ManifestWorkspace;
  /** file URI → path as the user would write it (relative to the current folder when inside it). */
  display: Map<string, string>;
  missing: string[];
}

async function walk(dir: string, out: string[], depth = 0): Promise<void> {
  if (depth > 30) return;
  let entries: import('node:fs').Dirent[];
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name)) await walk(p, out, depth + 1);
    } else if (/\.ya?ml$/i.test(e.name)) out.push(p);
  }
}

export async function loadFiles(args: string[], cwd = process.cwd()): Promise<Loaded> {
  const ws = new ManifestWorkspace({ maxFileSize: MAX_FILE_SIZE });
  const display = new Map<string, string>();
  const missing: string[] = [];
  const files: string[] = [];
  // `.git` and `.gitignore` above the files, as the language server reads them (KA023).
  const git = new GitFactsLoader(ws.git);
  for (const arg of args) {
    const abs = path.resolve(cwd, arg);
    const st = await fs.stat(abs).catch(() => undefined);
    if (!st) { missing.push(arg); continue; }
    if (st.isDirectory()) {
      ws.addRoot(pathToFileURL(abs).href);
      await walk(abs, files);
    } else {
      files.push(abs);
    }
  }
  for (const file of [...new Set(files)]) {
    const uri = pathToFileURL(file).href;
    const rel = path.relative(cwd, file);
    display.set(uri, rel.startsWith('..') || path.isAbsolute(rel) ? file : rel);
    const st = await fs.stat(file);
    git.ensureFor(file);
    if (st.size > MAX_FILE_SIZE) { ws.setSkipped(uri, 'too-large', st.size); continue; }
    ws.setFile(uri, await fs.readFile(file, 'utf8'));
  }
  return { ws, display, missing };
}
