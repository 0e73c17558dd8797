// Loads the YAML files named on the command line (files, or folders listed by the shared file walker, as the
// language server lists its workspace folders) into a workspace model, with the same limits (huge or binary files
// are skipped with a notice) and the same folders declared fully known.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { GitFactsLoader } from '../../core/files/gitFactsLoader';
import { decodeText } from '../../core/files/readText';
import { listYamlFiles, MAX_FILE_SIZE } from '../../core/files/walker';
import { ManifestWorkspace } from '../../core/analysis/index/workspace';

export interface Loaded {
  ws: ManifestWorkspace;
  /** file URI → path as the user would write it (relative to the current folder when inside it). */
  display: Map<string, string>;
  missing: string[];
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
      const listed = await listYamlFiles(abs);
      files.push(...listed.files);
      // Declared before the files are read: nothing is analysed until they all are.
      if (!listed.truncated) ws.addRoot(pathToFileURL(abs).href, listed.notListed.map((p) => pathToFileURL(p).href));
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
    ws.setFile(uri, decodeText(await fs.readFile(file)));
  }
  return { ws, display, missing };
}
